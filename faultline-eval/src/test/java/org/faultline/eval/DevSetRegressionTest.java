package org.faultline.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.faultline.ingest.ArticleSources;
import org.faultline.ingest.ReadResult;
import org.faultline.json.AnalysisJson;
import org.faultline.pipeline.Faultline;
import org.junit.jupiter.api.Test;

/**
 * Guards the dev-set scores: analyses every gold file of ../shared/eval/dev with the real pipeline,
 * scores each file on its own and all of them together with the Java port of score.py, and fails when
 * a figure falls below its floor in {@code eval/dev-floors.tsv}. Under CI ({@code CI=true}) a missing
 * ../shared fails instead of skipping: CI always has it beside the clone.
 */
class DevSetRegressionTest {
    private static final String ALL = "ALL";

    @Test
    void devScoresDoNotRegress() throws Exception {
        Path dev = SharedEval.require().resolve("dev");
        Map<String, Map<String, Double>> floors = readFloors();
        List<Path> golds;
        try (Stream<Path> files = Files.list(dev)) {
            golds = files.filter(p -> p.toString().endsWith(".gold.jsonl")).sorted().toList();
        }
        Map<String, JsonNode> analyses = new LinkedHashMap<>();
        Faultline pipeline = Faultline.standard();
        for (ReadResult r : new ArticleSources().readAll(golds, null)) {
            if (r.isArticle()) {
                analyses.put(r.article().id(), AnalysisJson.toJson(pipeline.analyze(r.article())));
            }
        }
        List<String> failures = new ArrayList<>();
        List<JsonNode> allRows = new ArrayList<>();
        for (Path gold : golds) {
            String name = gold.getFileName().toString().replace(".gold.jsonl", "");
            List<JsonNode> rows = Jsonl.readRows(gold);
            allRows.addAll(rows);
            check(name, rows, analyses, floors, failures);
        }
        check(ALL, allRows, analyses, floors, failures);
        assertEquals(List.of(), failures, "dev-set figures below their floors");
    }

    private static void check(String name, List<JsonNode> rows, Map<String, JsonNode> analyses,
                              Map<String, Map<String, Double>> floors, List<String> failures) {
        ScoreReport report = Scorer.score(rows, analyses);
        System.out.println("dev set " + name + ": " + report.headlineLine());
        Map<String, Double> floor = floors.get(name);
        if (floor == null) {
            failures.add(name + ": no row in eval/dev-floors.tsv (add one with the figures it reaches, minus 0.02)");
            return;
        }
        floor.forEach((metric, min) -> {
            Double got = report.headline().get(metric);
            if (got == null) {
                failures.add(name + ": the scorer reports no " + metric);
            } else if (got < min) {
                failures.add(name + ": " + metric + " fell to " + got + " (floor " + min + ")");
            }
        });
    }

    /** file → metric → floor, from the tab-separated table whose header line names the metrics. */
    static Map<String, Map<String, Double>> readFloors() throws IOException {
        Map<String, Map<String, Double>> floors = new LinkedHashMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                DevSetRegressionTest.class.getResourceAsStream("/eval/dev-floors.tsv"), StandardCharsets.UTF_8))) {
            String[] header = null;
            String line;
            int n = 0;
            while ((line = in.readLine()) != null) {
                n++;
                if (line.startsWith("# file\t")) {
                    header = line.substring(2).split("\t");
                    continue;
                }
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                assertTrue(header != null && cells.length == header.length, "dev-floors.tsv:" + n + ": expected the header's columns");
                Map<String, Double> row = new LinkedHashMap<>();
                for (int i = 1; i < cells.length; i++) {
                    row.put(header[i], Double.parseDouble(cells[i]));
                }
                floors.put(cells[0], row);
            }
        }
        return floors;
    }
}
