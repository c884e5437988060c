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
 * countries ({@code demonyms.tsv}), and the small closed classes (prepositions, place nouns,
 * directions, reporting verbs) written here because they are part of the rules.
 */
final class Lexicon {

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

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new HashSet<>(a);
        out.addAll(b);
        return Set.copyOf(out);
    }

    /** A set from a word list that may repeat a word. */
    private static Set<String> words(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
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
    static final Set<String> LOCATIVE = words(
            "in", "at", "near", "from", "into", "to", "outside", "around", "across", "towards", "toward",
            "through", "via", "inside", "within", "throughout", "between", "beyond", "along", "off", "onto",
            "over", "nearby", "outskirts", "entering", "reached", "reaching", "recapture", "recaptured",
            "capture", "captured", "capturing", "seized", "besieged", "shelled", "bombed", "liberated",
            "pounded", "struck", "attacked", "stormed", "retook", "retaken", "overran", "overrun", "encircled",
            "surrounded", "bombarded", "raided", "targeted", "entered", "shelling", "bombing", "attacking",
            "storming", "evacuated", "fled", "visited", "visiting", "toured", "arrived", "returned", "took");

    /** The subset strong enough to license a name that is also a common English word ("in Nice"). */
    static final Set<String> STRONG_LOCATIVE = words(
            "in", "at", "near", "into", "outside", "around", "towards", "toward", "inside", "across",
            "via", "throughout", "outskirts");

    /** Nouns that, before "of X", say X is a place ("the town of Hit", "the port city of Hodeidah"). */
    static final Set<String> PLACE_NOUNS = words(
            "city", "cities", "town", "towns", "village", "villages", "port", "capital", "province",
            "region", "district", "governorate", "state", "area", "outskirts", "suburb", "suburbs",
            "centre", "center", "streets", "neighbourhood", "neighborhood", "stronghold", "enclave",
            "heart", "north", "south", "east", "west", "island", "islands", "border", "oblast", "county",
            "municipality", "settlement", "camp", "valley", "governorates", "provinces", "regions",
            "countries", "country", "republic", "kingdom");

    /** Direction words between a name and its container or reference ("in western Libya"). */
    static final Set<String> DIRECTIONS = words(
            "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
            "northern", "southern", "eastern", "western", "central", "north-east", "north-west",
            "south-east", "south-west", "north-eastern", "north-western", "south-eastern", "south-western",
            "northeastern", "northwestern", "southeastern", "southwestern", "northwards", "southwards",
            "upper", "lower", "neighbouring", "neighboring", "nearby", "the", "of");

    /** Units of a distance cue, in kilometres. */
    static final Map<String, Double> UNITS = Map.of(
            "km", 1.0, "kms", 1.0, "kilometres", 1.0, "kilometers", 1.0, "kilometre", 1.0, "kilometer", 1.0,
            "miles", 1.609, "mile", 1.609, "mi", 1.609);

    /** Lower-case words that may stand inside a multi-word name ("Strait of Hormuz", "Bab el-Mandeb"). */
    static final Set<String> CONNECTORS = union(words(
            "of", "al", "el", "ar", "as", "ad", "an", "ash", "at", "az", "ad-", "de", "du", "des", "la", "le",
            "les", "da", "do", "dos", "del", "di", "bin", "ibn", "bint", "and", "the", "on", "upon", "en", "es"),
            DataFiles.words("faultline/geo/name-particles.txt"));

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
    static final Set<String> NAME_SUFFIXES = union(words(
            "province", "governorate", "region", "state", "district", "station", "building", "crossing",
            "square", "camp", "river", "sea", "strait", "valley", "mountains", "plant", "steelworks",
            "border", "corridor", "peninsula", "basin", "desert", "gate", "bridge", "mosque", "complex",
            "plain", "plains", "strip", "heights"),
            DataFiles.words("faultline/geo/name-suffixes.txt"));

    /**
     * Generic nouns that, capitalised after a place name, make the phrase the name of another place:
     * a valley, a peninsula, a street ("Thames Valley", "Dublin Road"). A school or a police force
     * named after a town ("Paris High School") is that town's, so those nouns are not here.
     */
    static final Set<String> NAME_HEADS = words(
            "valley", "peninsula", "street", "st", "road", "rd", "avenue", "ave", "boulevard", "blvd", "drive",
            "lane", "highway", "pike", "trail", "way", "court", "plaza", "parkway", "expressway", "freeway");

    /**
     * Nouns of the public bodies and schools that are named after the place they serve ("Texas
     * Department of Health", "Ohio Supreme Court", "University of Georgia").
     */
    static final Set<String> INSTITUTION_NOUNS = words(
            "department", "dept", "court", "university", "college", "bureau", "commission", "office", "police",
            "sheriff", "board", "council", "agency", "service", "services", "authority", "association",
            "legislature", "senate", "assembly", "patrol", "guard", "schools", "administration", "ministry",
            "government", "commissioners", "attorney", "treasury", "corrections", "transportation", "highway",
            "school", "high", "elementary", "library", "hospital", "fire", "city", "township", "chamber",
            "historical", "public", "community", "county");

    /** Function words that start sentences capitalised ("In Kherson", "But Mosul"): not part of a name. */
    static final Set<String> FUNCTION_WORDS = words(
            "in", "on", "at", "for", "from", "to", "by", "with", "after", "before", "as", "but", "and", "or",
            "if", "when", "while", "since", "during", "near", "across", "outside", "inside", "around",
            "throughout", "despite", "under", "over", "into", "then", "meanwhile", "later", "earlier",
            "yesterday", "today", "now", "also", "however", "still", "so", "yet", "both", "all", "some", "many",
            "most", "several", "few", "only", "even", "this", "that", "these", "those", "it", "its", "there",
            "here", "his", "her", "their", "our", "we", "they", "he", "she", "i", "you", "last", "next",
            "every", "each", "such", "other", "another", "without", "within", "against", "towards", "toward",
            "beyond", "between", "among", "amid", "via", "until", "unlike", "like", "where", "whereas",
            "although", "though", "because", "unless", "once", "why", "how", "what", "which", "who", "whom",
            "whose", "not", "no", "nor", "neither", "either", "elsewhere", "separately", "further", "back",
            "instead", "indeed", "overnight", "residents", "inside", "north", "south", "east", "west");

    /** Auxiliaries and adverbs skipped between a capital's name and its verb ("Moscow will deploy"). */
    static final Set<String> AUXILIARIES = words(
            "will", "would", "could", "can", "should", "may", "might", "must", "has", "have", "had", "did",
            "does", "do", "also", "not", "n't", "later", "then", "quickly", "immediately", "swiftly",
            "has not", "officially", "repeatedly", "publicly", "again", "already", "reportedly", "now");

    /**
     * Verbs of saying and deciding: a capital that does them is its government ("Beijing has
     * accused", "Washington denied"), a metonym the gold does not code as a place.
     */
    static final Set<String> AGENT_VERBS = words(
            "say", "said", "says", "accuse", "accused", "accuses", "deny", "denied", "denies", "urge", "urged",
            "urges", "warn", "warned", "warns", "accept", "accepted", "accepts", "announce", "announced",
            "announces", "reject", "rejected", "rejects", "insist", "insisted", "insists", "demand",
            "demanded", "demands", "call", "called", "calls", "want", "wanted", "wants", "claim", "claimed",
            "claims", "condemn", "condemned", "condemns", "agree", "agreed", "agrees", "respond", "responded",
            "responds", "hope", "hoped", "hopes", "believe", "believed", "believes", "deploy", "deployed",
            "deploys", "send", "sent", "sends", "sign", "signed", "signs", "threaten", "threatened",
            "threatens", "refuse", "refused", "refuses", "retaliate", "retaliated", "retaliates", "recognise",
            "recognised", "recognises", "recognize", "recognized", "recognizes", "support", "supported",
            "supports", "back", "backed", "backs", "oppose", "opposed", "opposes", "sanction", "sanctioned",
            "impose", "imposed", "imposes", "expel", "expelled", "expels", "summon", "summoned", "summons",
            "protest", "protested", "protests", "approve", "approved", "approves", "decline", "declined",
            "declines", "vow", "vowed", "vows", "pledge", "pledged", "pledges", "promise", "promised",
            "promises", "blame", "blamed", "blames", "criticise", "criticised", "criticises", "criticize",
            "criticized", "criticizes", "welcome", "welcomed", "welcomes", "negotiate", "negotiated",
            "mediate", "mediated", "supply", "supplied", "supplies", "seek", "sought", "seeks", "tell",
            "told", "tells", "ask", "asked", "asks", "argue", "argued", "argues", "maintain", "maintained",
            "maintains", "hail", "hailed", "hails", "praise", "praised", "praises", "apologise",
            "apologised", "apologize", "apologized", "offer", "offered", "offers", "dismiss", "dismissed",
            "dismisses", "respect", "respected", "fear", "feared", "fears", "pressed", "press", "presses",
            "intends", "intended", "plans", "planned", "decided", "decides", "ordered", "orders", "order",
            "stated", "states", "confirmed", "confirms", "confirm", "stepped", "moved", "pushed",
            "insisted", "continues", "continued", "sees", "saw", "considers", "considered", "regards",
            "regarded", "views", "viewed", "suspects", "suspected", "recalled", "recalls", "froze",
            "freezes", "banned", "bans", "vetoed", "vetoes", "retorted", "countered", "reacted", "reacts");

    /** Verbs whose object followed by "to"/"of" is a government ("urged Beijing to respect"). */
    static final Set<String> ADDRESS_VERBS = words(
            "urged", "urge", "urges", "called", "asked", "ask", "asks", "pressed", "press", "told", "tell",
            "accused", "accuse", "accuses", "warned", "warn", "warns", "criticised", "criticized",
            "condemned", "blamed", "pressured", "pressuring", "urging", "accusing", "warning", "asking");
}
