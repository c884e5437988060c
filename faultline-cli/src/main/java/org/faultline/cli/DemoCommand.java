package org.faultline.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import org.faultline.analysis.Analysis;
import org.faultline.ingest.Article;
import org.faultline.pipeline.Faultline;
import picocli.CommandLine.Command;

/** {@code faultline demo}: analyses the bundled seed article and prints a readable summary. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Analyse the bundled sample article and print its events, actors and places.")
final class DemoCommand implements Callable<Integer> {
    @picocli.CommandLine.Mixin
    DataOptions data = new DataOptions();


    @Override
    public Integer call() {
        PrintStream out = System.out;
        Inputs in = Inputs.read(List.of(Samples.seed()), null, System.err);
        Faultline analyzer = data.analyzer();
        for (Article a : in.articles()) {
            long t0 = System.nanoTime();
            Analysis analysis = analyzer.analyze(a);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            new Summary(out).print(analysis);
            out.printf("%nanalysed in %d ms%n", ms);
        }
        return in.failures() == 0 ? 0 : 1;
    }
}
