package org.faultline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.faultline.eval.EvalInputException;
import org.faultline.eval.Jsonl;
import org.faultline.eval.ScoreReport;
import org.faultline.eval.Scorer;
import org.faultline.ingest.Article;
import org.faultline.json.AnalysisJson;
import org.faultline.analysis.Analyzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code faultline eval}: analyse gold articles and score them as ../shared/eval/score.py does. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Analyse the articles of gold files and print precision, recall and F1 per component.")
final class EvalCommand implements Callable<Integer> {
    @picocli.CommandLine.Mixin
    DataOptions data; // created by picocli's factory, so that tests can pass their own


    @Parameters(arity = "1..*", paramLabel = "GOLD", description = "Gold JSON Lines files (FORMAT.md section 3).")
    List<Path> gold;

    @Option(names = "--misses", description = "List each gold item that was missed.")
    boolean misses;

    @Override
    public Integer call() throws IOException {
        List<JsonNode> goldRows = new ArrayList<>();
        try {
            for (Path g : gold) {
                goldRows.addAll(Jsonl.readRows(g));
            }
        } catch (EvalInputException e) {
            System.err.println("faultline eval: " + e.getMessage());
            return 2;
        }
        Inputs in = Inputs.open(gold, null, System.err);
        List<Article> articles = in.readAll(); // gold files are small, and the total makes the progress bar
        Analyzer analyzer = data.analyzer();
        Progress progress = new Progress(System.err, articles.size());
        Map<String, JsonNode> analyses = new LinkedHashMap<>();
        for (Article a : articles) {
            analyses.put(a.id(), AnalysisJson.toJson(analyzer.analyze(a)));
            progress.step();
        }
        try {
            ScoreReport report = Scorer.score(goldRows, analyses);
            System.out.print(report.format(misses));
        } catch (EvalInputException e) {
            System.err.println("faultline eval: " + e.getMessage());
            return 2;
        }
        return in.failures() == 0 ? 0 : 1;
    }
}
