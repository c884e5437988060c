package org.faultline.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.faultline.analysis.Analysis;
import org.faultline.ingest.Article;
import org.faultline.json.AnalysisJson;
import org.faultline.pipeline.Faultline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code faultline analyze}: articles in, one analysis per line (or pretty JSON) out. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Analyse articles (text, HTML, JSON Lines files or directories) and write analyses.")
final class AnalyzeCommand implements Callable<Integer> {
    @picocli.CommandLine.Mixin
    DataOptions data = new DataOptions();

    enum Format { jsonl, pretty }

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or directories to read.")
    List<Path> inputs;

    @Option(names = "--published", paramLabel = "DATE", description = "Published date (YYYY-MM-DD) for inputs that lack one.")
    LocalDate published;

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
        Inputs in = Inputs.read(inputs, published, err);
        int failures = in.failures();
        Faultline analyzer = data.analyzer();
        Progress progress = new Progress(err, in.articles().size());
        try (Writer w = output == null ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
                : Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            for (Article a : in.articles()) {
                try {
                    Analysis analysis = analyzer.analyze(a);
                    w.write(format == Format.pretty ? AnalysisJson.pretty(analysis) : AnalysisJson.line(analysis));
                    w.write('\n');
                } catch (RuntimeException e) {
                    failures++;
                    err.println("faultline: " + a.origin() + ": analysis failed: " + e);
                }
                progress.step();
                clock.count();
            }
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
}
