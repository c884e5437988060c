package org.faultline.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ActorNamesTest {
    @Test
    void aSectorNamedAfterItsCountryReadsAsTheSectorOfTheCountry() {
        assertEquals("Government of Iraq", ActorNames.qualified("IRQ/GOV", "Iraq government", "IRQ"));
        assertEquals("Military of Russia", ActorNames.qualified("RUS/MIL", "Russia military", "RUS"));
    }

    @Test
    void aGenericDescriptionTakesItsCountry() {
        assertEquals("Unity government of Iraq", ActorNames.qualified("generic:unity government@IRQ", "government", "IRQ"));
        assertEquals("Police of Mexico", ActorNames.qualified("generic:police@MEX", "police", "MEX"));
    }

    @Test
    void namesThatStandAloneAreKept() {
        assertEquals("Islamic State", ActorNames.qualified("ISIS", "Islamic State", null));
        assertEquals("Peshmerga", ActorNames.qualified("PESHMERGA", "Peshmerga", "IRQ"));
        assertEquals("Iraq", ActorNames.qualified("IRQ", "Iraq", "IRQ"));
        assertEquals("Jabhat al-Nusra", ActorNames.qualified("NUSRA", "Jabhat al-Nusra", "SYR"));
        assertEquals("X1", ActorNames.qualified("X1", null, "IRQ"));
    }
}
