package org.faultline.events;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The closed vocabulary of the trigger dictionary's flags column. A flag the loader does not know
 * fails at load with file and line, so the data cannot promise behaviour no code gives.
 */
public enum TriggerFlag {
    /** Mutual fighting: either party may be the source; the relation extractor records HOSTILE. */
    SYMMETRIC("symmetric"),
    /** Kept only when the trigger has a source or target ("struck", "target" are too common alone). */
    NEEDS_ACTOR("needs-actor"),
    /** Negated, the act is a refusal: "did not sign" is REJECT. */
    NEGATED_REJECT("negated-type=REJECT"),
    /** Kept only when an armed actor is the source (a retreat; civilians fleeing is displacement). */
    ARMED_SOURCE("armed-source"),
    /** The grammatical subject is the victim ("came under attack", "fell to the rebels"); "by"/"to" names the source. */
    VICTIM_SUBJECT("victim-subject");

    private final String word;

    TriggerFlag(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    public static TriggerFlag of(String word, String where) {
        for (TriggerFlag f : values()) {
            if (f.word.equals(word)) {
                return f;
            }
        }
        throw new IllegalArgumentException(where + ": unknown flag '" + word + "' (known: "
                + Arrays.stream(values()).map(TriggerFlag::word).collect(Collectors.joining(", ")) + ")");
    }
}
