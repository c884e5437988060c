package org.faultline.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class LexiconTest {

    @Test
    void readsWordsSkippingCommentsBlanksAndRepeats() {
        assertEquals(Set.of("alpha", "beta"), Lexicon.of("xx").words("letters"));
    }

    @Test
    void oneInstancePerLanguage() {
        assertSame(Lexicon.english(), Lexicon.of("en"));
    }

    @Test
    void malformedOrRepeatedTableLinesFailWithFileAndLine() {
        IllegalStateException broken = assertThrows(IllegalStateException.class, () -> Lexicon.of("xx").table("broken"));
        assertEquals("faultline/lexicon/xx/broken.tsv:3: expected word<TAB>value", broken.getMessage());
        IllegalStateException twice = assertThrows(IllegalStateException.class, () -> Lexicon.of("xx").table("twice"));
        assertEquals("faultline/lexicon/xx/twice.tsv:2: second line for alpha", twice.getMessage());
    }

    @Test
    void numbersAreReadAsNumbersAndAValueThatIsNoneFailsNamingItsWord() {
        assertEquals(java.util.Map.of("one", 1.0, "half", 0.5), Lexicon.of("xx").numbers("fractions"));
        IllegalStateException bad = assertThrows(IllegalStateException.class, () -> Lexicon.of("xx").numbers("amounts"));
        assertEquals("faultline/lexicon/xx/amounts.tsv: many: 'lots' is not a number", bad.getMessage());
    }

    @Test
    void missingConceptFails() {
        assertThrows(IllegalStateException.class, () -> Lexicon.english().words("no-such-concept"));
    }

    /** Every English concept file is read by production code: a file nobody reads is knowledge that does nothing. */
    @Test
    void everyConceptFileIsRead() throws IOException {
        Path dir = Path.of("src/main/resources/faultline/lexicon/en");
        String sources;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            StringBuilder all = new StringBuilder();
            for (Path p : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                all.append(Files.readString(p));
            }
            sources = all.toString();
        }
        List<String> unread = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                String concept = name.substring(0, name.lastIndexOf('.'));
                if (!sources.contains("\"" + concept + "\"") && !sources.contains("lexicon/en/" + name + "\"")) {
                    unread.add(name);
                }
            }
        }
        assertTrue(unread.isEmpty(), "lexicon files no code reads: " + unread);
    }
}
