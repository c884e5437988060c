package org.faultline.events;

import static org.faultline.TestPipeline.analyze;
import static org.faultline.TestPipeline.event;
import static org.faultline.TestPipeline.has;
import static org.faultline.TestPipeline.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.faultline.analysis.Analysis;
import org.faultline.analysis.Event;
import org.junit.jupiter.api.Test;

/**
 * Parses of long news sentences hang clauses and dates in the wrong place; these constructions read past
 * the usual mistakes. Sentences written for the test.
 */
class ClauseRepairsTest {

    @Test
    void aPastActConjoinedAfterAPresentRelativeClauseBelongsToTheMainClause() {
        Event e = event(analyze("On Tuesday Kenya cancelled the 2019 trade accord, which covers the export of tea that"
                + " passes through Mombasa, and expelled Ugandan diplomats from Nairobi.", "2024-03-14"), "SANCTION", "expelled");
        assertTrue(has(e.source(), "Kenya"), "Kenya expelled them: " + names(e.source()));
    }

    @Test
    void aYearNamingAnotherThingDoesNotDateTheAct() {
        Event e = event(analyze("On Tuesday Kenya cancelled the 2019 trade accord, which covers the export of tea that"
                + " passes through Mombasa, and expelled Ugandan diplomats from Nairobi.", "2024-03-14"), "SANCTION", "expelled");
        assertEquals("2024-03-12", e.date().value(), "'the 2019 trade accord' names the accord: " + e.date());
        Event signed = event(analyze("The rebels signed the 2016 peace accord in Havana.", "2024-03-14"), "AGREE", "signed");
        assertEquals("2016", signed.date().value(), "the trigger's own year dates it");
    }

    @Test
    void aPronounPassesOverASubjectThatNamesNoPartyToTheSpeaker() {
        Analysis a = analyze("Armenia said Azerbaijani drones hit two of its border posts on Monday, and it launched"
                + " strikes on Azerbaijani positions.", "2024-03-14");
        Event hit = event(a, "ASSAULT", "hit");
        assertTrue(has(hit.source(), "Azerbaijani"), names(hit.source()));
        assertTrue(has(hit.target(), "ARM"), "'its border posts' are Armenia's: " + names(hit.target()));
        Event strikes = event(a, "ASSAULT", "strikes");
        assertTrue(has(strikes.source(), "ARM"), "'it' is Armenia, not the drones: " + names(strikes.source()));
    }

    @Test
    void aDeterminerParsedAsTheObjectStandsForTheWordsItModifies() {
        Event e = event(analyze("The Saudi foreign minister, who hosted the meeting, pledged an extra $200 million for the"
                + " relief operation in Sudan.", "2024-03-14"), "AID", "pledged");
        assertTrue(has(e.source(), "minister"), names(e.source()));
    }

    @Test
    void aGerundParsedAsTheModifierOfAPlaceNameIsItsVerb() {
        Event e = event(analyze("The Taliban stunned the world in 2021 by capturing Kunduz, a provincial capital in the north.",
                "2024-03-14"), "ASSAULT", "capturing");
        assertTrue(has(e.source(), "Taliban"), names(e.source()));
        assertEquals("Kunduz", e.place().place().name(), "Kunduz is what was captured: " + e.place());
    }
}
