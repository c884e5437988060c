package org.faultline.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the bundled samples/ folder: under FAULTLINE_HOME (set by the launcher), else the working directory. */
final class Samples {
    private Samples() {
    }

    static Path seed() {
        String home = System.getProperty("faultline.home", System.getenv("FAULTLINE_HOME"));
        Path base = home == null ? Path.of(".") : Path.of(home);
        Path seed = base.resolve("samples").resolve("seed.jsonl");
        if (!Files.exists(seed)) {
            throw new IllegalStateException("sample article not found at " + seed.toAbsolutePath()
                    + " (run from the repository root or set FAULTLINE_HOME)");
        }
        return seed;
    }
}
