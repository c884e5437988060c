package org.faultline.relations;

import org.faultline.actors.KnowledgeBase;
import org.faultline.actors.StateEntry;
import org.faultline.analysis.ActorRef;
import org.faultline.analysis.Span;

/**
 * A state named by its adjective inside another actor's name: "Turkish-backed factions" is a name of the
 * Syrian National Army, and its "Turkish" is Turkey, the backer.
 */
final class StateAdjectives {
    private final KnowledgeBase kb;

    StateAdjectives(KnowledgeBase kb) {
        this.kb = kb;
    }

    /** The state a nationality adjective or state name names, or null. */
    ActorRef of(String word, Span mention) {
        String iso3 = kb.countryOfAdjective(word);
        StateEntry state = iso3 == null ? null : kb.state(iso3);
        if (state == null) {
            return null;
        }
        return new ActorRef(iso3, state.name(), word, iso3, "GOVERNMENT", true, mention);
    }
}
