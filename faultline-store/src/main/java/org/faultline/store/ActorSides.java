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
        for (DataFiles.Line l : lines) {
            String[] f = l.text().strip().split("\t");
            String where = FILE + ":" + l.number() + ": ";
            if (f.length != 2) {
                throw new IllegalStateException(where + "expected 2 tab-separated columns");
            }
            if (!knownTypes.contains(f[0])) {
                throw new IllegalStateException(where + "unknown actor type " + f[0] + "; known: " + knownTypes);
            }
            if (sides.put(f[0], f[1]) != null) {
                throw new IllegalStateException(where + f[0] + " is listed twice");
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
