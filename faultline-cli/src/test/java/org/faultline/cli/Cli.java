package org.faultline.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs the faultline command line in this JVM, capturing what it prints. */
final class Cli {
    /** Exit code, standard output and standard error of one run. */
    record Result(int code, String out, String err) {
    }

    private Cli() {
    }

    static Result run(String... args) {
        return run(picocli.CommandLine.defaultFactory(), args);
    }

    /** Runs with commands and option groups made by {@code factory} (to stand in for the models). */
    static synchronized Result run(picocli.CommandLine.IFactory factory, String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
        try {
            int code = Main.run(factory, args);
            System.out.flush();
            return new Result(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }
}
