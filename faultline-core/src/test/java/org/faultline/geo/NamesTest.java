package org.faultline.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NamesTest {

    @Test
    void normalizeFoldsCaseDiacriticsApostrophesAndHyphens() {
        assertEquals("al fallujah", Names.normalize("Al Fallūjah"));
        assertEquals("sanaa", Names.normalize("Sana'a"));
        assertEquals("sanaa", Names.normalize("Sana\u2019a"));
        assertEquals("nagorno karabakh", Names.normalize("Nagorno-Karabakh"));
        assertEquals("cote divoire", Names.normalize("Côte d'Ivoire"));
        assertEquals("lodz", Names.normalize("Łódź"));
        assertEquals("xankendi", Names.normalize("Xankəndi"));
    }

    @Test
    void keyFoldsJournalisticVariants() {
        assertEquals(Names.key("Fallujah"), Names.key("Falluja"));
        assertEquals(Names.key("Fallujah"), Names.key("al-Fallujah"));
        assertEquals(Names.key("Fallujah"), Names.key("Al Fallūjah"));
        assertEquals(Names.key("Raqqa"), Names.key("Ar Raqqah"));
        assertEquals(Names.key("Misrata"), Names.key("Misratah"));
        assertEquals(Names.key("The Hague"), Names.key("Hague"));
        assertEquals(Names.key("Ras al-Ain"), Names.key("Ras al Ain"));
        assertEquals("gaza strip", Names.key("the Gaza Strip"));
        assertEquals("al", Names.key("Al")); // an article alone is kept
    }

    @Test
    void adminSuffixAndCapitals() {
        assertEquals("saada", Names.withoutAdminSuffix(Names.key("Saada province")));
        assertNull(Names.withoutAdminSuffix(Names.key("Saada")));
        assertTrue(Names.isAllCaps("UAE"));
        assertTrue(Names.isAllCaps("U.S."));
        assertFalse(Names.isAllCaps("Hit"));
    }
}
