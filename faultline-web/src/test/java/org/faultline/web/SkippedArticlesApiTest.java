package org.faultline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The API on articles the pipeline refuses (faultline-core's guard corpora): the analyse box answers 422
 * with the reason, and an upload lists them as skipped, stores nothing for them and stores the rest.
 */
class SkippedArticlesApiTest {
    private static final Path CORPORA = Path.of("..", "faultline-core", "src", "test", "resources", "guards");

    @BeforeAll
    static void start() {
        ApiTest.start();
    }

    @Test
    void theAnalyseBoxSaysWhyAFrenchArticleOrAMatchReportGivesNoEvents() throws Exception {
        ApiTest.Reply fr = ApiTest.post("/api/analyze", "{\"text\": \"Le gouvernement malien a accusé mardi les rebelles "
                + "d'avoir attaqué un convoi militaire près de Kidal, faisant plusieurs morts parmi les soldats.\"}",
                "application/json");
        assertEquals(422, fr.status(), String.valueOf(fr.json()));
        assertTrue(fr.json().path("error").asText().contains("not analysed: written in French (fr, "), fr.json().toString());

        ApiTest.Reply sport = ApiTest.post("/api/analyze", "{\"text\": \"Arsenal attacked down the left and Saka scored twice "
                + "as the Gunners beat Chelsea 3-1 at the Emirates; the midfielder added a third from a free kick.\"}",
                "application/json");
        assertEquals(422, sport.status());
        assertTrue(sport.json().path("error").asText().contains("reads as a sport report"), sport.json().toString());
    }

    @Test
    void anUploadListsTheSkippedArticlesAndStoresTheOthers() throws Exception {
        String body = Files.readString(CORPORA.resolve("non-english.jsonl")).lines().limit(2)
                .reduce("", (a, b) -> a + b + "\n") + Files.readString(CORPORA.resolve("off-topic.jsonl")).lines()
                .findFirst().orElseThrow() + "\n";
        ApiTest.Reply r = ApiTest.post("/api/articles", body, "application/x-ndjson");
        assertEquals(200, r.status(), String.valueOf(r.json()));
        JsonNode skipped = r.json().path("skipped");
        assertEquals(3, skipped.size(), r.json().toString());
        assertTrue(skipped.get(0).asText().startsWith("article ru-1 not analysed: written in Russian"), skipped.toString());
        assertTrue(skipped.get(2).asText().startsWith("article sport-1 not analysed: reads as a sport report"), skipped.toString());
        assertEquals(0, r.json().path("failed").size());
        assertEquals(0, r.json().path("stored").asInt());
    }
}
