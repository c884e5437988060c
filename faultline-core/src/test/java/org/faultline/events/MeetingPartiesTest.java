package org.faultline.events;

import static org.faultline.TestPipeline.analyze;
import static org.faultline.TestPipeline.events;
import static org.faultline.TestPipeline.has;
import static org.faultline.TestPipeline.names;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.faultline.analysis.Analysis;
import org.faultline.analysis.Event;
import org.junit.jupiter.api.Test;

/**
 * "His Turkish counterpart": in diplomatic reporting a counterpart is the other state's official, named by
 * the nationality it carries. Sentences written for the test, not taken from any corpus.
 */
class MeetingPartiesTest {

    @Test
    void aCounterpartWithANationalityIsThatStatesOfficial() {
        Analysis a = analyze("Greek Foreign Minister Nikos Dendias met his Turkish counterpart in Ankara on Thursday.", "2021-04-16");
        assertFalse(events(a, "CONSULT").isEmpty(), a.events().toString());
        Event e = events(a, "CONSULT").get(0);
        assertTrue(has(e.target(), "TUR/GOV") || has(e.target(), "TUR") || has(e.target(), "Turkish counterpart"),
                names(e.target()));
    }
}
