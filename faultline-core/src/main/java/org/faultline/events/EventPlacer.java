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
 * "the city" resolved to the last city named ("the capital" to the focus country's capital, "the
 * country" to the focus country), then the place the article is about. A place where something was
 * only said ("told reporters in Maputo") or that acts as an agent ("backed by Iran") is no event's
 * place; a party is one when the text puts the act on or in it ("firing on Israel", "invaded
 * southern Lebanon").
 */
final class EventPlacer {
    private static final Set<String> PLACE_NOUNS = DataFiles.words("faultline/lexicon/en/place-nouns.txt");
    private static final Set<String> VENUE_WORDS = DataFiles.words("faultline/lexicon/en/venue-words.txt");
    private static final Set<String> REPORT_VERBS = DataFiles.words("faultline/events/report-verbs.txt");
    /** Prepositions that put an act on or in a party that is a place: "firing on Israel", "troops in Mali". */
    private static final Set<String> ONTO = DataFiles.words("faultline/lexicon/en/ground-prepositions.txt");
    /** "in Maputo", "at a news conference in Kyiv": the prepositions of a venue. */
    private static final Set<String> VENUE_PREPOSITIONS = DataFiles.words("faultline/lexicon/en/venue-prepositions.txt");
    /** "backed by Iran": the preposition of a passive's agent. */
    private static final Set<String> AGENT_PREPOSITIONS = DataFiles.words("faultline/lexicon/en/agent-prepositions.txt");
    /** Words skipped before a place to find the word that governs it ("into the southern"). */
    private static final Set<String> PLACE_MODIFIERS = DataFiles.words("faultline/lexicon/en/place-modifiers.txt");

    private final List<PlaceSpot> spots;
    private final PlaceSpot focus;

    private final List<Sentence> sentences;

    EventPlacer(List<PlaceSpot> spots, PlaceSpot focus, List<Sentence> sentences) {
        this.spots = spots;
        this.focus = focus;
        this.sentences = sentences;
    }

    /** "40 miles west of Baghdad": the words before "of" that make a place a reference point. */
    private static final Set<String> DIRECTIONS = DataFiles.words("faultline/lexicon/en/landmark-directions.txt");
    /** "the town", "this city": determiners that refer back. */
    private static final Set<String> DEFINITE = DataFiles.words("faultline/lexicon/en/definite-determiners.txt");
    /** "the same waters": the place named last. */
    private static final Set<String> SAME = DataFiles.words("faultline/lexicon/en/sameness-words.txt");

    /** "40 miles west of Baghdad": a reference point, not what "the city" later refers to. */
    private boolean isLandmarkReference(PlaceSpot p) {
        Sentence s = sentences.get(p.sentence());
        int k = p.tokenStart();
        return k >= 2 && s.token(k - 1).lowerWord().equals("of") && DIRECTIONS.contains(s.token(k - 2).lowerWord());
    }

    PlaceRef place(Sentence s, int trigger, int placeObject, Roles roles) {
        if (placeObject >= 0) {
            PlaceSpot p = within(s, placeObject);
            // "revoked a series of agreements with France": a party named deep in the object is no place
            if (p != null && !(namesAParty(p, roles) && !p.covers(s.index(), placeObject))) {
                return ref(p, "object");
            }
        }
        PlaceSpot best = null;
        int bestScore = Integer.MAX_VALUE;
        for (PlaceSpot p : spots) {
            if (p.sentence() != s.index() || namesAParty(p, roles) && !actedOn(p) || isVenue(p) || isAgent(p)) {
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
        if (home != null && !actsAbroad(home, roles) && aboutHome(home)) {
            return ref(home, "actor");
        }
        return focus == null ? null : ref(focus, "article");
    }

    /**
     * A state acting on a party of another country ("US forces struck Houthi missiles") acts where
     * the article is, not at home.
     */
    private static boolean actsAbroad(PlaceSpot home, Roles roles) {
        String c = home.place().country();
        return roles.target().stream().anyMatch(a -> a.country() != null && !a.country().equals(c));
    }

    /**
     * Unless the article is about a town or province of another country, a state acts at home. A
     * foreign state's forces in a sentence that names no place ("Awasse was retaken by Rwandan forces"
     * in a report from Cabo Delgado) act where the article is; a focus that is only a country is too
     * weak to say so (it is often the other party's).
     */
    private boolean aboutHome(PlaceSpot home) {
        String c = focus == null ? null : focus.place().country();
        return c == null || countryLevel(focus) || c.equals(home.place().country());
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

    /** The word before a spot, past an article and direction adjectives (place-modifiers.txt). */
    private String wordBefore(PlaceSpot p) {
        Sentence s = sentences.get(p.sentence());
        int k = p.tokenStart() - 1;
        while (k >= 0 && PLACE_MODIFIERS.contains(s.token(k).lowerWord())) {
            k--;
        }
        return k < 0 ? "" : s.token(k).lowerWord();
    }

    /**
     * A party named as the ground of the act ("began firing on Israel", "troops in Mali"), or named by
     * a wider region around it ("invaded southern Lebanon": the party is Lebanon, the place the south).
     */
    private boolean actedOn(PlaceSpot p) {
        return ONTO.contains(wordBefore(p));
    }

    /** "backed by the United States": a place as the agent of a passive is an actor, not a place. */
    private boolean isAgent(PlaceSpot p) {
        return AGENT_PREPOSITIONS.contains(wordBefore(p)) && !p.isPoint();
    }

    /**
     * Where something was said, not done: "told reporters in Maputo", "said in Geneva", "a news
     * conference in Kyiv".
     */
    private boolean isVenue(PlaceSpot p) {
        Sentence s = sentences.get(p.sentence());
        int k = p.tokenStart() - 1;
        if (k < 1 || !VENUE_PREPOSITIONS.contains(s.token(k).lowerWord())) {
            return false;
        }
        for (int i = k - 1; i >= Math.max(0, k - 3); i--) {
            var t = s.token(i);
            if (VENUE_WORDS.contains(t.lowerWord()) || t.isVerb() && t.lemma() != null
                    && REPORT_VERBS.contains(t.lemma().toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The spot is a party's own name. A region named around a party ("southern Lebanon" for the target
     * Lebanon) is a place the act happened in, not the party.
     */
    private static boolean countryLevel(PlaceSpot p) {
        return "country".equals(p.place().precision());
    }

    private static boolean namesAParty(PlaceSpot p, Roles roles) {
        for (List<ActorMention> side : List.of(roles.source(), roles.target())) {
            for (ActorMention a : side) {
                if (a.span().overlaps(p.span()) && a.span().contains(p.span())) {
                    return true;
                }
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
        boolean same = false;
        for (var t : s.tokens()) {
            if (PLACE_NOUNS.contains(t.lowerWord()) && t.index() > 0
                    && DEFINITE.contains(s.token(t.index() - 1).lowerWord())) {
                noun = t.lowerWord();
            }
            // "struck in the same waters": whatever place was named last, town, sea or region
            same |= PLACE_NOUNS.contains(t.lowerWord()) && t.index() > 1
                    && SAME.contains(s.token(t.index() - 1).lowerWord())
                    && DEFINITE.contains(s.token(t.index() - 2).lowerWord());
        }
        if (same) {
            return lastNamedBefore(s);
        }
        if (noun == null) {
            return null;
        }
        boolean country = noun.equals("country");
        String focusCountry = focus == null ? null : focus.place().country();
        PlaceSpot last = null;
        PlaceSpot ofFocus = null;
        for (PlaceSpot p : spots) {
            boolean before = country ? p.sentence() <= s.index() : p.sentence() < s.index();
            if (country && countryLevel(p) && p.place().country() != null
                    && p.place().country().equals(focusCountry) && ofFocus == null) {
                ofFocus = p; // "the country": the one the article is about, wherever it is first named
            }
            if (noun.equals("capital") && "PPLC".equals(p.place().featureCode()) && p.place().country() != null
                    && p.place().country().equals(focusCountry) && (ofFocus == null || before)) {
                ofFocus = p; // "the capital": the focus country's, the last one named before if any
            }
            if (before && (country ? countryLevel(p)
                    : p.isPoint() && !isLandmarkReference(p) && !isVenue(p))) {
                last = p;
            }
        }
        return ofFocus != null ? ofFocus : last;
    }

    /** The last place below country level named before this sentence, not a landmark or a venue. */
    private PlaceSpot lastNamedBefore(Sentence s) {
        PlaceSpot last = null;
        for (PlaceSpot p : spots) {
            if (p.sentence() < s.index() && !countryLevel(p) && !isLandmarkReference(p) && !isVenue(p)) {
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
                if (countryLevel(p) && c.equals(p.place().country())) {
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
