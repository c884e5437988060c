package org.faultline.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.faultline.store.NoSuchPathException;
import org.faultline.store.Store;
import org.faultline.store.StoreException;
import picocli.CommandLine.Option;

/** The {@code --db} option of the store commands, and how they report store problems. */
final class StoreOptions {
    @Option(names = "--db", paramLabel = "PATH", defaultValue = "faultline.db",
            description = "DuckDB store file (default: ${DEFAULT-VALUE}).")
    Path db;

    /**
     * The existing store, to read: a missing file is an error (never a new empty store), and a store that
     * another process holds read-only (a running {@code faultline serve}) is opened read-only too.
     */
    Store openForReading(PrintStream err) {
        Store s = Store.openForReading(db);
        if (s.readOnly() && s.clustersStale()) {
            err.println("faultline: warning: " + db + " is held by another process and its canonical events are out "
                    + "of date (an interrupted write); they are recomputed once a command or the server writes it");
        }
        return s;
    }

    /**
     * The store to write into, created when missing (saying so, so that a mistyped path shows at once); a
     * missing folder is an error rather than created.
     */
    Store openOrCreate(PrintStream err) {
        if (!Files.exists(db)) {
            Path folder = db.toAbsolutePath().getParent();
            if (folder != null && !Files.isDirectory(folder)) {
                throw new NoSuchPathException("cannot create a store at " + db.toAbsolutePath() + ": the folder "
                        + folder + " does not exist");
            }
            err.println("faultline: creating a new store at " + db.toAbsolutePath());
        }
        return Store.open(db);
    }

    /**
     * Prints a store problem as one line on stderr and returns the exit code: 2 when the command line names
     * no store (nothing was done), else 1.
     */
    static int fail(StoreException e, PrintStream err) {
        err.println("faultline: " + e.getMessage());
        return e instanceof NoSuchPathException ? 2 : 1;
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
