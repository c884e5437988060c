package org.faultline.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.faultline.analysis.EventDate;
import org.faultline.analysis.Span;
import org.faultline.nlp.Sentence;
import org.faultline.nlp.Token;
import org.junit.jupiter.api.Test;

/** Temporal anaphora on fixed sentences: no parser involved, only the phrases of time/anaphora.tsv. */
class TemporalAnaphoraTest {
    private final TemporalAnaphora anaphora = new TemporalAnaphora();

    private static Sentence sentence(String text) {
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (String w : text.split(" ")) {
            tokens.add(new Token(tokens.size(), w, w.toLowerCase(), "NN", "O", at, at + w.length()));
            at += w.length() + 1;
        }
        return new Sentence(0, 0, text.length(), tokens, List.of());
    }

    private static EventDate stated(String day) {
        return new EventDate(day, "day", new Span(0, 10), "text");
    }

    @Test
    void phrasesCountFromTheStatedDay() {
        assertEquals("2024-03-12", anaphora.date(sentence("Police arrested two men that day ."), stated("2024-03-12")).value());
        assertEquals("2024-03-11", anaphora.date(sentence("Shelling began the day before ."), stated("2024-03-12")).value());
        assertEquals("2024-03-15", anaphora.date(sentence("Three days later , the army withdrew ."), stated("2024-03-12")).value());
        assertEquals("2024-03-01", anaphora.date(sentence("A day later the town fell ."), stated("2024-02-29")).value());
    }

    @Test
    void noPhraseNoReferenceOrAnImpossibleDayGiveNothing() {
        assertNull(anaphora.date(sentence("The army withdrew on Monday ."), stated("2024-03-12")));
        assertNull(anaphora.date(sentence("Police arrested two men that day ."), null));
        assertNull(anaphora.date(sentence("Police arrested two men that day ."),
                new EventDate("2024-03", "month", new Span(0, 5), "text")));
        assertNull(anaphora.date(sentence("Police arrested two men that day ."), stated("2023-02-29")),
                "a day no calendar has anchors nothing, and does not fail the article");
        assertNull(anaphora.date(sentence("The ceasefire - signed in Doha - held ."), stated("2024-03-12")),
                "a lone dash is no N in 'N days later'");
    }
}
