package org.faultline.actors;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.faultline.analysis.Actor;
import org.faultline.analysis.Span;

/**
 * Groups an article's actor mentions into one {@link Actor} per identity, with every mention.
 * Generic agents ("protesters") are listed only when they take part in an event or relation, so the
 * actor list stays a list of parties rather than of nouns.
 */
public final class ActorDirectory {
    private ActorDirectory() {
    }

    public static List<Actor> build(List<ActorMention> mentions, Set<String> participantIds) {
        Map<String, List<ActorMention>> byId = new LinkedHashMap<>();
        for (ActorMention m : mentions) {
            if (m.kind() == ActorMention.Kind.GENERIC && !participantIds.contains(m.id())) {
                continue;
            }
            byId.computeIfAbsent(m.id(), k -> new ArrayList<>()).add(m);
        }
        List<Actor> out = new ArrayList<>();
        for (List<ActorMention> ms : byId.values()) {
            ActorMention first = ms.get(0);
            Set<String> aliases = new LinkedHashSet<>();
            List<Span> spans = new ArrayList<>();
            for (ActorMention m : ms) {
                aliases.add(m.text());
                spans.add(m.span());
            }
            out.add(new Actor(first.id(), first.name(), first.type(), first.country(), sectorOf(first.id()),
                    first.parent(), first.known(), List.copyOf(aliases), List.copyOf(spans)));
        }
        return out;
    }

    private static String sectorOf(String id) {
        int slash = id.indexOf('/');
        return slash > 0 && !id.contains(":") ? id.substring(slash + 1) : null;
    }
}
