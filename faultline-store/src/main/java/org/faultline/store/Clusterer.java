package org.faultline.store;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Groups event mentions into happenings. Complete linkage: a mention joins a cluster only if it is the
 * same happening as every member, so two different attacks cannot be chained together through a vague
 * third report. Mentions are visited in an order fixed by their content (type, most precise date
 * first, then date, then event id) and each joins the largest compatible cluster (the earliest made
 * on a tie), so the result does not depend on the order articles were stored in. Precise reports are
 * visited first, so a vague one ("in June, in Iraq") joins the best-supported happening it fits.
 * Candidate clusters are looked up by (type, role, actor, month) so that a store of many events is not
 * compared pair by pair.
 */
public final class Clusterer {
    private static final Comparator<EventMention> ORDER = Comparator.comparing(EventMention::type)
            .thenComparing(m -> m.date() == null ? 0 : -m.date().rank())
            .thenComparing(m -> m.date() == null ? LocalDate.MAX : m.date().first())
            .thenComparing(m -> -placeRank(m))
            .thenComparing(EventMention::eventId);

    private final SameHappening rule;

    public Clusterer(SameHappening rule) {
        this.rule = rule;
    }

    /** The clusters, each sorted by event id, in the order of their first event id. */
    public List<List<EventMention>> cluster(Collection<EventMention> mentions) {
        List<EventMention> order = new ArrayList<>(mentions);
        order.sort(ORDER);
        List<List<EventMention>> clusters = new ArrayList<>();
        Map<String, List<Integer>> index = new HashMap<>();
        for (EventMention m : order) {
            Set<String> keys = keys(m);
            Set<Integer> candidates = new TreeSet<>();
            for (String k : keys) {
                candidates.addAll(index.getOrDefault(k, List.of()));
            }
            int chosen = -1;
            for (int ci : candidates) {
                List<EventMention> c = clusters.get(ci);
                if ((chosen < 0 || c.size() > clusters.get(chosen).size()) && c.stream().allMatch(o -> rule.test(m, o))) {
                    chosen = ci;
                }
            }
            if (chosen < 0) {
                chosen = clusters.size();
                clusters.add(new ArrayList<>());
            }
            clusters.get(chosen).add(m);
            for (String k : keys) {
                List<Integer> at = index.computeIfAbsent(k, x -> new ArrayList<>());
                if (at.isEmpty() || at.get(at.size() - 1) != chosen) {
                    at.add(chosen);
                }
            }
        }
        for (List<EventMention> c : clusters) {
            c.sort(Comparator.comparing(EventMention::eventId));
        }
        clusters.sort(Comparator.comparing(c -> c.get(0).eventId()));
        return clusters;
    }

    /**
     * Blocking keys: type, each identified actor with its role (a match needs one in common, see
     * {@link RoleMatch}), each month the (tolerance-widened) date can fall in.
     */
    private Set<String> keys(EventMention m) {
        Set<String> months = new TreeSet<>();
        if (m.date() == null) {
            months.add("-");
        } else {
            int t = m.date().precision().equals("day") ? rule.dayTolerance() : 0;
            YearMonth last = YearMonth.from(m.date().last().plusDays(t));
            for (YearMonth ym = YearMonth.from(m.date().first().minusDays(t)); !ym.isAfter(last); ym = ym.plusMonths(1)) {
                months.add(ym.toString());
            }
        }
        Set<String> keys = new TreeSet<>();
        for (EventMention.Participant p : m.actors()) {
            if (!p.specificity().identified()) {
                continue;
            }
            for (String actor : RoleMatch.keys(p)) {
                for (String month : months) {
                    keys.add(m.type() + '\u0000' + p.role() + '\u0000' + actor + '\u0000' + month);
                }
            }
        }
        return keys;
    }

    static int placeRank(EventMention m) {
        if (m.place() == null) {
            return 0;
        }
        return switch (String.valueOf(m.place().precision())) {
            case "point" -> 4;
            case "admin2", "admin1" -> 3;
            case "country" -> 2;
            default -> 1;
        };
    }
}
