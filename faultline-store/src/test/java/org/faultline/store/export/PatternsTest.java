package org.faultline.store.export;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The key patterns of the export data files. */
class PatternsTest {
    @Test
    void patternsMatchExactlyByPrefixOrAnything() {
        assertTrue(Patterns.matches("PPL*", "PPLA"));
        assertTrue(Patterns.matches("ADM1", "ADM1"));
        assertTrue(Patterns.matches("*", null));
        assertTrue(!Patterns.matches("ADM1", "ADM2") && !Patterns.matches("PPL*", null));
    }
}
