package org.faultline.pipeline;

import static org.faultline.TestPipeline.events;
import static org.faultline.TestPipeline.has;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.faultline.TestPipeline;
import org.faultline.analysis.Analysis;
import org.faultline.analysis.Event;
import org.faultline.ingest.ArticleSources;
import org.faultline.ingest.ReadResult;
import org.faultline.json.AnalysisJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bundled seed article, analysed end to end: concrete facts a coder would record. */
class SeedEndToEndTest {
    private static Analysis seed;
    private static String text;

    @BeforeAll
    static void analyseSeed() {
        List<ReadResult> read = new ArticleSources().readAll(List.of(Path.of("../samples/seed.jsonl")), null);
        assertTrue(read.get(0).isArticle(), "seed sample readable");
        seed = TestPipeline.get().analyze(read.get(0).article());
        text = seed.article().text();
    }

    @Test
    void iraqiArmyAssaultsIsisInTheFallujahSentence() {
        int fallujah = text.indexOf("Fallujah is the scene of the most intense fighting");
        Event e = events(seed, "ASSAULT").stream()
                .filter(x -> x.evidence().start() <= fallujah && x.evidence().end() > fallujah)
                .filter(x -> has(x.source(), "IRQ/MIL") && has(x.target(), "ISIS"))
                .findFirst().orElseThrow(() -> new AssertionError("no army ASSAULT on Isis in the Fallujah sentence"));
        assertTrue(has(e.source(), "Shia militias"), "the militias are co-sources");
        assertEquals("Fallujah", e.place().mention().of(text));
        assertEquals(33.35, e.place().place().lat(), 0.2);
        assertEquals("IRQ", e.place().place().country());
    }

    @Test
    void theNewOffensiveIsDatedTwentyThirdOfMay() {
        int since = text.indexOf("Since a new offensive began on 23 May");
        Event e = seed.events().stream().filter(x -> x.evidence().start() <= since && x.evidence().end() > since)
                .findFirst().orElseThrow();
        assertEquals("2016-05-23", e.date().value());
        assertEquals("day", e.date().precision());
    }

    @Test
    void historicalYearsAreNotThePublishedDate() {
        int storm = text.indexOf("In 2004, the city was stormed twice by US forces");
        Event e = seed.events().stream().filter(x -> x.evidence().start() <= storm && x.evidence().end() > storm)
                .filter(x -> x.type().equals("ASSAULT")).findFirst().orElseThrow();
        assertEquals("2004", e.date().value());
        assertTrue(has(e.source(), "USA") || has(e.source(), "US forces"), "US forces stormed the city");
    }

    @Test
    void displacementIsCounted() {
        assertTrue(seed.counts().stream().anyMatch(c -> c.type().equals("displaced") && c.number() == 68000));
        assertTrue(seed.counts().stream().anyMatch(c -> c.type().equals("killed") && c.number() == 21));
    }

    @Test
    void everyOutputSpanLiesInsideTheText() {
        for (Event e : seed.events()) {
            assertTrue(e.evidence().end() <= text.length());
            assertTrue(e.evidence().contains(e.trigger()), "trigger inside its sentence");
            e.source().forEach(a -> assertTrue(e.evidence().contains(a.mention()) || a.mention().end() <= e.evidence().start(),
                    "source mention in the sentence or an earlier antecedent"));
        }
        String json = AnalysisJson.line(seed);
        assertTrue(json.startsWith("{\"id\":\"seed-isis-2016\""));
        assertFalse(seed.actors().isEmpty());
    }

    @Test
    void everyPlaceSaysWhyItWon() {
        for (var p : seed.places()) {
            assertTrue(java.util.Set.of("unique", "prior", "qualifier", "context").contains(p.resolvedBy()),
                    () -> p.name() + ": " + p.resolvedBy());
        }
        // Tripoli is Libya's, not Lebanon's, because the article is about Libya
        var tripoli = seed.places().stream().filter(p -> p.name().equals("Tripoli")).findFirst().orElseThrow();
        assertEquals("LBY", tripoli.country());
        assertTrue(AnalysisJson.line(seed).contains("\"resolved_by\":\"" + tripoli.resolvedBy() + "\""));
    }
}
