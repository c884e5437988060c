package org.faultline.geo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Chooses one gazetteer entry per name and article (one sense per discourse). Each candidate gets a
 * prior (population, feature class, capitals, countries and curated entries first) plus context:
 * the article's country focus (the countries of the other places, weighted by mentions), the actor
 * country hints, proximity to the other places, and the cues around its mentions (container,
 * distance, nationality adjective, "province"). Choices feed each other's context, so scoring runs
 * a few rounds, starting from the names that are not ambiguous.
 */
final class Disambiguator {

    private static final int ROUNDS = 4;
    private static final double NEAR_KM = 500;
    /** How far a place stated to be in a town or district may lie from that town's point. */
    static final double QUARTER_KM = 60;
    /**
     * "Kaduna state", "Idlib province": the division word says a division is meant, enough to beat a
     * large city of the same name (Kaduna, 1.5 million) whose prior is a few points higher.
     */
    private static final double ADMIN_SUFFIX = 5.0;

    /** All mentions that share a lookup key, and the entry chosen for them. */
    static final class Group {
        final String key;
        final List<RawMention> mentions = new ArrayList<>();
        final List<GeoCandidate> candidates = new ArrayList<>();
        GeoCandidate choice;
        double margin;
        /** Why the choice won: "unique", "prior", "qualifier" or "context" (see {@code Place.resolvedBy}). */
        String reason;

        Group(String key) {
            this.key = key;
        }

        void add(RawMention m) {
            mentions.add(m);
            for (GeoCandidate c : m.candidates) {
                if (candidates.stream().noneMatch(x -> x.index() == c.index())) {
                    candidates.add(c);
                }
            }
        }
    }

    Map<String, Group> resolve(List<RawMention> mentions, Collection<String> hints) {
        Map<String, Group> groups = new LinkedHashMap<>();
        for (RawMention m : mentions) {
            groups.computeIfAbsent(m.key, Group::new).add(m);
        }
        Map<RawMention, Group> groupOf = new IdentityHashMap<>();
        for (Group g : groups.values()) {
            for (RawMention m : g.mentions) {
                groupOf.put(m, g);
            }
        }
        Set<String> hintSet = hints == null ? Set.of() : Set.copyOf(hints);
        Set<Integer> colocated = colocated(groups.values());
        Map<Group, List<RawMention>> qualifiedBy = new IdentityHashMap<>();
        for (RawMention m : mentions) {
            if (m.container != null && groupOf.get(m.container) != null) {
                qualifiedBy.computeIfAbsent(groupOf.get(m.container), k -> new ArrayList<>()).add(m);
            }
        }

        // round 0: priors and hints only; the unambiguous choices seed the context
        for (Group g : groups.values()) {
            choose(g, c -> prior(c) + hint(c, hintSet));
        }
        for (int round = 0; round < ROUNDS; round++) {
            boolean seedOnly = round == 0;
            List<Group> all = new ArrayList<>(groups.values());
            boolean changed = false;
            for (Group g : all) {
                Map<String, Double> share = countryShare(all, g, seedOnly);
                GeoCandidate before = g.choice;
                List<RawMention> qualifiedNames = qualifiedBy.getOrDefault(g, List.of());
                boolean countryName = g.candidates.stream().anyMatch(c -> c.kind() == GeoKind.COUNTRY);
                Map<String, Integer> divisions = divisionsChosen(all, g, seedOnly);
                choose(g, c -> prior(c) + hint(c, hintSet) + context(c, countryName, share, g, all, seedOnly,
                        divisions, colocated) + cues(c, g, groupOf) + containerOf(c, g, qualifiedNames));
                changed |= before != g.choice && (before == null || before.index() != g.choice.index());
            }
            if (!changed && round > 0) {
                break;
            }
        }
        for (Group g : groups.values()) {
            g.reason = reason(g, groupOf);
        }
        return groups;
    }

    /**
     * Why a group's choice won: it is the only entry of the name, the one the prior alone picks, the
     * one an explicit qualifier ("X, Y" with Y a containing division or country) favours over the
     * prior's pick, or else the one the article's context favoured.
     */
    private static String reason(Group g, Map<RawMention, Group> groupOf) {
        if (g.choice == null) {
            return null;
        }
        if (g.candidates.size() == 1) {
            return "unique";
        }
        GeoCandidate byPrior = g.candidates.stream().max(java.util.Comparator.comparingDouble(Disambiguator::prior))
                .orElseThrow();
        if (byPrior.index() == g.choice.index()) {
            return "prior";
        }
        return qualified(g.choice, g, groupOf) > qualified(byPrior, g, groupOf) ? "qualifier" : "context";
    }

    /**
     * A town or county named like a country ("China", Texas; "Mexico", Missouri) takes the name only
     * when the text qualifies it ("China, Texas"), a cue points to it, or the article is local to it
     * (names its state and a county beside it: "Palestine" with "Anderson County, Texas"): the
     * country's focus and nearby places say where the article is, not that its writer means a town of
     * 1,000 people rather than the country.
     */
    private static boolean townSharingCountryName(GeoCandidate c, boolean countryName) {
        return countryName && (c.kind() == GeoKind.CITY || c.kind() == GeoKind.ADMIN2);
    }

    /**
     * What the article's other places say for an entry: its country's share, nearby places, the
     * article's states, entries of other names beside it, and states listed together. Half weight for
     * an entry matched only by an alternate name (York, Nebraska, once called "New York"); none for a
     * town named like a country.
     */
    private static double context(GeoCandidate c, boolean countryName, Map<String, Double> share, Group g,
                                  List<Group> all, boolean seedOnly, Map<String, Integer> divisions,
                                  Set<Integer> colocated) {
        double local = divisionFocus(c, divisions) + (colocated.contains(c.index()) ? COLOCATED : 0.0);
        if (townSharingCountryName(c, countryName)) {
            return local; // only the article's own state and a county beside it speak for the town
        }
        double s = focus(c, share) + proximity(c, g, all, seedOnly) + local + statesTogether(c, g, all);
        return c.primaryMatch() ? s : s / 2;
    }

    /** "Texas, Nebraska and New York": a state among the other states the article names. */
    private static double statesTogether(GeoCandidate c, Group self, List<Group> all) {
        if (c.kind() != GeoKind.ADMIN1) {
            return 0.0;
        }
        for (Group g : all) {
            if (g != self && g.choice != null && g.choice.kind() == GeoKind.ADMIN1 && g.margin >= 2.0
                    && g.choice.country() != null && g.choice.country().equals(c.country())) {
                return STATES_TOGETHER;
            }
        }
        return 0.0;
    }

    private static final double STATES_TOGETHER = 3.0;
    private static final double COLOCATED_KM = 30;
    private static final double COLOCATED = 2.0;
    private static final double DIVISION_FOCUS = 3.0;

    /**
     * Entries with an entry of another name a few kilometres away in the same division: "Henry County"
     * and "Paris" are both read in Tennessee, where Paris is Henry County's seat. Looks at every entry
     * of the other names, not only their current choice, so that two ambiguous names settle together.
     */
    private static Set<Integer> colocated(java.util.Collection<Group> groups) {
        Map<String, List<Object[]>> byDivision = new HashMap<>(); // admin1 code -> {group, candidate}
        for (Group g : groups) {
            for (GeoCandidate c : g.candidates) {
                if (c.admin1Code() != null && c.kind() != GeoKind.ADMIN1) {
                    byDivision.computeIfAbsent(c.admin1Code(), k -> new ArrayList<>()).add(new Object[] {g, c});
                }
            }
        }
        Set<Integer> out = new java.util.HashSet<>();
        for (List<Object[]> same : byDivision.values()) {
            for (int i = 0; i < same.size(); i++) {
                for (int j = i + 1; j < same.size(); j++) {
                    GeoCandidate a = (GeoCandidate) same.get(i)[1];
                    GeoCandidate b = (GeoCandidate) same.get(j)[1];
                    if (same.get(i)[0] != same.get(j)[0] && a.index() != b.index() && a.kmTo(b) <= COLOCATED_KM) {
                        out.add(a.index());
                        out.add(b.index());
                    }
                }
            }
        }
        return out;
    }

    /** How many other names' choices lie in each first-order division (a state named counts for itself). */
    private static Map<String, Integer> divisionsChosen(List<Group> all, Group self, boolean seedOnly) {
        Map<String, Integer> out = new HashMap<>();
        for (Group g : all) {
            GeoCandidate p = g.choice;
            if (g == self || p == null || p.admin1Code() == null || p.kind() == GeoKind.COUNTRY
                    || (seedOnly && g.margin < 2.0)) {
                continue;
            }
            out.merge(p.admin1Code(), 1, Integer::sum);
        }
        return out;
    }

    /** The article's states and provinces: an entry inside one that another name was read in gains. */
    private static double divisionFocus(GeoCandidate c, Map<String, Integer> divisions) {
        return c.kind() != GeoKind.ADMIN1 && c.admin1Code() != null && divisions.containsKey(c.admin1Code())
                ? DIVISION_FOCUS : 0.0;
    }

    private interface Scorer {
        double score(GeoCandidate c);
    }

    private static void choose(Group g, Scorer scorer) {
        GeoCandidate best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        double second = Double.NEGATIVE_INFINITY;
        for (GeoCandidate c : g.candidates) {
            double s = scorer.score(c);
            if (s > bestScore) {
                second = bestScore;
                bestScore = s;
                best = c;
            } else if (s > second) {
                second = s;
            }
        }
        g.choice = best;
        g.margin = second == Double.NEGATIVE_INFINITY ? 99 : bestScore - second;
    }

    /** How likely an entry is before any context. */
    static double prior(GeoCandidate c) {
        double p = switch (c.kind()) {
            case COUNTRY -> 9.0;
            case REGION, DISTRICT, FEATURE, CROSSING -> 8.0;
            // a division's population is summed from its places
            case ADMIN1, ADMIN2 -> 0.8 * Math.log10(c.population() + 1.0) - 1.0;
            case CITY -> Math.log10(c.population() + 1.0) + switch (c.featureCode()) {
                case "PPLC" -> 2.0;
                case "PPLA" -> 1.0;
                case "PPLA2" -> 0.5;
                default -> 0.0;
            };
        };
        if (!c.primaryMatch() && (c.kind() == GeoKind.CITY || c.kind() == GeoKind.ADMIN1 || c.kind() == GeoKind.ADMIN2)) {
            p -= 2.5; // matched only through an alternate name (often historical or foreign)
        }
        return p;
    }

    private static double hint(GeoCandidate c, Set<String> hints) {
        return c.country() != null && hints.contains(c.country()) ? 2.5 : 0.0;
    }

    /**
     * Countries of the other names, weighted by their mentions. In the seed round only names whose
     * choice is clear count, so one ambiguous name cannot pull another its way.
     */
    private static Map<String, Double> countryShare(List<Group> all, Group self, boolean seedOnly) {
        Map<String, Double> count = new HashMap<>();
        double total = 0;
        for (Group g : all) {
            if (g == self || g.choice == null || g.choice.country() == null) {
                continue;
            }
            if (seedOnly && g.margin < 2.0 && !singleCountry(g)) {
                continue;
            }
            double w = g.mentions.size();
            count.merge(g.choice.country(), w, Double::sum);
            total += w;
        }
        if (total > 0) {
            for (Map.Entry<String, Double> e : count.entrySet()) {
                e.setValue(e.getValue() / total);
            }
        }
        return count;
    }

    private static boolean singleCountry(Group g) {
        String country = g.candidates.get(0).country();
        for (GeoCandidate c : g.candidates) {
            if (country == null || !country.equals(c.country())) {
                return false;
            }
        }
        return true;
    }

    private static double focus(GeoCandidate c, Map<String, Double> share) {
        Double s = c.country() == null ? null : share.get(c.country());
        return s == null ? 0.0 : 1.0 + 4.0 * s;
    }

    /** Closeness to the other places: the nearest one within 500 km (same admin1 counts as near). */
    private static double proximity(GeoCandidate c, Group self, List<Group> all, boolean seedOnly) {
        if (c.kind() == GeoKind.COUNTRY || c.country() == null) {
            return 0.0;
        }
        double best = 0.0;
        for (Group g : all) {
            GeoCandidate p = g.choice;
            if (g == self || p == null || p.kind() == GeoKind.COUNTRY || p.kind() == GeoKind.ADMIN1 || p.country() == null
                    || (seedOnly && g.margin < 2.0) || p.index() == c.index()) {
                continue;
            }
            double km = c.kmTo(p);
            if (c.kind() == GeoKind.ADMIN1 && c.admin1Code() != null && c.admin1Code().equals(p.admin1Code())) {
                km = 0;
            }
            if (km < NEAR_KM) {
                best = Math.max(best, 4.0 * (1.0 - km / NEAR_KM));
            }
        }
        return best;
    }

    /**
     * "X, Y", "X, in Y", "Paris, Mo.": Y is meant to contain X. An entry inside Y's choice gains, most
     * when Y is a division and the entry lies in it (an explicit qualifier outweighs any prior); one
     * in another country loses.
     */
    private static double containedIn(GeoCandidate c, RawMention m, Map<RawMention, Group> groupOf) {
        Group cg = m.container == null ? null : groupOf.get(m.container);
        GeoCandidate r = cg == null ? null : cg.choice;
        if (r == null || r.country() == null) {
            return 0.0;
        }
        if (r.kind() == GeoKind.CITY || r.kind() == GeoKind.DISTRICT) {
            // "the Basta neighbourhood of Beirut", "X, a village in Kajuru": near the town it is in
            return !m.explicitContainer ? 0.0 : c.kmTo(r) <= QUARTER_KM ? 6.0 : -2.0;
        }
        if (!r.country().equals(c.country())) {
            return -2.0;
        }
        if (r.kind() == GeoKind.ADMIN1 && r.admin1Code() != null && r.admin1Code().equals(c.admin1Code())) {
            return 10.0;
        }
        return 4.0;
    }

    /** The best container cue of the group's mentions for an entry (0 when none names a container). */
    private static double qualified(GeoCandidate c, Group g, Map<RawMention, Group> groupOf) {
        double best = 0.0;
        for (RawMention m : g.mentions) {
            best = Math.max(best, containedIn(c, m, groupOf));
        }
        return best;
    }

    /**
     * The other side of a qualifier: "Athens, Georgia" makes Georgia the US state, since only it holds
     * an Athens. An entry that contains some entry of a name qualified by this group gains.
     */
    private static double containerOf(GeoCandidate c, Group g, List<RawMention> qualifiedNames) {
        if (c.country() == null || (c.kind() != GeoKind.ADMIN1 && c.kind() != GeoKind.COUNTRY)) {
            return 0.0;
        }
        for (RawMention x : qualifiedNames) {
            for (GeoCandidate inner : x.candidates) {
                if (inner.index() != c.index() && c.country().equals(inner.country())
                        && (c.kind() == GeoKind.COUNTRY || c.admin1Code() != null && c.admin1Code().equals(inner.admin1Code()))) {
                    return 6.0;
                }
            }
        }
        return 0.0;
    }

    /** The cues around the group's mentions; the strongest mention counts. */
    private static double cues(GeoCandidate c, Group g, Map<RawMention, Group> groupOf) {
        double best = Double.NEGATIVE_INFINITY;
        for (RawMention m : g.mentions) {
            double s = 0.0;
            if (m.adminSuffix && (c.kind() == GeoKind.ADMIN1 || c.kind() == GeoKind.ADMIN2 || c.kind() == GeoKind.REGION)) {
                s += ADMIN_SUFFIX;
            }
            if (m.cityNoun && c.kind() == GeoKind.CITY) {
                s += 1.0;
            }
            if (m.demonymCountry != null) {
                s += m.demonymCountry.equals(c.country()) ? 4.0 : -1.0;
            }
            s += containedIn(c, m, groupOf);
            if (m.reference != null) {
                Group rg = groupOf.get(m.reference);
                GeoCandidate r = rg == null ? null : rg.choice;
                if (r != null && r.kind() != GeoKind.COUNTRY) {
                    double km = c.kmTo(r);
                    double expected = m.nearKm > 0 ? m.nearKm : 100;
                    double slack = m.nearKm > 0 ? Math.max(40, 0.5 * m.nearKm) : 200;
                    s += Math.abs(km - expected) <= slack ? 4.0 : km < NEAR_KM ? 1.0 : -1.0;
                }
            }
            best = Math.max(best, s);
        }
        return best;
    }
}
