package org.faultline.events;

import static org.faultline.TestPipeline.analyze;
import static org.faultline.TestPipeline.event;
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
}
