package org.faultline.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.faultline.pipeline.Faultline;
import picocli.CommandLine.Option;

/** Options shared by the commands that analyse: the user's own knowledge files. */
final class DataOptions {
    @Option(names = "--actors", paramLabel = "FILE",
            description = "Extra actor knowledge (JSON like faultline/actors/*.json); overrides bundled entries by id.")
    List<Path> actorFiles = new ArrayList<>();

    @Option(names = "--triggers", paramLabel = "FILE",
            description = "Extra trigger patterns (TSV like faultline/events/triggers.tsv); type '-' removes one.")
    List<Path> triggerFiles = new ArrayList<>();

    Faultline analyzer() {
        return Faultline.withUserData(actorFiles, triggerFiles);
    }
}
