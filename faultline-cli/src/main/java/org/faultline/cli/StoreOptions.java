package org.faultline.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.faultline.store.Store;
import org.faultline.store.StoreException;
import picocli.CommandLine.Option;

/** The {@code --db} option of the store commands, and how they report store problems. */
final class StoreOptions {
    @Option(names = "--db", paramLabel = "PATH", defaultValue = "faultline.db",
            description = "DuckDB store file (default: ${DEFAULT-VALUE}).")
    Path db;

    Store open() {
        return Store.open(db);
    }

    /** Prints a store problem as one line on stderr and returns the exit code 1. */
    static int fail(StoreException e, PrintStream err) {
        err.println("faultline: " + e.getMessage());
        return 1;
    }

    /** A UTF-8 writer on the file, or on standard output when {@code file} is null (not closed then). */
    static Writer output(Path file) throws IOException {
        if (file == null) {
            return new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)) {
                @Override
                public void close() throws IOException {
                    flush();
                }
            };
        }
        return Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    }
}
