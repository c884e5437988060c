package org.faultline.salience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import org.faultline.TestPipeline;
import org.faultline.analysis.Analysis;
import org.faultline.analysis.Event;
import org.faultline.ingest.Article;
import org.faultline.json.AnalysisJson;
import org.junit.jupiter.api.Test;

/** Per-event salience and the article's main event, through the real pipeline. */
class SalienceTest {
    private static Analysis analyze(String title, String text) {
        return TestPipeline.get().analyze(new Article("salience-" + Integer.toHexString(text.hashCode()),
                LocalDate.of(2023, 5, 16), title, null, null, text, "test"));
    }

    @Test
    void theActTheHeadlineNamesOutweighsAStatementToldBeforeIt() {
        Analysis a = analyze("Russian drone strike hits Kherson market",
                "Ukraine accused Russia of war crimes on Tuesday. A Russian drone struck a market in Kherson on "
                        + "Monday, killing two civilians, the regional governor said.");
        Event main = a.mainEvent().orElseThrow();
        assertEquals("ASSAULT", main.type(), a.events().toString());
        assertEquals("Air/drone strike", main.codes().acledSubEventType());
        Event accusation = a.events().stream().filter(e -> e.type().equals("ACCUSE")).findFirst().orElseThrow();
        assertTrue(accusation.salience() < main.salience());
        JsonNode json = AnalysisJson.toJson(a);
        assertEquals(a.events().indexOf(main), json.get("main_event").asInt());
        assertEquals(main.salience(), json.get("events").get(json.get("main_event").asInt()).get("salience").asDouble(),
                0.001);
    }

    @Test
    void anActTheProtestDenouncesIsNotTheProtest() {
        Analysis a = analyze(null, "Hundreds of students marched in Dhaka on Monday to denounce the killing of a "
                + "classmate by police last week.");
        Event main = a.mainEvent().orElseThrow();
        assertEquals("PROTEST", main.type(), a.events().toString());
        assertEquals("Peaceful protest", main.codes().acledSubEventType());
    }

    @Test
    void everyEventIsScoredBetweenZeroAndOne() {
        Analysis a = analyze(null, "Soldiers clashed with rebels near Goma on Sunday. Two days later, the rebels "
                + "shelled the town, killing four civilians. The government condemned the attack.");
        assertTrue(a.events().size() >= 2, a.events().toString());
        for (Event e : a.events()) {
            assertTrue(e.salience() > 0 && e.salience() <= 1, e.type() + " " + e.salience());
        }
    }
}
