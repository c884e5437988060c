package org.faultline.store;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.faultline.text.DataFiles;

/**
 * The side of an armed conflict an actor type stands on ({@code faultline/dedup/actor-sides.tsv}):
 * what lets "militants" and "the Syrian army" be told apart as attackers though one is not named.
 */
final class ActorSides {
    static final String FILE = "faultline/dedup/actor-sides.tsv";

    private final Map<String, String> sides = new HashMap<>();

    /** {@code knownTypes}: the actor types in use; a line naming another type fails. */
    ActorSides(Set<String> knownTypes, List<DataFiles.Line> lines) {
        for (TwoColumns c : TwoColumns.of(FILE, lines)) {
            if (!knownTypes.contains(c.key())) {
                throw c.error("unknown actor type " + c.key() + "; known: " + knownTypes);
            }
            if (sides.put(c.key(), c.value()) != null) {
                throw c.error(c.key() + " is listed twice");
            }
        }
    }

    static ActorSides bundled() {
        return Bundled.INSTANCE;
    }

    private static final class Bundled {
        static final ActorSides INSTANCE = new ActorSides(CoreVocabulary.actorTypes(), DataFiles.lines(FILE));
    }

    /** The side of actors of this type, or null when it takes none (civilians, journalists, IGOs). */
    String side(String type) {
        return type == null ? null : sides.get(type);
    }
}
