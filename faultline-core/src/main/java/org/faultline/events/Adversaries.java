package org.faultline.events;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.faultline.actors.ActorMention;
import org.faultline.analysis.ActorRef;
import org.faultline.analysis.Event;

/**
 * Who fights whom in one article, read from its stated hostile events: for each pair of sides, how often
 * each acted on the other. A state's government and forces are one side ("India", "Indian troops"); any
 * other organised actor is its own; victims ("at least 28 people") are no side. Two sides are adversaries
 * when one attacked the other (a {@code war} type), when each acted on the other, or when one acted on
 * the other at least twice: a single sanction or arrest does not make a war.
 */
final class Adversaries {
    private static final int ONE_SIDED_LINKS = 2;
    private static final Set<String> ARMED = Set.of("STATE_FORCES", "REBEL", "MILITIA", "JIHADIST");

    /** acts.get(a).get(b): how often side a acted on side b. */
    private final Map<String, Map<String, Integer>> acts = new HashMap<>();
    private final Map<String, Set<String>> idsOfSide = new HashMap<>();
    private final Map<String, Integer> mentionsOf = new HashMap<>();

    /**
     * The pairs of {@code events} that are {@code hostile}; a pair of a {@code war} act counts
     * {@value #ONE_SIDED_LINKS} times, enough alone.
     */
    Adversaries(List<Event> events, Predicate<Event> hostile, Predicate<Event> war, List<ActorMention> mentions) {
        mentions.forEach(m -> mentionsOf.merge(m.id(), 1, Integer::sum));
        for (Event e : events) {
            if (!hostile.test(e)) {
                continue;
            }
            for (ActorRef s : e.source()) {
                for (ActorRef t : e.target()) {
                    if (!side(s).equals(side(t)) && isParty(s) && isParty(t)) {
                        acts.computeIfAbsent(side(s), k -> new HashMap<>()).merge(side(t),
                                war.test(e) ? ONE_SIDED_LINKS : 1, Integer::sum);
                        idsOfSide.computeIfAbsent(side(s), k -> new HashSet<>()).add(s.id());
                        idsOfSide.computeIfAbsent(side(t), k -> new HashSet<>()).add(t.id());
                    }
                }
            }
        }
    }

    /**
     * The adversary of {@code parties}: the side they are most often paired with, when it is clearly the
     * main one (more pairs than any other) and not one of their own, named by that side's actor the
     * article mentions most ("India" rather than "the Indian defence ministry").
     */
    Optional<String> of(List<ActorRef> parties) {
        Set<String> own = new HashSet<>();
        parties.forEach(p -> own.add(side(p)));
        Map<String, Integer> pairs = new HashMap<>();
        for (String side : acts.keySet()) {
            for (String mine : own) {
                int out = count(mine, side);
                int in = count(side, mine);
                if (!own.contains(side) && (out > 0 && in > 0 || out + in >= ONE_SIDED_LINKS)) {
                    pairs.merge(side, out + in, Integer::sum);
                }
            }
        }
        for (String mine : own) {
            acts.getOrDefault(mine, Map.of()).forEach((side, n) -> {
                if (!own.contains(side) && !pairs.containsKey(side) && n >= ONE_SIDED_LINKS) {
                    pairs.put(side, n);
                }
            });
        }
        String best = null;
        int top = 0;
        int second = 0;
        for (Map.Entry<String, Integer> c : pairs.entrySet()) {
            if (c.getValue() > top) {
                second = top;
                top = c.getValue();
                best = c.getKey();
            } else if (c.getValue() > second) {
                second = c.getValue();
            }
        }
        if (best == null || top == second) {
            return Optional.empty();
        }
        return idsOfSide.get(best).stream().max(java.util.Comparator.<String>comparingInt(
                id -> mentionsOf.getOrDefault(id, 0)).thenComparing(java.util.Comparator.reverseOrder()));
    }

    private int count(String from, String to) {
        return acts.getOrDefault(from, Map.of()).getOrDefault(to, 0);
    }

    /** An organised side: a known actor or an armed group. */
    private static boolean isParty(ActorRef a) {
        return !"CIVILIANS".equals(a.type()) && (a.known() || ARMED.contains(a.type()));
    }

    private static String side(ActorRef a) {
        boolean state = "GOVERNMENT".equals(a.type()) || "STATE_FORCES".equals(a.type());
        return state && a.country() != null ? "state:" + a.country() : a.id();
    }
}
