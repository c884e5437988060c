package org.faultline.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.faultline.analysis.Analysis;
import org.faultline.ingest.Article;
import org.faultline.analysis.Analyzer;
import org.faultline.store.StoreDemo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code faultline demo}: analyses the bundled seed article, prints its events, actors, places and
 * relations, then stores it in a fresh embedded store and prints a summary from queries.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Analyse the bundled sample article, store it and print what was found.")
final class DemoCommand implements Callable<Integer> {
    @picocli.CommandLine.Mixin
    DataOptions data; // created by picocli's factory, so that tests can pass their own

    @Option(names = "--db", paramLabel = "PATH", description = "Keep the demo store here (default: a temporary store).")
    Path db;

    @Override
    public Integer call() {
        PrintStream out = System.out;
        Inputs in = Inputs.open(List.of(Samples.seed()), null, System.err);
        List<Article> articles = in.readAll();
        Analyzer analyzer = data.analyzer();
        List<Analysis> analyses = new ArrayList<>();
        for (Article a : articles) {
            long t0 = System.nanoTime();
            Analysis analysis = analyzer.analyze(a);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            new Summary(out).print(analysis);
            out.printf("%nanalysed in %d ms%n%n", ms);
            analyses.add(analysis);
        }
        StoreDemo.run(analyses, db, out);
        return in.failures() == 0 ? 0 : 1;
    }
}
