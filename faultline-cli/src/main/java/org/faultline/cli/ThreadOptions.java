package org.faultline.cli;

import org.faultline.batch.BatchRunner;
import picocli.CommandLine.Option;

/** {@code --threads N} for the commands that analyse batches (default: one per available processor). */
final class ThreadOptions {
    @Option(names = "--threads", paramLabel = "N",
            description = "Analysis threads sharing one pipeline (default: available processors).")
    Integer threads;

    /** The number of analysis threads asked for (default: the available processors). */
    int count() {
        return threads == null ? BatchRunner.defaultThreads() : threads;
    }

    BatchRunner runner() {
        int n = threads == null ? BatchRunner.defaultThreads() : threads;
        if (n < 1) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(new Object()),
                    "--threads must be at least 1, got " + n);
        }
        return new BatchRunner(n);
    }
}
