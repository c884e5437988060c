package org.faultline.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.time.Duration;
import org.faultline.analysis.Analyzer;
import org.faultline.pipeline.Faultline;
import org.faultline.pipeline.TimeLimitedAnalyzer;
import picocli.CommandLine.Option;

/** Options shared by the commands that analyse: the user's own knowledge files. */
final class DataOptions {
    /** Builds the analysis pipeline; loading it (CoreNLP's models) takes seconds and over a gigabyte. */
    @FunctionalInterface
    interface Loader {
        Analyzer load(List<Path> actorFiles, List<Path> triggerFiles);
    }

    private final Loader loader;

    DataOptions() {
        this(Faultline::withUserData);
    }

    /** Tests pass a loader that records whether a command got as far as loading the models. */
    DataOptions(Loader loader) {
        this.loader = loader;
    }

    @Option(names = "--actors", paramLabel = "FILE",
            description = "Extra actor knowledge (JSON like faultline/actors/*.json); overrides bundled entries by id.")
    List<Path> actorFiles = new ArrayList<>();

    @Option(names = "--triggers", paramLabel = "FILE",
            description = "Extra trigger patterns (TSV like faultline/events/triggers.tsv); type '-' removes one.")
    List<Path> triggerFiles = new ArrayList<>();

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "120",
            description = "Give up on an article after this many seconds (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    /** The pipeline with the user's data, each article bounded in time; {@code workers} callers at once. */
    Analyzer analyzer(int workers) {
        Analyzer pipeline = loader.load(actorFiles, triggerFiles);
        int n = Math.max(1, workers);
        return new TimeLimitedAnalyzer(pipeline, Duration.ofSeconds(Math.max(1, timeoutSeconds)), n, 4 * n);
    }

    Analyzer analyzer() {
        return analyzer(1);
    }
}
