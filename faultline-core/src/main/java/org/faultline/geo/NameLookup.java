package org.faultline.geo;

import java.util.List;

/**
 * The gazetteer as recognition asks it, with short names held to their exact form: a key under four
 * letters matches only entries whose own name it is ("Wa", not the "Kan" that is one of Ganzhou's
 * many alternate names), and an abbreviation with a full stop ("Fla.", "Que.") matches only the
 * curated entries that list it ("U.S."); state abbreviations are read as qualifiers only.
 */
final class NameLookup {
    /** Keys shorter than this match only an entry's own name, never an alternate one. */
    private static final int MIN_ALTERNATE_KEY = 4;

    private final Gazetteer gazetteer;

    NameLookup(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The entries for a surface, short names held to their exact form. */
    List<GeoCandidate> lookup(String surface) {
        List<GeoCandidate> cands = gazetteer.lookup(surface);
        String key = Names.key(surface).replace(" ", "");
        if (cands.isEmpty() || key.length() >= MIN_ALTERNATE_KEY) {
            return cands;
        }
        boolean abbreviation = surface.endsWith(".");
        return cands.stream().filter(c -> abbreviation ? c.kind() == GeoKind.COUNTRY || c.kind().curated()
                : c.primaryMatch()).toList();
    }

    /** Every entry for a surface, alternate names of any length included. */
    List<GeoCandidate> all(String surface) {
        return gazetteer.lookup(surface);
    }

    boolean has(String key) {
        return gazetteer.has(key);
    }
}
