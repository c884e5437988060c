package org.faultline.nlp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which sentences SUTime sees: any digit or time word, in the forms newspapers write them. */
class TimeCuesTest {
    private static final TimeCues CUES = TimeCues.bundled();

    private static boolean cue(String sentence) {
        return CUES.mayHoldTime(List.of(sentence.split(" ")));
    }

    @Test
    void digitsDatesAndRelativeTimesAreCues() {
        assertTrue(cue("Rebels attacked on 3 May ."));
        assertTrue(cue("The offensive began on Monday ."));
        assertTrue(cue("Talks resumed in Jan. after a pause ."));
        assertTrue(cue("Fighting lasted two weeks ."));
        assertTrue(cue("Witnesses at the time saw smoke ."));
        assertTrue(cue("The camp is now empty ."));
    }

    @Test
    void numbersAndRecurrencesInWordsAreCues() {
        assertTrue(cue("One soldier died ."), "numbers in words are read through SUTime");
        assertTrue(cue("It was the third raid ."));
        assertTrue(cue("The annual parade was cancelled ."));
        assertTrue(cue("He spent his twenties abroad ."));
    }

    @Test
    void sentencesWithoutTimeOrNumberWordsAreNot() {
        assertFalse(cue("Militants stormed the police station in Kunduz ."));
        assertFalse(cue("The ministry condemned the attack as a crime against civilians ."));
        assertFalse(cue("Sunni villagers fled toward the border ."), "'Sunni' is not 'sun'");
    }
}
