package org.faultline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The API on articles the pipeline's guards catch (faultline-core's guard corpora): the analyse box answers
 * 422 with the language for a non-English text and an analysis without events, saying why, for a match
 * report; an upload lists the non-English articles as skipped and stores the rest.
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
        assertEquals(200, sport.status());
        assertEquals(0, sport.json().at("/analysis/events").size(), sport.json().toString());
        assertTrue(sport.json().at("/analysis/notice").asText().contains("has no conflict events: reads as a sport report"),
                sport.json().toString());
    }

    @Test
    void anUploadListsTheSkippedArticlesAndStoresTheOthers() throws Exception {
        String body = Files.readString(CORPORA.resolve("non-english.jsonl")).lines().limit(2)
                .reduce("", (a, b) -> a + b + "\n") + Files.readString(CORPORA.resolve("off-topic.jsonl")).lines()
                .findFirst().orElseThrow() + "\n";
        ApiTest.Reply r = ApiTest.post("/api/articles", body, "application/x-ndjson");
        assertEquals(200, r.status(), String.valueOf(r.json()));
        JsonNode skipped = r.json().path("skipped");
        assertEquals(2, skipped.size(), r.json().toString());
        assertTrue(skipped.get(0).asText().startsWith("article ru-1 not analysed: written in Russian"), skipped.toString());
        assertEquals(0, r.json().path("failed").size());
        assertEquals(1, r.json().path("stored").asInt(), "the match report, for its actors and places, without events");
        assertEquals(0, ApiTest.get("/api/articles/sport-1").json().path("eventIds").size());
    }
}
