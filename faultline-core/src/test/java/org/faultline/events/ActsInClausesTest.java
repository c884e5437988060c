package org.faultline.events;

import static org.faultline.TestPipeline.analyze;
import static org.faultline.TestPipeline.event;
import static org.faultline.TestPipeline.events;
import static org.faultline.TestPipeline.has;
import static org.faultline.TestPipeline.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.faultline.analysis.Analysis;
import org.faultline.analysis.Event;
import org.junit.jupiter.api.Test;

/**
 * Which words of a clause make an act of their own: a killing with its own subject, a dictionary object
 * counted by a quantity noun, a sanction someone hits back with, a terror designation. Sentences written
 * for the test, not taken from the dev articles.
 */
class ActsInClausesTest {

    @Test
    void aKillingClauseWithItsOwnSubjectAndVictimsStandsApart() {
        Analysis a = analyze("Israel widened its campaign against Hezbollah in May. On 3 May its drones killed the group's commander, Ali Haidar, in Tyre, and Israeli "
                + "troops invaded the border village of Kfar Kila.", "2024-05-10");
        assertEquals(2, events(a, "ASSAULT").size(), "the killing and the invasion: " + a.events());
    }

    @Test
    void aKillingParticipleIsTheOutcomeOfItsAttack() {
        Analysis a = analyze("Rebels shot down an army helicopter near Goma on Monday, killing two crew members.",
                "2024-05-10");
        assertEquals(1, events(a, "ASSAULT").size(), "one act with its outcome: " + a.events());
    }

    @Test
    void aQuantityNounPassesTheObjectItCounts() {
        Analysis a = analyze("Mali's junta revoked a series of defence agreements with France on Tuesday.", "2022-05-03");
        Event e = event(a, "SANCTION", "revoked");
        assertTrue(has(e.source(), "junta") || has(e.source(), "MLI"), names(e.source()));
    }

    @Test
    void anActSomeoneHitsBackWithIsAnEventButAnActRespondedToIsNot() {
        Analysis a = analyze("Moscow hit back on Friday with sanctions of its own on 40 British officials.", "2023-05-04");
        assertFalse(events(a, "SANCTION").isEmpty(), "sanctions hit back with: " + a.events());
        Analysis b = analyze("The defence minister responded to the bombing with a statement on Friday.", "2023-05-04");
        assertTrue(events(b, "ASSAULT").isEmpty(), "the bombing is only referred to: " + b.events());
    }

    @Test
    void designatingAGroupAsTerroristIsASanctionOnIt() {
        Analysis a = analyze("Canada designated the Houthis a terrorist entity on Monday.", "2024-03-04");
        Event e = event(a, "SANCTION", "designated");
        assertTrue(has(e.source(), "Canada"), names(e.source()));
        assertTrue(has(e.target(), "HOUTHIS") || has(e.target(), "Houthis"), names(e.target()));
    }

    @Test
    void aThreatIsAimedAtWhoeverItsConditionNames() {
        Analysis a = analyze("The militia leader warned on Sunday that the region would burn if the governor did not "
                + "step down.", "2024-03-06");
        Event e = event(a, "THREATEN", "warned");
        assertTrue(has(e.target(), "governor"), "the condition names who is threatened: " + names(e.target()));
        assertFalse(has(e.target(), "region"), names(e.target()));
    }
}
