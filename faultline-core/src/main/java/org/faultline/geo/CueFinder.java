package org.faultline.geo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.faultline.nlp.AnnotatedArticle;
import org.faultline.nlp.Token;

/**
 * Finds, around each recognised name, the phrases journalists use to say where it is: its container
 * ("Tripoli, in western Libya", "Dahyan, in Saada province", "Atlanta, Georgia"), its distance from
 * another place ("Fallujah, 40 miles west of Baghdad", "Rimbo, north of Stockholm") and a
 * nationality before a place noun ("the Saudi city of Jizan").
 */
final class CueFinder {

    private static final org.faultline.lexicon.Lexicon EN = org.faultline.lexicon.Lexicon.english();
    /** Number words of a distance ("two miles"), and the approximators skipped before a number ("about"). */
    private static final Map<String, Double> NUMBER_WORDS = EN.numbers("distance-numbers");
    private static final Set<String> APPROXIMATORS = EN.words("distance-approximators");
    private static final Set<String> COMPASS = EN.words("compass-points");

    /** Nouns of a part of a town: "the Basta neighbourhood of Beirut" is in Beirut. */
    private static final Set<String> QUARTER_PHRASES =
            org.faultline.text.DataFiles.words("faultline/geo/quarter-phrases.txt");

    private final Lexicon lexicon;

    CueFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    void find(AnnotatedArticle doc, List<RawMention> mentions) {
        Map<Long, RawMention> byStart = new HashMap<>();
        for (RawMention m : mentions) {
            byStart.put(pos(m.sentence, m.tokenStart), m);
        }
        for (RawMention m : mentions) {
            List<Token> toks = doc.sentences().get(m.sentence).tokens();
            containerOrReference(m, toks, byStart);
            demonym(m, toks);
        }
    }

    private static long pos(int sentence, int token) {
        return ((long) sentence << 32) | token;
    }

    private void containerOrReference(RawMention m, List<Token> toks, Map<Long, RawMention> byStart) {
        int k = m.tokenEnd;
        // "the Basta neighbourhood of central Beirut", "the Hamra district of Beirut"
        if (k + 1 < toks.size() && QUARTER_PHRASES.contains(w(toks, k) + " " + w(toks, k + 1))) {
            RawMention container = byStart.get(pos(m.sentence, skipArticles(toks, k + 2)));
            if (container != null && container != m) {
                m.container = container;
                m.explicitContainer = true;
            }
            return;
        }
        boolean comma = k < toks.size() && ",".equals(w(toks, k));
        if (comma) {
            k++;
        }
        // "X, a village in Y", "X, a town 30 km south of Y", "X, a city near Y": past the apposition
        int apposition = comma ? Lexicon.afterPlaceApposition(i -> w(toks, i), toks.size(), k) : -1;
        if (apposition >= 0) {
            k = apposition;
        }
        // distance: "[,] 40 miles west of Y", "[,] about 10 km (6 miles) north-east of Y"
        double km = -1;
        int d = k;
        while (d < toks.size() && APPROXIMATORS.contains(w(toks, d))) {
            d++; // "about", "roughly"
        }
        Double number = d < toks.size() ? number(w(toks, d)) : null;
        if (number != null && d + 1 < toks.size() && Lexicon.UNITS.containsKey(w(toks, d + 1))) {
            km = number * Lexicon.UNITS.get(w(toks, d + 1));
            d += 2;
            if (d < toks.size() && (w(toks, d).equals("(") || w(toks, d).equals("-lrb-"))) {
                while (d < toks.size() && !w(toks, d).equals(")") && !w(toks, d).equals("-rrb-")) {
                    d++;
                }
                d++;
            }
            int ref = compassOf(toks, d);
            if (ref >= 0) {
                m.reference = byStart.get(pos(m.sentence, ref));
                m.nearKm = km;
                return;
            }
        }
        // "X, north of Y", "X, near Y"
        int ref = compassOf(toks, k);
        if (ref < 0 && comma && k < toks.size() && "near".equals(w(toks, k))) {
            ref = skipArticles(toks, k + 1);
        }
        if (ref >= 0 && byStart.containsKey(pos(m.sentence, ref))) {
            m.reference = byStart.get(pos(m.sentence, ref));
            m.nearKm = -1;
            return;
        }
        // container: "X, in (the) (western) Y", "X in Y", "X, Y"
        int c = k;
        if (c < toks.size() && "in".equals(w(toks, c))) {
            c++;
        } else if (!comma || apposition >= 0) {
            return;
        }
        c = skipArticles(toks, c);
        RawMention container = byStart.get(pos(m.sentence, c));
        if (container != null && container != m) {
            m.container = container;
            m.explicitContainer = c > k; // "in Y", not the bare "X, Y" that a list also writes
        }
    }

    /** After "north of" / "west of" (any "the"), the token where the reference name should start, or -1. */
    private static int compassOf(List<Token> toks, int k) {
        if (k + 1 < toks.size() && COMPASS.contains(w(toks, k))
                && ("of".equals(w(toks, k + 1)) || "from".equals(w(toks, k + 1)))) {
            return skipArticles(toks, k + 2);
        }
        return -1;
    }

    private static int skipArticles(List<Token> toks, int k) {
        while (k < toks.size() && (Lexicon.DIRECTIONS.contains(w(toks, k)) && !"of".equals(w(toks, k))
                || "-".equals(w(toks, k)) && k + 1 < toks.size() && Lexicon.DIRECTIONS.contains(w(toks, k + 1)))) {
            k++; // "north - western", as the tokenizer splits "north-western"
        }
        return k;
    }

    /** "the Saudi city of X", "the Azerbaijani port of X", "Iraq's second city, X" is left out. */
    private void demonym(RawMention m, List<Token> toks) {
        int k = m.tokenStart - 1;
        if (k >= 0 && "of".equals(w(toks, k))) {
            k--;
        }
        int nouns = 0;
        while (k >= 0 && nouns < 4 && Character.isLowerCase(toks.get(k).word().codePointAt(0))) {
            nouns += Lexicon.PLACE_NOUNS.contains(w(toks, k)) ? 1 : 0;
            k--;
            if (nouns == 0 && m.tokenStart - k > 3) {
                return;
            }
        }
        if (nouns > 0 && k >= 0) {
            m.demonymCountry = lexicon.demonymCountry(toks.get(k).word());
        }
    }

    private static Double number(String w) {
        String digits = w.replace(",", "");
        if (!digits.isEmpty() && digits.chars().allMatch(ch -> Character.isDigit(ch) || ch == '.')) {
            try {
                return Double.parseDouble(digits);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return NUMBER_WORDS.get(w);
    }

    private static String w(List<Token> toks, int i) {
        return Names.lower(toks.get(i).word());
    }
}
