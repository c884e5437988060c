package org.faultline.events;

import org.faultline.text.DataFiles;
import java.util.List;
import org.faultline.actors.ActorMention;
import java.util.Set;
import org.faultline.analysis.PlaceRef;
import org.faultline.nlp.Dependency;
import org.faultline.nlp.Sentence;
import org.faultline.time.Clauses;

/**
 * Where an event happened: the place that is its object ("captured Shusha", "the siege of X"), then a
 * place in its own clause, then the nearest place in the sentence (points before countries), then
 * "the city" resolved to the last city named, then the place the article is about.
 */
final class EventPlacer {
    private static final Set<String> PLACE_NOUNS = DataFiles.words("faultline/lexicon/en/place-nouns.txt");

    private final List<PlaceSpot> spots;
    private final PlaceSpot focus;

    private final List<Sentence> sentences;

    EventPlacer(List<PlaceSpot> spots, PlaceSpot focus, List<Sentence> sentences) {
        this.spots = spots;
        this.focus = focus;
        this.sentences = sentences;
    }

    private static final Set<String> DIRECTIONS = Set.of("north", "south", "east", "west", "northeast", "northwest",
            "southeast", "southwest", "outside", "near");

    /** "40 miles west of Baghdad": a reference point, not what "the city" later refers to. */
    private boolean isLandmarkReference(PlaceSpot p) {
        Sentence s = sentences.get(p.sentence());
        int k = p.tokenStart();
        return k >= 2 && s.token(k - 1).lowerWord().equals("of") && DIRECTIONS.contains(s.token(k - 2).lowerWord());
    }

    PlaceRef place(Sentence s, int trigger, int placeObject, Roles roles) {
        if (placeObject >= 0) {
            PlaceSpot p = within(s, placeObject);
            if (p != null) {
                return ref(p, "object");
            }
        }
        PlaceSpot best = null;
        int bestScore = Integer.MAX_VALUE;
        for (PlaceSpot p : spots) {
            if (p.sentence() != s.index() || namesAParty(p, roles)) {
                continue; // "Armenia, Azerbaijan and Russia signed": the parties are not the place
            }
            int distance = Math.abs(p.tokenStart() - trigger);
            int score = distance + (Clauses.dominates(s, trigger, p.tokenStart()) ? 0 : 10) + (p.isPoint() ? 0 : 15)
                    + (Clauses.inOtherClause(s, p.tokenStart(), trigger) ? 20 : 0);
            if (score < bestScore) {
                best = p;
                bestScore = score;
            }
        }
        if (best != null) {
            return ref(best, bestScore < 10 ? "clause" : "sentence");
        }
        PlaceSpot home = homeCountry(s, roles);
        if (home != null && mentionsTheCountry(s)) {
            return ref(home, "actor"); // "the Turkish regime ... in the south of the country": Turkey
        }
        PlaceSpot previous = definiteReference(s);
        if (previous != null) {
            return ref(previous, "reference");
        }
        if (home != null) {
            return ref(home, "actor");
        }
        return focus == null ? null : ref(focus, "article");
    }

    /** A place mention inside the phrase headed by a token ("the town of Manbij"). */
    private PlaceSpot within(Sentence s, int head) {
        for (PlaceSpot p : spots) {
            if (p.covers(s.index(), head)) {
                return p;
            }
        }
        for (Dependency d : s.children(head)) {
            if (d.relation().startsWith("nmod") || d.relation().equals("appos") || d.relation().equals("compound")
                    || d.relation().equals("flat")) {
                PlaceSpot p = within(s, d.dependent());
                if (p != null) {
                    return p;
                }
            }
        }
        return null;
    }

    private static boolean namesAParty(PlaceSpot p, Roles roles) {
        for (ActorMention a : roles.source()) {
            if (a.span().overlaps(p.span())) {
                return true;
            }
        }
        for (ActorMention a : roles.target()) {
            if (a.span().overlaps(p.span())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "the city", "the town": the last town named before this sentence; "the country": the last
     * country named up to this sentence.
     */
    private PlaceSpot definiteReference(Sentence s) {
        String noun = null;
        for (var t : s.tokens()) {
            if (PLACE_NOUNS.contains(t.lowerWord()) && t.index() > 0
                    && Set.of("the", "this", "that").contains(s.token(t.index() - 1).lowerWord())) {
                noun = t.lowerWord();
            }
        }
        if (noun == null) {
            return null;
        }
        boolean country = noun.equals("country");
        PlaceSpot last = null;
        for (PlaceSpot p : spots) {
            boolean before = country ? p.sentence() <= s.index() : p.sentence() < s.index();
            if (before && (country ? "country".equals(p.place().precision()) : p.isPoint() && !isLandmarkReference(p))) {
                last = p;
            }
        }
        return last;
    }

    private static boolean mentionsTheCountry(Sentence s) {
        for (var t : s.tokens()) {
            if (t.lowerWord().equals("country") && t.index() > 0 && s.token(t.index() - 1).lowerWord().equals("the")) {
                return true;
            }
        }
        return false;
    }

    /** The country of the state that acts, when the sentence names no place: "Turkey ... is at war". */
    private PlaceSpot homeCountry(Sentence s, Roles roles) {
        for (ActorMention a : roles.source()) {
            String c = a.country();
            if (c == null || !(a.id().equals(c) || a.id().startsWith(c + "/"))) {
                continue;
            }
            for (PlaceSpot p : spots) {
                if ("country".equals(p.place().precision()) && c.equals(p.place().country())) {
                    return p;
                }
            }
        }
        return null;
    }

    private static PlaceRef ref(PlaceSpot p, String basis) {
        return new PlaceRef(p.place(), p.span(), basis);
    }
}
