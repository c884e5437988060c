package org.faultline.cli;

import java.time.Duration;
import org.faultline.store.feeds.FetchOptions;
import org.faultline.store.feeds.SourcesFile;
import picocli.CommandLine.Option;

/** How {@code watch}, {@code backfill} and {@code serve --watch} fetch: the per-host delay and the response time limit. */
final class FetchFlags {
    @Option(names = "--host-delay", paramLabel = "DURATION", defaultValue = "2s",
            description = "Least time between two requests to one host (default: ${DEFAULT-VALUE}).")
    String hostDelay;

    @Option(names = "--fetch-timeout", paramLabel = "DURATION", defaultValue = "20s",
            description = "Give up on a response after this long (default: ${DEFAULT-VALUE}).")
    String fetchTimeout;

    /** The fetch options; IllegalArgumentException names a malformed duration. */
    FetchOptions options() {
        return FetchOptions.DEFAULT.withHostDelay(delay(hostDelay))
                .withTimeout(SourcesFile.duration(fetchTimeout, "--fetch-timeout"));
    }

    /** The fetch options, or null when a duration is malformed (said on {@code err}). */
    FetchOptions checkedOptions(java.io.PrintStream err) {
        try {
            return options();
        } catch (IllegalArgumentException e) {
            err.println("faultline: " + e.getMessage());
            return null;
        }
    }

    /** A delay may be zero ("0s"), unlike an interval. */
    private static Duration delay(String text) {
        return text.matches("0+[smhd]?") ? Duration.ZERO : SourcesFile.duration(text, "--host-delay");
    }
}
