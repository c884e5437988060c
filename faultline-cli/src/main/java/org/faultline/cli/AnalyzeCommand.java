package org.faultline.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.faultline.analysis.Analysis;
import org.faultline.pipeline.ArticleSkippedException;
import org.faultline.batch.BatchRunner;
import org.faultline.json.AnalysisJson;
import org.faultline.analysis.Analyzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code faultline analyze}: articles in, one analysis per line (or pretty JSON) out. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Analyse articles (text, HTML, JSON Lines files or directories) and write analyses.")
final class AnalyzeCommand implements Callable<Integer> {
    @picocli.CommandLine.Mixin
    DataOptions data; // created by picocli's factory, so that tests can pass their own

    @picocli.CommandLine.Mixin
    ThreadOptions threads = new ThreadOptions();

    enum Format { jsonl, pretty }

    @picocli.CommandLine.Mixin
    InputOptions input = new InputOptions();

    @Option(names = "--format", defaultValue = "jsonl", description = "jsonl (default) or pretty.")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of standard output.")
    Path output;

    @Option(names = "--timing", description = "Print seconds per article and peak heap on stderr.")
    boolean timing;

    @Override
    public Integer call() throws IOException {
        PrintStream err = System.err;
        Timing clock = new Timing();
        if (!input.check(err)) {
            return 2;
        }
        BatchRunner runner = threads.runner();
        Skipped skipped = new Skipped(err);
        int failures;
        // Articles are read as the batch pulls them: a file of any size runs in the memory of a few articles.
        try (Inputs in = input.open(err)) {
            if (!in.hasNext()) { // reads up to the first article, reporting the problems before it
                err.println("faultline: no article to analyse");
                return 1;
            }
            Analyzer analyzer = data.analyzer(threads.count()); // loads the models: only once there is work
            Progress progress = new Progress(err, in.totalBytes(), in::bytesRead);
            try (Writer w = output == null ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
                    : Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                // Serialised on the workers; the writer only appends, in input order.
                failures = runner.run(in, a -> {
                    Analysis analysis = analyzer.analyze(a);
                    return new Written(format == Format.pretty ? AnalysisJson.pretty(analysis)
                            : AnalysisJson.line(analysis), analysis.notice());
                }, o -> {
                    if (o.error() instanceof ArticleSkippedException skip) {
                        skipped.report(o.article(), skip);
                    } else if (o.failed()) {
                        err.println("faultline: " + o.article().origin() + ": analysis failed: " + o.error());
                    } else {
                        skipped.notice(o.article(), o.result().notice());
                        try {
                            w.write(o.result().json());
                            w.write('\n');
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                    progress.step();
                    clock.count();
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            progress.finish();
            failures += in.failures() - skipped.count();
            skipped.summary();
        }
        if (timing) {
            clock.print(err);
        }
        if (failures > 0) {
            err.println("faultline: " + failures + " input(s) failed");
            return 1;
        }
        return 0;
    }

    /** One analysis as written, with its notice (why it has no events), reported on stderr. */
    private record Written(String json, String notice) {
    }
}
