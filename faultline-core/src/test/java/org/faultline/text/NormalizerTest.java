package org.faultline.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Folding: plain ASCII names come back as they are, everything else is normalised. */
class NormalizerTest {

    @Test
    void foldsMarksQuotesDashesAndSpaces() {
        assertEquals("Sao Tome", Normalizer.fold("São Tomé"));
        assertEquals("Boko Haram's", Normalizer.fold(" Boko\t Haram\u2019s  "));
        assertEquals("al-Shabab 'x'", Normalizer.fold("al\u2013Shabab `x`"));
        assertEquals("ISIS", Normalizer.fold("\uFF29\uFF33\uFF29\uFF33")); // fullwidth letters decompose (NFKD)
        assertEquals("nato", Normalizer.key("NATO"));
    }

    @Test
    void asciiNamesAlreadyFoldedComeBackUnchanged() {
        for (String s : List.of("", "x", "Hayat Tahrir al-Sham", "U.S.", "R&D (RSF)", "a b")) {
            assertEquals(s, Normalizer.fold(s));
        }
        for (String s : List.of(" a", "a ", "a  b", "a\tb", "a`b", "a\nb")) {
            assertEquals(s.strip().replaceAll("\\s+", " ").replace('`', '\''), Normalizer.fold(s), s);
        }
    }
}
