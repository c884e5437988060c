package org.faultline.events;

import org.faultline.text.ClosedVocabulary;

/**
 * The closed vocabulary of the trigger dictionary's flags column. A flag the loader does not know
 * fails at load with file and line, so the data cannot promise behaviour no code gives.
 */
public enum TriggerFlag implements ClosedVocabulary.Worded {
    /** Mutual fighting: either party may be the source; the relation extractor records HOSTILE. */
    SYMMETRIC("symmetric"),
    /** Kept only when the trigger has a source or target ("struck", "target" are too common alone). */
    NEEDS_ACTOR("needs-actor"),
    /** Negated, the act is a refusal: "did not sign" is REJECT. */
    NEGATED_REJECT("negated-type=REJECT"),
    /** Kept only when an armed actor is the source (a retreat; civilians fleeing is displacement). */
    ARMED_SOURCE("armed-source"),
    /** The grammatical subject is the victim ("came under attack", "fell to the rebels"); "by"/"to" names the source. */
    VICTIM_SUBJECT("victim-subject"),
    /**
     * People as the object are taken, not attacked: by state forces an arrest ("soldiers captured three
     * fighters" is COERCE/arrest), by others an abduction of the unarmed ("gunmen seized 15 pupils").
     */
    PEOPLE_OBJECT("people-object");

    private final String word;

    TriggerFlag(String word) {
        this.word = word;
    }

    @Override
    public String word() {
        return word;
    }
}
