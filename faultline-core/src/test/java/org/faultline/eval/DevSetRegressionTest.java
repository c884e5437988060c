package org.faultline.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.faultline.TestPipeline;
import org.faultline.ingest.ArticleSources;
import org.faultline.ingest.ReadResult;
import org.faultline.json.AnalysisJson;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Guards the dev-set scores: analyses ../shared/eval/dev with the real pipeline, scores it with the
 * Java port of score.py, and fails when a headline figure drops more than 0.02 below what was reached.
 */
class DevSetRegressionTest {
    /**
     * Figures reached on the dev set when this floor was last raised (2026-11-25: event_f1 0.824,
     * event_type_f1 0.941, actor_f1 0.949, geo_f1 0.989, date_acc 1.0, count_recall 1.0,
     * relation_f1 0.799, event_place_acc 0.969), minus 0.02.
     */
    private static final Map<String, Double> FLOORS = Map.of(
            "event_f1", 0.804,
            "event_type_f1", 0.921,
            "actor_f1", 0.929,
            "geo_f1", 0.969,
            "date_acc", 0.98,
            "count_recall", 0.98,
            "relation_f1", 0.779,
            "event_place_acc", 0.949);

    @Test
    void devScoresDoNotRegress() throws Exception {
        Path dev = locateDev();
        Assumptions.assumeTrue(dev != null, "../shared/eval/dev not found");
        List<Path> golds;
        try (Stream<Path> files = Files.list(dev)) {
            golds = files.filter(p -> p.toString().endsWith(".gold.jsonl")).sorted().toList();
        }
        List<JsonNode> goldRows = new ArrayList<>();
        for (Path g : golds) {
            goldRows.addAll(Jsonl.readRows(g));
        }
        Map<String, JsonNode> analyses = new LinkedHashMap<>();
        for (ReadResult r : new ArticleSources().readAll(golds, null)) {
            if (r.isArticle()) {
                analyses.put(r.article().id(), AnalysisJson.toJson(TestPipeline.get().analyze(r.article())));
            }
        }
        ScoreReport report = Scorer.score(goldRows, analyses);
        System.out.println("dev set: " + report.headlineLine());
        for (Map.Entry<String, Double> floor : FLOORS.entrySet()) {
            double got = report.headline().get(floor.getKey());
            assertTrue(got >= floor.getValue(), floor.getKey() + " fell to " + got + " (floor " + floor.getValue() + ")");
        }
    }

    private static Path locateDev() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path dev = dir.resolveSibling("shared").resolve("eval").resolve("dev");
            if (Files.isDirectory(dev)) {
                return dev;
            }
        }
        return null;
    }
}
