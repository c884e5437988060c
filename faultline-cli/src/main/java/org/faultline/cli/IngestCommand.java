package org.faultline.cli;

import java.io.PrintStream;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.faultline.batch.BatchRunner;
import org.faultline.pipeline.ArticleSkippedException;
import org.faultline.store.Ingest;
import org.faultline.store.PutResult;
import org.faultline.store.Store;
import org.faultline.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code faultline ingest}: analyse articles and store them; unchanged articles are not analysed again. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Analyse articles and store the analyses (and canonical events) in the DuckDB store.")
final class IngestCommand implements Callable<Integer> {
    @picocli.CommandLine.Mixin
    InputOptions input = new InputOptions();

    @Mixin
    StoreOptions store;

    @Mixin
    ThreadOptions threads = new ThreadOptions();

    @Mixin
    DataOptions data; // created by picocli's factory, so that tests can pass their own

    @Override
    public Integer call() {
        PrintStream err = System.err;
        if (!input.check(err)) {
            return 2;
        }
        BatchRunner runner = threads.runner();
        Map<PutResult, Integer> done = new EnumMap<>(PutResult.class);
        int failures;
        try (Store s = store.openOrCreate(err)) { // before reading: a bad --db fails at once
            try (Inputs in = input.open(err)) { // read as the batch pulls them: flat memory
                Ingest ingest = new Ingest(s, () -> data.analyzer(threads.count()));
                Progress progress = new Progress(err, in.totalBytes(), in::bytesRead);
                int[] failed = {0};
                Skipped skipped = new Skipped(err);
                ingest.batch(in, runner, o -> {
                    if (o.error() instanceof ArticleSkippedException skip) {
                        skipped.report(o.article(), skip);
                    } else if (o.result() == null) {
                        failed[0]++;
                        err.println("faultline: " + o.article().origin() + ": analysis failed: " + o.error());
                    } else {
                        skipped.notice(o.article(), o.notice());
                        done.merge(o.result(), 1, Integer::sum);
                    }
                    progress.step();
                });
                progress.finish();
                skipped.summary();
                failures = in.failures() + failed[0];
                ingest.finish();
            }
            err.printf("faultline: %d stored, %d replaced, %d unchanged; %s now holds %d articles, %d events "
                            + "in %d canonical events%n", done.getOrDefault(PutResult.STORED, 0),
                    done.getOrDefault(PutResult.REPLACED, 0), done.getOrDefault(PutResult.UNCHANGED, 0), store.db,
                    s.count("articles"), s.count("events"), s.count("clusters"));
        } catch (StoreException e) {
            return StoreOptions.fail(e, err);
        }
        if (failures > 0) {
            err.println("faultline: " + failures + " input(s) failed");
            return 1;
        }
        return 0;
    }
}
