package org.faultline.events;

import static org.faultline.TestPipeline.analyze;
import static org.faultline.TestPipeline.event;
import static org.faultline.TestPipeline.events;
import static org.faultline.TestPipeline.has;
import static org.faultline.TestPipeline.names;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.faultline.analysis.Analysis;
import org.faultline.analysis.Event;
import org.junit.jupiter.api.Test;

/**
 * The non-violent interactions of conflict news (meetings, requests, refusals, threats, coercion) with their
 * parties as reporting phrases them. Sentences written for the test, not taken from any corpus.
 */
class PoliticalInteractionsTest {

    @Test
    void sittingDownWithAPartyIsAMeeting() {
        Analysis a = analyze("The UN envoy sat down with Houthi officials in Muscat on Tuesday.", "2024-03-12");
        Event e = event(a, "CONSULT", "sat");
        assertTrue(has(e.target(), "HOUTHIS"), names(e.target()));
    }

    @Test
    void aTripMadeForTalksStatesTheTalks() {
        Analysis a = analyze("Kenyan President William Ruto flew to Addis Ababa on Monday for talks with Ethiopian "
                + "Prime Minister Abiy Ahmed.", "2024-03-12");
        Event e = event(a, "CONSULT", "talks");
        assertTrue(has(e.source(), "Ruto"), names(e.source()));
        assertTrue(has(e.target(), "Abiy"), names(e.target()));
    }

    @Test
    void attendingTalksBetweenTwoPartiesStatesThem() {
        Analysis a = analyze("Diplomats attending the talks between Serbia and Kosovo in Brussels said little progress "
                + "was made.", "2024-03-12");
        Event e = event(a, "CONSULT", "talks");
        assertTrue(has(e.source(), "Serbia") && has(e.source(), "Kosovo"), names(e.source()));
    }

    @Test
    void forcingPeopleToActIsCoercion() {
        Analysis a = analyze("Militiamen forced farmers in the valley to hand over their harvest on Friday.", "2024-03-12");
        Event e = event(a, "COERCE", "forced");
        assertTrue(has(e.target(), "farmers"), names(e.target()));
        Analysis passive = analyze("Reporters were forced by police to hand over their cameras in Minsk.", "2024-03-12");
        Event p = event(passive, "COERCE", "forced");
        assertTrue(has(p.target(), "Reporters"), names(p.target()));
    }

    @Test
    void beingForcedByCircumstanceCoercesNoOne() {
        assertTrue(events(analyze("Tens of thousands of people were forced to flee the shelling in Kherson.", "2024-03-12"),
                "COERCE").isEmpty());
        assertTrue(events(analyze("The fighting forced the militia to abandon its positions near Goma.", "2024-03-12"),
                "COERCE").isEmpty());
    }

    @Test
    void pressureOnAPopulationIsCoercionOnAPeerARequest() {
        Analysis a = analyze("Opposition figures say the ruling party is pressuring teachers to campaign for it.", "2024-03-12");
        event(a, "COERCE", "pressuring");
        Analysis peer = analyze("Berlin pressured Budapest to lift its veto on aid for Ukraine.", "2024-03-12");
        event(peer, "REQUEST", "pressured");
    }
}
