package org.faultline.geo;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.faultline.text.DataFiles;

/**
 * The words around and instead of place names that recognition and disambiguation rely on: names
 * that are never places in news (from {@code not-places.txt}), nationality adjectives with their
 * countries ({@code demonyms.tsv}), and the word classes around names (locative cues, place nouns,
 * directions, reporting verbs), each a file of {@code faultline/lexicon/en/}.
 */
final class Lexicon {
    /** The English lexicon the word lists come from (faultline/lexicon/en/). */
    private static final org.faultline.lexicon.Lexicon EN = org.faultline.lexicon.Lexicon.english();

    private final Set<String> notPlaces = new HashSet<>();
    private final Map<String, String> demonyms = new HashMap<>(); // key -> ISO3 ("" for none)

    private static final class Holder {
        static final Lexicon DEFAULT = new Lexicon();
    }

    static Lexicon get() {
        return Holder.DEFAULT;
    }

    private Lexicon() {
        for (String line : lines("/faultline/geo/not-places.txt")) {
            notPlaces.add(Names.key(line));
        }
        for (String line : lines("/faultline/geo/demonyms.tsv")) {
            String[] f = line.split("\t", -1);
            demonyms.put(Names.key(f[0]), f.length > 1 ? f[1].strip() : "");
        }
    }

    private static List<String> lines(String resource) {
        return org.faultline.text.DataFiles.lines(resource.substring(1)).stream().map(l -> l.text().strip()).toList();
    }

    /** Names that look like places but are actors, people, adjectives or calendar words. */
    boolean isNotPlace(String surface) {
        String k = Names.key(surface);
        return notPlaces.contains(k) || isDemonym(surface);
    }

    /** "Iraqi", "Iraqis", "Shia", "Kurds": adjectives and peoples, never the place itself. */
    boolean isDemonym(String surface) {
        String k = Names.key(surface);
        return demonyms.containsKey(k) || (k.endsWith("s") && demonyms.containsKey(k.substring(0, k.length() - 1)));
    }

    /** The country of a nationality adjective ("Saudi" to SAU), or null. */
    String demonymCountry(String word) {
        String c = demonyms.get(Names.key(word));
        return c == null || c.isEmpty() ? null : c;
    }

    /**
     * Words after which a capitalised name is most likely a place: locative prepositions ("in Hit",
     * "from Misrata") and verbs that take territory ("captured Manbij").
     */
    static final Set<String> LOCATIVE = EN.words("locative-cues");

    /** The subset strong enough to license a name that is also a common English word ("in Nice"). */
    static final Set<String> STRONG_LOCATIVE = EN.words("strong-locative-cues");

    /** Nouns that, before "of X", say X is a place ("the town of Hit", "the port city of Hodeidah"). */
    static final Set<String> PLACE_NOUNS = EN.words("place-of-nouns");

    /** Direction words between a name and its container or reference ("in western Libya"). */
    static final Set<String> DIRECTIONS = EN.words("direction-words");

    /** Units of a distance cue, in kilometres. */
    static final Map<String, Double> UNITS = EN.numbers("distance-units");

    /** Lower-case words that may stand inside a multi-word name ("Strait of Hormuz", "Bab el-Mandeb"). */
    static final Set<String> CONNECTORS = EN.words("place-name-connectors");

    /**
     * Nouns that describe a place in an apposition after its name ("Manbij, a city held by the SDF",
     * "Buda, a village in Kajuru", "Palma, a coastal town near ..."): the text itself says the name is
     * a place of that kind.
     */
    static final Set<String> APPOSITION_NOUNS = DataFiles.words("faultline/geo/apposition-nouns.txt");
    private static final Set<String> ARTICLES = DataFiles.words("faultline/geo/indefinite-articles.txt");

    /**
     * After the comma that follows a name, the token just past an apposition that calls it a place
     * ("a strategic village", "the provincial capital", "an oil town"), or -1. Up to two modifiers
     * may stand between the article and the noun.
     */
    static int afterPlaceApposition(java.util.function.IntFunction<String> lower, int size, int k) {
        if (k >= size || !ARTICLES.contains(lower.apply(k))) {
            return -1;
        }
        for (int i = k + 1; i < Math.min(size, k + 4); i++) {
            String w = lower.apply(i);
            if (APPOSITION_NOUNS.contains(w)) {
                return i + 1;
            }
            if (w.isEmpty() || !Character.isLowerCase(w.charAt(0))) {
                return -1;
            }
        }
        return -1;
    }

    /** Lower-case words that may end a multi-word name ("Idlib province", "Prince Edward station"). */
    static final Set<String> NAME_SUFFIXES = EN.words("place-name-suffixes");

    /**
     * Generic nouns that, capitalised after a place name, make the phrase the name of another place:
     * a valley, a peninsula, a street ("Thames Valley", "Dublin Road").
     */
    static final Set<String> NAME_HEADS = EN.words("place-name-heads");

    /**
     * Nouns of the public bodies and schools that are named after the place they serve ("Texas
     * Department of Health", "Ohio Supreme Court", "University of Georgia").
     */
    static final Set<String> INSTITUTION_NOUNS = EN.words("institution-nouns");

    /** Function words that start sentences capitalised ("In Kherson", "But Mosul"): not part of a name. */
    static final Set<String> FUNCTION_WORDS = EN.words("function-words");

    /** Auxiliaries and adverbs skipped between a capital's name and its verb ("Moscow will deploy"). */
    static final Set<String> AUXILIARIES = EN.words("capital-auxiliaries");

    /**
     * Verbs of saying and deciding: a capital that does them is its government ("Beijing has
     * accused", "Washington denied"), a metonym the gold does not code as a place.
     */
    static final Set<String> AGENT_VERBS = EN.words("capital-agent-verbs");

    /** Verbs whose object followed by "to"/"of" is a government ("urged Beijing to respect"). */
    static final Set<String> ADDRESS_VERBS = EN.words("capital-address-verbs");
}
