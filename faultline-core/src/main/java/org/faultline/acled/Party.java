package org.faultline.acled;

import java.util.Set;
import org.faultline.analysis.ActorRef;
import org.faultline.text.ClosedVocabulary;

/** The kinds of party ACLED's sub-event types tell apart, from Faultline's actor types; NONE for an empty role. */
public enum Party implements ClosedVocabulary.Worded {
    STATE("STATE", Set.of("STATE_FORCES", "GOVERNMENT")),
    REBEL("REBEL", Set.of("REBEL", "JIHADIST")),
    MILITIA("MILITIA", Set.of("MILITIA")),
    PROTESTERS("PROTESTERS", Set.of("PROTESTERS")),
    CIVILIANS("CIVILIANS", Set.of("CIVILIANS", "PERSON", "MEDIA", "NGO")),
    EXTERNAL("EXTERNAL", Set.of("IGO")),
    OTHER("OTHER", Set.of()),
    NONE("NONE", Set.of());

    private final String word;
    private final Set<String> actorTypes;

    Party(String word, Set<String> actorTypes) {
        this.word = word;
        this.actorTypes = actorTypes;
    }

    @Override
    public String word() {
        return word;
    }

    static Party of(ActorRef a) {
        for (Party p : values()) {
            if (p.actorTypes.contains(a.type())) {
                return p;
            }
        }
        return OTHER;
    }
}
