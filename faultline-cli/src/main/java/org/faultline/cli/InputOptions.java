package org.faultline.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.faultline.ingest.ArticleSources;
import org.faultline.ingest.InvalidUtf8;
import org.faultline.ingest.ReadProblem;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The inputs of the commands that analyse files: paths, a default published date, invalid UTF-8 handling. */
final class InputOptions {
    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or directories to read.")
    List<Path> inputs;

    @Option(names = "--published", paramLabel = "DATE", description = "Published date (YYYY-MM-DD) for inputs that lack one.")
    LocalDate published;

    @Option(names = "--skip-invalid-utf8",
            description = "Leave out a JSON line, text or HTML file that is not valid UTF-8 (default: read it with "
                    + "U+FFFD in place of the bad bytes). Either way it is reported as FILE:LINE:COLUMN and the exit code is 1.")
    boolean skipInvalidUtf8;

    /**
     * Checks the named paths without reading them and prints what is wrong; false when anything is. Runs
     * before the store is opened or the models load, so a typo costs milliseconds, not a model load.
     */
    boolean check(PrintStream err) {
        List<ReadProblem> problems = new ArticleSources().checkPaths(inputs);
        problems.forEach(p -> err.println("faultline: " + p));
        if (!problems.isEmpty()) {
            err.println("faultline: nothing analysed: fix the input(s) named above");
        }
        return problems.isEmpty();
    }

    /** The inputs, read as they are pulled; problems go to {@code err} when reached. */
    Inputs open(PrintStream err) {
        return Inputs.open(inputs, published, skipInvalidUtf8 ? InvalidUtf8.SKIP : InvalidUtf8.REPLACE, err);
    }
}
