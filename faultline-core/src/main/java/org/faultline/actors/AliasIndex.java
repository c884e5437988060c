package org.faultline.actors;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.faultline.text.Normalizer;

/**
 * Alias lookup: acronyms ("UN", "SDF") match case-sensitively, other names case-insensitively.
 * Candidates keep knowledge-base order so the resolver can prefer by date and type.
 */
public final class AliasIndex {
    private final Map<String, List<ActorEntry>> exact = new HashMap<>();
    private final Map<String, List<ActorEntry>> folded = new HashMap<>();
    private int maxWords = 1;

    AliasIndex(Collection<ActorEntry> entries) {
        for (ActorEntry e : entries) {
            List<String> names = new ArrayList<>(e.aliases());
            if (e.name() != null && e.sector() == null) {
                names.add(e.name());
            }
            for (String alias : names) {
                String a = alias.strip();
                if (a.isEmpty()) {
                    continue;
                }
                if (a.regionMatches(true, 0, "the ", 0, 4)) {
                    a = a.substring(4);
                }
                boolean acronym = Normalizer.isAcronym(a);
                if (acronym) {
                    put(exact, Normalizer.fold(a), e);
                }
                // Long acronyms are written as words too ("Isis", "Nato"); short ones ("US", "IS") never.
                if (!acronym || a.replace(".", "").length() >= 4) {
                    put(folded, Normalizer.key(a), e);
                }
                maxWords = Math.max(maxWords, a.split(" ").length);
            }
        }
    }

    private static void put(Map<String, List<ActorEntry>> into, String key, ActorEntry e) {
        List<ActorEntry> list = into.computeIfAbsent(key, k -> new ArrayList<>());
        if (!list.contains(e)) {
            list.add(e);
        }
    }

    /** Entries named exactly by this surface text (already trimmed), or an empty list. */
    public List<ActorEntry> lookup(String surface) {
        String f = Normalizer.fold(surface);
        List<ActorEntry> hit = exact.get(f);
        if (hit != null) {
            return hit;
        }
        if (Normalizer.isAcronym(f) && f.length() < 4) {
            return List.of(); // "US" must not match the pronoun "us"; "NATO" may still match "Nato"
        }
        return folded.getOrDefault(f.toLowerCase(java.util.Locale.ROOT), List.of());
    }

    public int maxWords() { return maxWords; }
}
