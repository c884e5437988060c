package org.faultline.relations;

import java.util.Set;
import org.faultline.nlp.DependencyPattern;

/**
 * One line of {@code relations/constructions.tsv}: a dependency pattern naming the cue and the parties
 * a construction of news prose relates ("Manbij, a city held by the SDF": the SDF controls Manbij).
 *
 * @param type   SUPPORTS, ALLIED, HOSTILE, PART_OF, CONTROLS, or SAME_AS (a description and a name that
 *               denote one actor in this article: "insurgents, known as al-Shabab")
 * @param origin file:line, for messages
 */
record RelationConstruction(String name, String type, Set<Flag> flags, DependencyPattern pattern, String origin) {

    /** Node names a pattern may bind. */
    static final Set<String> NODES = Set.of("cue", "source", "target", "place");

    static final Set<String> TYPES = Set.of("SUPPORTS", "ALLIED", "HOSTILE", "PART_OF", "CONTROLS", "SAME_AS");

    /** The closed vocabulary of the flags column; an unknown flag fails at load. */
    enum Flag {
        /** The statement ends the relation ("lost control of", "withdrew from"): it dates an end, never a start. */
        ENDS("ends"),
        /** The source's conjuncts stand in the relation with one another ("an alliance formed by X and Y"). */
        PAIRWISE("pairwise"),
        /** The source takes the place: whoever held it before is hostile to the taker and loses it. */
        CAPTURE("capture");

        private final String word;

        Flag(String word) {
            this.word = word;
        }

        String word() {
            return word;
        }

        static Flag of(String word, String where) {
            for (Flag f : values()) {
                if (f.word.equals(word)) {
                    return f;
                }
            }
            throw new IllegalArgumentException(where + ": unknown relation construction flag '" + word + "'");
        }
    }

    boolean has(Flag flag) {
        return flags.contains(flag);
    }
}
