package org.faultline.events;

import static org.faultline.TestPipeline.analyze;
import static org.faultline.TestPipeline.event;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.faultline.analysis.Event;
import org.junit.jupiter.api.Test;

/**
 * The attributes of an event told anywhere in its sentence: the mode from the weapon its clause (or the act
 * it results from) names, casualty figures in the forms reports use, and dates carried by temporal anaphora.
 * Sentences written for the test; published on Thursday 14 March 2024.
 */
class EventAttributesTest {
    private static final String PUBLISHED = "2024-03-14";

    @Test
    void theMeansOfTheMainActModeTheKillingItCaused() {
        Event e = event(analyze("Riot police used live ammunition against striking miners in Potosi, killing three.",
                PUBLISHED), "ASSAULT", "killing");
        assertEquals("firearms", e.mode());
    }

    @Test
    void glideBombsAreAerialAndHeavyWeaponsAreHeavy() {
        assertEquals("aerial", event(analyze("Russian forces pounded Kupiansk with glide bombs on Tuesday.", PUBLISHED),
                "ASSAULT", "pounded").mode());
        assertEquals("heavy-weapons", event(analyze("The rebels attacked the garrison at Kalehe with heavy weapons.",
                PUBLISHED), "ASSAULT", "attacked").mode());
    }
}
