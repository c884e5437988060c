package org.faultline.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class JavaLiteralsTest {

    @Test
    void countsWordsAndPhrasesAndRegexAlternatives() {
        String src = """
                Set<String> S = Set.of("about", "at least", "n't", "Kabul");
                boolean b = w.matches("(?i).+-(backed|led)") || w.matches("backed|led|supported");
                """;
        assertEquals(List.of("about", "at least", "n't", "Kabul", "backed", "led", "supported"),
                JavaLiterals.englishWords(src));
    }

    @Test
    void ignoresCommentsTagsDependencyLabelsKeysAndEscapes() {
        String src = """
                // "these" "words" are in a comment
                /* "and" "these" */
                String a = "PERSON", b = "NNP", c = "nsubj", d = "nmod:poss", e = "obl|obj";
                String f = row.get("sector"), g = text(node, "iso3"), h = lexicon.words("group-nouns");
                String i = "\\t", j = "a\\tb", k = "generic:", l = "faultline/lexicon/en/x.txt";
                char m = '"';
                String n = "day";
                """;
        assertEquals(List.of("day"), JavaLiterals.englishWords(src));
    }
}
