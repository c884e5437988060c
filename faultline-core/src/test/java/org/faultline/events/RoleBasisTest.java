package org.faultline.events;

import static org.faultline.TestPipeline.analyze;
import static org.faultline.TestPipeline.event;
import static org.faultline.TestPipeline.has;
import static org.faultline.TestPipeline.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.faultline.analysis.ActorRef;
import org.faultline.analysis.Analysis;
import org.faultline.analysis.Event;
import org.faultline.analysis.RoleBasis;
import org.faultline.json.AnalysisJson;
import org.junit.jupiter.api.Test;

/**
 * Each role says how it got its actor: named by the event's sentence, or carried over from an earlier act,
 * a pronoun, a reaction's object, an echo or the article's adversaries, with the mention it came from.
 * Sentences written for the test, not taken from the dev articles.
 */
class RoleBasisTest {

    @Test
    void aContinuedSourceSaysSoThroughTheJsonAndPointsAtTheEarlierMention() {
        Analysis a = analyze("Gangs stormed the national penitentiary in Port-au-Prince on Saturday. A second prison "
                + "was overrun on Sunday.", "2024-03-04");
        Event stormed = event(a, "ASSAULT", "stormed");
        assertEquals(List.of(RoleBasis.STATED), bases(stormed.source()), names(stormed.source()));
        Event overrun = event(a, "ASSAULT", "overrun");
        assertEquals(List.of(RoleBasis.CONTINUED), bases(overrun.source()), names(overrun.source()));
        assertTrue(overrun.source().get(0).mention().end() <= overrun.evidence().start(),
                "the continued source points at the first sentence's mention");

        JsonNode events = AnalysisJson.toJson(a).path("events");
        assertEquals("stated", role(events, "stormed", "source").path("basis").asText());
        JsonNode continued = role(events, "overrun", "source");
        assertEquals("continued", continued.path("basis").asText());
        assertEquals("Gangs", a.article().text().substring(continued.path("mention").path("start").asInt(),
                continued.path("mention").path("end").asInt()));
    }

    @Test
    void aPronounForAnActorOfAnEarlierSentenceIsAnaphora() {
        Analysis a = analyze("The Houthis fired two missiles at a tanker in the Red Sea on Sunday. On Monday they "
                + "attacked a freighter in the Gulf of Aden.", "2024-02-13");
        Event attacked = event(a, "ASSAULT", "attacked");
        assertTrue(has(attacked.source(), "Houthi") || has(attacked.source(), "HOUTHIS"), names(attacked.source()));
        assertEquals(List.of(RoleBasis.ANAPHORA), bases(attacked.source()));
    }

    @Test
    void aReactionsTargetIsTheAuthorOfTheActItNames() {
        Analysis a = analyze("American and British warplanes struck radar sites near Hodeidah on Friday. "
                + "Iran condemned the strikes on Sunday.", "2024-01-15");
        Event condemned = event(a, "ACCUSE", "condemned");
        assertTrue(!condemned.target().isEmpty() && bases(condemned.target()).stream()
                .allMatch(b -> b == RoleBasis.REACTION), names(condemned.target()) + " " + bases(condemned.target()));
        assertEquals(List.of(RoleBasis.STATED), bases(condemned.source()));
    }

    @Test
    void aTargetFromTheArticlesAdversariesIsACounterpart() {
        Analysis a = analyze("Armenian artillery shelled Azerbaijani positions near Lachin on Monday. "
                + "On Tuesday Azerbaijan closed its border crossings and recalled its ambassador.", "2024-05-10");
        Event closed = a.events().stream().filter(e -> has(e.source(), "AZE") || has(e.source(), "Azerbaijan"))
                .filter(e -> !e.target().isEmpty()).findFirst().orElseThrow();
        assertEquals(List.of(RoleBasis.COUNTERPART), bases(closed.target()), names(closed.target()));
        assertEquals(List.of(RoleBasis.STATED), bases(closed.source()));
    }

    @Test
    void anEchoTakesTheTargetOfTheActItRepeats() {
        Analysis a = analyze("The United States sanctioned Iran's morality police in September, and Britain "
                + "followed suit in October.", "2022-12-13");
        Event echo = a.events().stream().filter(e -> has(e.source(), "GBR") || has(e.source(), "Britain"))
                .findFirst().orElseThrow(() -> new AssertionError(a.events().toString()));
        assertTrue(!echo.target().isEmpty(), echo.toString());
        assertEquals(List.of(RoleBasis.ECHO), bases(echo.target()).stream().distinct().toList());
    }

    private static List<RoleBasis> bases(List<ActorRef> refs) {
        return refs.stream().map(ActorRef::basis).toList();
    }

    /** The first actor of a role of the JSON event whose trigger is {@code trigger}. */
    private static JsonNode role(JsonNode events, String trigger, String role) {
        for (JsonNode e : events) {
            if (e.path("trigger").path("text").asText().equals(trigger)) {
                return e.path(role).get(0);
            }
        }
        throw new AssertionError("no event at " + trigger + " in " + events);
    }
}
