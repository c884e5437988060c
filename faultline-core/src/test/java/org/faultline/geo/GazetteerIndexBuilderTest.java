package org.faultline.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The build-time index builder (src/build/java, compiled with these tests): which names it keeps. */
class GazetteerIndexBuilderTest {

    @Test
    void alternateNameCleaning() {
        assertTrue(GazetteerIndexBuilder.keepAlternate("Hudaydah"));
        assertTrue(GazetteerIndexBuilder.keepAlternate("Şan‘ā’"));
        assertFalse(GazetteerIndexBuilder.keepAlternate("BGW"));        // IATA
        assertFalse(GazetteerIndexBuilder.keepAlternate("ORBI"));       // ICAO
        assertFalse(GazetteerIndexBuilder.keepAlternate("صنعاء"));       // Arabic script
        assertFalse(GazetteerIndexBuilder.keepAlternate("Сана"));        // Cyrillic
        assertFalse(GazetteerIndexBuilder.keepAlternate("bghdad"));      // lower-case transliteration
        assertFalse(GazetteerIndexBuilder.keepAlternate("https://en.wikipedia.org/wiki/Baghdad"));
        assertEquals("Zangilan", GazetteerIndexBuilder.stripAdminWords("Zangilan District"));
        assertEquals("Shusha", GazetteerIndexBuilder.stripAdminWords("Shusha City"));
    }
}
