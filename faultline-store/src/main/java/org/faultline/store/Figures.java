package org.faultline.store;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The casualty figures of a happening, merged from its reports. The figure kept is the best attested:
 * the one the most articles give (an article repeating its figure counts once), else the highest, since
 * early reports undercount; the lowest would carry a first report's toll into every export.
 */
final class Figures {
    private Figures() {
    }

    /** Per count type, the best-attested figure. */
    static Map<String, Long> best(List<EventMention> members) {
        Map<String, Long> out = new TreeMap<>();
        byFigure(members).forEach((type, articles) -> out.put(type, articles.entrySet().stream()
                .max(Map.Entry.<Long, Set<String>>comparingByValue((x, y) -> Integer.compare(x.size(), y.size()))
                        .thenComparing(Map.Entry.comparingByKey()))
                .orElseThrow().getKey()));
        return out;
    }

    /** Per count type, the lowest and highest figure reported. */
    static Map<String, CanonicalEvent.Range> ranges(List<EventMention> members) {
        Map<String, CanonicalEvent.Range> out = new TreeMap<>();
        byFigure(members).forEach((type, articles) -> out.put(type,
                new CanonicalEvent.Range(articles.firstKey(), articles.lastKey())));
        return out;
    }

    /** Count type to figure to the articles that give it. */
    private static Map<String, TreeMap<Long, Set<String>>> byFigure(List<EventMention> members) {
        Map<String, TreeMap<Long, Set<String>>> out = new TreeMap<>();
        for (EventMention m : members) {
            m.counts().forEach((type, n) -> out.computeIfAbsent(type, k -> new TreeMap<>())
                    .computeIfAbsent(n, k -> new HashSet<>()).add(m.articleId()));
        }
        return out;
    }
}
