package org.faultline.cli;

import org.faultline.batch.BatchRunner;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --threads N} for the commands that analyse batches (default: one per available processor). */
final class ThreadOptions {
    @Option(names = "--threads", paramLabel = "N",
            description = "Analysis threads sharing one pipeline (default: available processors).")
    Integer threads;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** The number of analysis threads asked for (default: the available processors). */
    int count() {
        return threads == null ? BatchRunner.defaultThreads() : threads;
    }

    /** The batch runner; a usage error (exit code 2) when fewer than one thread is asked for. */
    BatchRunner runner() {
        int n = count();
        if (n < 1) {
            throw new ParameterException(command.commandLine(), "--threads must be at least 1, got " + n);
        }
        return new BatchRunner(n);
    }
}
