package org.faultline.events;

import static org.faultline.TestPipeline.analyze;
import static org.faultline.TestPipeline.event;
import static org.faultline.TestPipeline.has;
import static org.faultline.TestPipeline.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
