package org.faultline.geo;

import static org.faultline.geo.NameShapes.*;

import java.util.List;
import java.util.Set;
import org.faultline.nlp.EntityMention;
import org.faultline.nlp.Sentence;
import org.faultline.text.DataFiles;

/**
 * The context around a candidate name that says whether it is a place: locatives and place nouns
 * before it, containment, a list it continues after it; the longer names it may be part of (a
 * person's, a street's, an organisation's); and the vetoes and support rules built from them.
 */
abstract class PlaceCues extends ScanTokens {
    static final long LARGE_PLACE = 100_000;
    /** Words before a distance ("about 80 km"). */
    private static final Set<String> APPROXIMATELY = DataFiles.words("faultline/lexicon/en/approximators.txt");
    /** "according to", "loyal to": a "to" that is no locative. */
    private static final Set<String> NON_LOCATIVE_TO = DataFiles.words("faultline/lexicon/en/non-locative-to.txt");
    /** ",", "and": what joins the names of a list. */
    private static final Set<String> LIST_JOINERS = DataFiles.words("faultline/lexicon/en/list-joiners.txt");

    final Lexicon lexicon;
    final Abbreviations abbreviations;
    /** Keys of the names found as places elsewhere in the article (empty on the first pass). */
    final Set<String> placeKeys;

    PlaceCues(String text, Sentence sentence, List<EntityMention> ents, Lexicon lexicon, Abbreviations abbreviations,
              Set<String> placeKeys) {
        super(text, sentence, ents);
        this.lexicon = lexicon;
        this.abbreviations = abbreviations;
        this.placeKeys = placeKeys;
    }

    /** Rules that reject a match whatever its support. */
    boolean vetoed(int a, int b, String surface, List<GeoCandidate> cands, boolean ner) {
        // "US-backed", "Saudi-led" when the tokenizer split the hyphen: an adjective
        if (b + 1 < toks.size() && isHyphen(word(b)) && adjacent(b - 1, b) && lower(b + 1).endsWith("ed")
                && !surface.endsWith(".")) {
            return true;
        }
        // "US", "UAE", "DRC": abbreviations are adjectives ("US forces") unless after "in", "to" ...
        String compact = surface.replace(".", "");
        if (Names.isAllCaps(surface) && compact.length() <= 4 && !compact.contains(" ")) {
            // ... but a country written with full stops ("U.S.", "U.K.") is that country even as a
            // modifier ("U.S. troops"): no organisation or headline word is spelt so
            boolean dotted = surface.length() > compact.length() && cands.stream()
                    .anyMatch(c -> c.kind() == GeoKind.COUNTRY);
            return !dotted && !locative(a, false);
        }
        return false;
    }

    /** Support for a gazetteer match that NER did not tag (or tagged within a longer span). */
    boolean accepted(int a, int b, List<GeoCandidate> cands, boolean ner) {
        boolean country = false;
        boolean curated = false;
        long pop = 0;
        for (GeoCandidate c : cands) {
            country |= c.kind() == GeoKind.COUNTRY;
            curated |= c.kind().curated();
            if (c.kind() == GeoKind.CITY) {
                pop = Math.max(pop, c.population()); // an admin1's population is a sum: not evidence
            }
        }
        boolean common = cands.get(0).commonWord();
        boolean atStart = a == first || (a > 0 && isOpening(word(a - 1)));
        if (common && !country) {
            // "Street" of "Main Street", "Union" of "Soviet Union": a common word inside a longer
            // name is that name's head, not a place of its own
            if (insideLongerName(a, b)) {
                return false;
            }
            return ner ? true : locative(a, true) || placeNounBefore(a);
        }
        if (headNounAfter(b) && !division(a, b, cands)) {
            return false; // "Thames Valley", "Jordan Elementary": the name of something else
        }
        if (ner) {
            return true;
        }
        if (namePart(a)) {
            return false; // "Michael Jordan", "President Hadi", "Carrie Lam": part of a longer name
        }
        if (atStart || titleCase) {
            return country || curated || pop >= LARGE_PLACE || !titleCase && containmentAfter(b);
        }
        return country || curated || pop >= LARGE_PLACE || locative(a, false) || placeNounBefore(a)
                || listContinuation(a) || containmentAfter(b);
    }

    /**
     * Inside a NER location the gazetteer does not know whole, a name after a nationality adjective
     * or a joining particle is the tail of that longer name ("Korean Peninsula", "Mocimboa da
     * Praia"), not a place of its own.
     */
    boolean tailOfLongerLocation(int i) {
        EntityMention e = entityAt[i];
        if (e == null || tag[i] != Tag.LOC || e.tokenStart() >= i) {
            return false;
        }
        for (int t = e.tokenStart(); t < i; t++) {
            if (lexicon.isDemonym(word(t))) {
                return true;
            }
        }
        if (lexicon.isNotPlace(surface(e.tokenStart(), i)) && !hasDirection(e.tokenStart(), i)) {
            return true; // "Islamic State West Africa Province": a group named after a region, not "North Texas"
        }
        // "Mocimboa da Praia": a name joined by "da", "de", "al" ... is one name ("and" joins two)
        return i > e.tokenStart() + 1 && Lexicon.CONNECTORS.contains(lower(i - 1)) && !"and".equals(lower(i - 1))
                && !"the".equals(lower(i - 1));
    }

    /** A direction word among the tokens [a, b) ("North", "South Central"). */
    private boolean hasDirection(int a, int b) {
        for (int t = a; t < b; t++) {
            if (Lexicon.DIRECTIONS.contains(lower(t))) {
                return true;
            }
        }
        return false;
    }

    /** A capitalised word joined to the match on either side: the match is part of a longer name. */
    boolean insideLongerName(int a, int b) {
        boolean before = a > first && adjacentOrSpace(a - 1, a) && isNameStart(word(a - 1))
                && !isDeterminer(word(a - 1)) && !Lexicon.FUNCTION_WORDS.contains(lower(a - 1)) && !titleCase;
        boolean after = b < toks.size() && adjacentOrSpace(b - 1, b) && isNameStart(word(b)) && !titleCase;
        return before || after;
    }

    /** A state or province, or a name ending in its division word ("Douglas County"). */
    boolean division(int a, int b, List<GeoCandidate> cands) {
        return Names.ADMIN_WORDS.contains(lower(b - 1)) || cands.stream().anyMatch(c -> c.kind() == GeoKind.ADMIN1);
    }

    /** Right after the match, a capitalised generic noun that makes it another thing's name. */
    boolean headNounAfter(int b) {
        return b < toks.size() && adjacentOrSpace(b - 1, b) && isNameStart(word(b))
                && Lexicon.NAME_HEADS.contains(lower(b));
    }

    /** A locative word before the name, skipping "the" and direction adjectives ("in western"). */
    boolean locative(int a, boolean strong) {
        int k = a - 1;
        while (k >= 0 && (isDeterminer(lower(k)) || Lexicon.DIRECTIONS.contains(lower(k)) && !"of".equals(lower(k)))) {
            k--;
        }
        if (k < 0) {
            return false;
        }
        String w = lower(k);
        if ("to".equals(w) && k > 0 && NON_LOCATIVE_TO
                .contains(lower(k - 1))) {
            return false;
        }
        return strong ? Lexicon.STRONG_LOCATIVE.contains(w) : Lexicon.LOCATIVE.contains(w);
    }

    /**
     * Right after another capitalised word that is not a place, a determiner, a direction or a
     * nationality, a name is most likely the rest of a person's or organisation's name.
     */
    boolean namePart(int a) {
        if (a <= first || titleCase || !adjacentOrSpace(a - 1, a) || inMention[a - 1]) {
            return false;
        }
        String prev = word(a - 1);
        return isNameStart(prev) && !isDeterminer(prev) && !Lexicon.DIRECTIONS.contains(lower(a - 1))
                && !Lexicon.FUNCTION_WORDS.contains(lower(a - 1)) && !lexicon.isDemonym(prev);
    }

    /** "the town of X", "the capital Sanaa", "the port city of Hodeidah". */
    boolean placeNounBefore(int a) {
        int k = a - 1;
        if (k >= 0 && "of".equals(lower(k))) {
            k--;
        }
        return k >= 0 && Lexicon.PLACE_NOUNS.contains(lower(k));
    }

    /** "Fallujah, Mosul and Raqqa": a name right after a recognised one and a comma or "and". */
    boolean listContinuation(int a) {
        int k = a - 1;
        if (k < 0 || !LIST_JOINERS.contains(lower(k))) {
            return false;
        }
        return lastMentionEnd == k || (k > 0 && ",".equals(lower(k - 1)) && lastMentionEnd == k - 1);
    }

    /** "X, in Y", "X province", "X, 40 miles west of Y": the text itself treats X as a place. */
    boolean containmentAfter(int b) {
        if (b >= toks.size()) {
            return false;
        }
        if (Names.ADMIN_WORDS.contains(lower(b))) {
            return true;
        }
        if (!",".equals(lower(b)) || b + 1 >= toks.size()) {
            return false;
        }
        if (!abbreviations.divisions(word(b + 1)).isEmpty()
                || !abbreviations.divisions(word(b + 1) + ".").isEmpty()) {
            return true; // "Boscawen, N.H.": qualified by its state
        }
        int k = b + 1;
        if (k + 1 < toks.size() && APPROXIMATELY.contains(lower(k))) {
            k++; // "X, about 80 km south"
        }
        String w = lower(k);
        return "in".equals(w) || "near".equals(w) || Lexicon.DIRECTIONS.contains(w) && !"the".equals(w)
                && !"of".equals(w) || w.chars().allMatch(Character::isDigit) && !w.isEmpty()
                || Lexicon.afterPlaceApposition(this::lower, toks.size(), b + 1) >= 0; // "X, a city held by"
    }

    /** PERSON tokens may be part of a place name only when a place noun ends it ("Prince Edward station"). */
    boolean personInside(int i, int j) {
        if (j - i == 1 && locative(i, false) && (j >= toks.size() || !isNameStart(word(j)))) {
            return false; // NER often tags a lone town as a person: "forces captured Shusha,"
        }
        if (placeNounBefore(i) || listContinuation(i) || containmentAfter(j)) {
            return false; // "the province of Cabo Delgado", "Kajuru and Birnin Gwari", "Gharyan, 80 km south"
        }
        if (locative(i, false) && placeKeys.contains(Names.key(surface(i, j)))) {
            return false; // "to Cabo Delgado", after the article showed it is a place
        }
        for (int t = i; t < j; t++) {
            if (tag[t] == Tag.PER) {
                return !Lexicon.NAME_SUFFIXES.contains(lower(j - 1)) || tag[j - 1] == Tag.PER;
            }
        }
        return false;
    }
}
