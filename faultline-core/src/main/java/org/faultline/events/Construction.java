package org.faultline.events;

import java.util.Set;
import org.faultline.nlp.DependencyPattern;
import org.faultline.text.ClosedVocabulary;

/**
 * One line of {@code events/constructions.tsv}: a dependency pattern naming the trigger and the roles
 * a construction of news prose puts around it ("X fell to Y": Y is the source, X the place lost).
 *
 * @param types   the trigger types it refines (empty: any)
 * @param retype  the PLOVER type it sets, or null to keep the trigger's
 * @param mode    the mode it sets, or null to keep the trigger's
 * @param origin  file:line, for messages
 */
public record Construction(String name, Set<String> types, String retype, String mode, Set<Flag> flags,
                           DependencyPattern pattern, String origin) {

    /** Node names a pattern may bind: the trigger and the roles. */
    public static final Set<String> NODES = Set.of("trigger", "source", "target", "place");

    /** The closed vocabulary of the flags column; an unknown flag fails at load. */
    public enum Flag implements ClosedVocabulary.Worded {
        /** The construction is a trigger itself: it makes an event where the dictionary found none. */
        CREATES("creates"),
        /** Roles the pattern does not bind are emptied, not left to the general role finder. */
        EXCLUSIVE("exclusive"),
        /** The source takes the place ("X fell to Y"): the relation extractor records CONTROLS. */
        CAPTURE("capture"),
        /** The construction reports a happening ("protests erupted"): it stands without a party when placed or dated. */
        OCCURS("occurs"),
        /** The construction says nothing happened ("there was no warning"): the trigger is no event. */
        DROP("drop"),
        /**
         * The roles it binds fill only roles the role finder left empty, and a state bound as target is
         * dropped when a source belongs to it; a match that fills nothing leaves the next construction to decide.
         */
        FILLS("fills"),
        /**
         * The trigger repeats the act told just before it with a source of its own ("Britain followed suit",
         * "Canada did the same"): with {@code creates}, the event takes that act's type, mode and target.
         */
        ECHO("echo"),
        /**
         * The act is done by saying it ("if Hezbollah violates the truce, we will attack" is a threat made now):
         * its modality is asserted whatever the tense of the clause.
         */
        SAID("said");

        private final String word;

        Flag(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }

    public boolean has(Flag flag) {
        return flags.contains(flag);
    }

    public boolean appliesTo(String type) {
        return types.isEmpty() || types.contains(type);
    }
}
