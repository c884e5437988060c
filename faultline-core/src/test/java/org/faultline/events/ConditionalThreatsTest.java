package org.faultline.events;

import static org.faultline.TestPipeline.analyze;
import static org.faultline.TestPipeline.event;
import static org.faultline.TestPipeline.events;
import static org.faultline.TestPipeline.has;
import static org.faultline.TestPipeline.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.faultline.analysis.Analysis;
import org.faultline.analysis.Event;
import org.junit.jupiter.api.Test;

/**
 * Force promised on a condition is a threat made now, by whoever speaks: "if X violates the truce, we
 * will attack". First-person pronouns in a quotation are its speaker. Sentences written for the test.
 */
class ConditionalThreatsTest {

    @Test
    void forceOnAConditionIsAThreatAgainstTheConditionsSubject() {
        Analysis a = analyze("The defence minister said on Monday: \"If the rebels shell the city again, we will strike"
                + " their bases.\"", "2024-03-10");
        Event e = event(a, "THREATEN", "strike");
        assertEquals("asserted", e.modality(), "the threat is made, whatever the strike: " + e);
        assertTrue(has(e.target(), "rebels"), names(e.target()));
        assertTrue(has(e.source(), "minister"), "'we' in the quotation is its speaker: " + names(e.source()));
        assertTrue(events(a, "ASSAULT").stream().noneMatch(x -> x.trigger().of(a.article().text()).contains("strike")),
                "no strike happened: " + a.events());
    }

    @Test
    void aSpeakerAfterTheQuotationIsStillTheSpeaker() {
        Event e = event(analyze("\"We will attack the airport unless the army withdraws,\" the rebel commander said.",
                "2024-03-10"), "THREATEN", "attack");
        assertTrue(has(e.source(), "commander"), names(e.source()));
        assertTrue(has(e.target(), "army"), names(e.target()));
    }

    @Test
    void whatAnActWouldMeetIsAThreatByTheSpeaker() {
        Event e = event(analyze("Any incursion would meet a swift and firm response, an army spokesman, Colonel Musa Keita,"
                + " told reporters on Monday.", "2024-03-10"), "THREATEN", "meet");
        assertTrue(has(e.source(), "spokesman") || has(e.source(), "Keita"), names(e.source()));
    }
}
