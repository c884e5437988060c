package org.faultline.events;

import java.util.List;
import java.util.Set;

/**
 * One line of the trigger dictionary: a lemma (or contiguous lemma sequence) with optional dependency
 * constraints on the head, the part of speech it must have, and the PLOVER type, mode and flags it
 * signals. {@code origin} is "file:line" for error messages.
 */
public record TriggerPattern(List<String> lemmas, List<DepConstraint> constraints, String pos, String type,
                             String mode, Set<TriggerFlag> flags, String origin) {

    /** The head child a pattern requires: a relation (prefix match) and allowed lemmas (empty: any). */
    public record DepConstraint(String relation, Set<String> lemmas) {
    }

    /** Index of the head token within {@link #lemmas()}: first for verbs, last for nouns. */
    public int headOffset() {
        return pos.equals("N") ? lemmas.size() - 1 : 0;
    }

    public String headLemma() { return lemmas.get(headOffset()); }

    public boolean has(TriggerFlag flag) { return flags.contains(flag); }

    /** More specific patterns win when several match the same head. */
    public int specificity() { return lemmas.size() * 2 + constraints.size() * 3; }
}
