package org.faultline.events;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.faultline.analysis.ActorRef;
import org.faultline.analysis.Event;

/**
 * Who fights whom in one article, read from its stated hostile events (either direction): for each side,
 * how often it is paired with each other actor. A state's government and forces are one side ("India",
 * "Indian troops"); any other actor is its own.
 */
final class Adversaries {
    private static final int MIN_LINKS = 1;

    private final Map<String, Map<String, Integer>> links = new HashMap<>();
    private final Map<String, String> sideOfId = new HashMap<>();

    /** The pairs of {@code events} whose type is one of {@code hostileTypes}. */
    Adversaries(List<Event> events, Set<String> hostileTypes) {
        for (Event e : events) {
            if (!hostileTypes.contains(e.type())) {
                continue;
            }
            for (ActorRef s : e.source()) {
                for (ActorRef t : e.target()) {
                    if (!side(s).equals(side(t))) {
                        link(s, t);
                        link(t, s);
                    }
                }
            }
        }
    }

    private void link(ActorRef from, ActorRef to) {
        links.computeIfAbsent(side(from), k -> new HashMap<>()).merge(to.id(), 1, Integer::sum);
        sideOfId.put(to.id(), side(to));
    }

    /**
     * The actor id on the side that {@code parties} are most often paired with, when that side is clearly
     * the main one (more pairs than any other) and not one of the parties' own; the id is the one of that
     * side paired most often.
     */
    Optional<String> of(List<ActorRef> parties) {
        Map<String, Integer> bySide = new HashMap<>();
        Map<String, Integer> byId = new HashMap<>();
        for (ActorRef p : parties) {
            links.getOrDefault(side(p), Map.of()).forEach((id, n) -> {
                bySide.merge(sideOfId.get(id), n, Integer::sum);
                byId.merge(id, n, Integer::sum);
            });
        }
        String best = null;
        int top = 0;
        int second = 0;
        for (Map.Entry<String, Integer> c : bySide.entrySet()) {
            if (c.getValue() > top) {
                second = top;
                top = c.getValue();
                best = c.getKey();
            } else if (c.getValue() > second) {
                second = c.getValue();
            }
        }
        String side = best;
        if (side == null || top < MIN_LINKS || top == second || parties.stream().anyMatch(p -> side(p).equals(side))) {
            return Optional.empty();
        }
        return byId.entrySet().stream().filter(c -> sideOfId.get(c.getKey()).equals(side))
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey);
    }

    private static String side(ActorRef a) {
        boolean state = "GOVERNMENT".equals(a.type()) || "STATE_FORCES".equals(a.type());
        return state && a.country() != null ? "state:" + a.country() : a.id();
    }
}
