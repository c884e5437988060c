package org.faultline.geo;

import static org.faultline.geo.NameShapes.*;

import java.util.List;
import java.util.Set;
import org.faultline.analysis.Span;
import org.faultline.nlp.EntityMention;
import org.faultline.nlp.Sentence;
import org.faultline.text.DataFiles;

/**
 * Recognition in one sentence: state abbreviations after "Name,", NER locations, names inside
 * organisations' names, then gazetteer n-grams (longest first) over the capitalised words NER left,
 * each kept when {@link PlaceCues} supports it. Found mentions go to {@code out}.
 */
final class SentenceScan extends PlaceCues {
    private static final int MAX_NAME_TOKENS = 4;
    private static final int MAX_STOP_TOKENS = 7;
    /** "Pakistan-administered Kashmir": the participle that makes a country and a region one name. */
    private static final Set<String> ADMINISTERED = DataFiles.words("faultline/geo/administered-words.txt");
    /** "the town of X", "the port city X": a populated place is meant. */
    private static final Set<String> SETTLEMENT_NOUNS = DataFiles.words("faultline/lexicon/en/settlement-nouns.txt");

    private final NameLookup names;
    private final List<RawMention> out;

    SentenceScan(String text, Sentence sentence, List<EntityMention> ents, NameLookup names, Lexicon lexicon,
                 Abbreviations abbreviations, Set<String> placeKeys, List<RawMention> out) {
        super(text, sentence, ents, lexicon, abbreviations, placeKeys);
        this.names = names;
        this.out = out;
    }

    void run() {
        for (int i = 2; i < toks.size(); i++) {
            qualifier(i);
        }
        for (EntityMention e : ents) {
            if (LOCATION_TYPES.contains(e.type())) {
                nerLocation(e.tokenStart(), e.tokenEnd());
            }
        }
        for (int i = 0; i < toks.size(); i++) {
            if (!used[i] && isNameStart(toks.get(i).word()) && !isDeterminer(toks.get(i).word())) {
                if (tag[i] == Tag.OTHER) {
                    otherEntity(i);
                } else {
                    ngram(i);
                }
            }
        }
    }

    /**
     * A state or province abbreviation right after a name and a comma ("Paris, Mo.", "Dover, DE"):
     * a mention of that division, which CueFinder then takes as the name's container.
     */
    private void qualifier(int i) {
        if (!",".equals(word(i - 1)) || !isNameStart(word(i - 2)) || !adjacent(i - 2, i - 1)) {
            return;
        }
        String w = word(i);
        List<GeoCandidate> divisions = abbreviations.divisions(w);
        if (divisions.isEmpty() && i + 1 < toks.size() && ".".equals(word(i + 1)) && adjacent(i, i + 1)) {
            divisions = abbreviations.divisions(w + "."); // "Ky" "." when the tokenizer split a final stop
        }
        if (!divisions.isEmpty()) {
            add(i, i + 1, divisions, false).qualifier = true;
            mark(i, i + 1);
        }
    }

    /** A NER LOCATION span: trusted as a place when the gazetteer knows it and no rule vetoes it. */
    private void nerLocation(int a, int b) {
        b = Math.min(b, toks.size());
        while (a < b && isDeterminer(word(a))) {
            a++;
        }
        while (b > a && isPossessive(word(b - 1))) {
            b--;
        }
        if (a >= b || used[a]) {
            return;
        }
        int wider = regionStart(a, b);
        if (wider < a) { // "southern Lebanon", "Pakistan-administered Kashmir": a region of its own
            add(wider, b, names.lookup(surface(wider, b)), true);
            mark(wider, b);
            return;
        }
        String surface = surface(a, b);
        if (lexicon.isNotPlace(surface)) {
            mark(a, b);
            return;
        }
        List<GeoCandidate> cands = names.lookup(surface);
        boolean suffix = false;
        int end = b;
        if (cands.isEmpty() && b - a > 1 && Names.ADMIN_WORDS.contains(lower(b - 1))) {
            end = b - 1;
            cands = names.lookup(surface(a, end));
            suffix = true;
        }
        if (cands.isEmpty()) {
            if (unlistedInContainer(a, b)) {
                add(a, b, List.of(), true); // "Kuriga, in north-western Kaduna state": placed at Kaduna
                mark(a, b);
            }
            return; // left to the n-gram scan, which may find a shorter name inside
        }
        if (!vetoed(a, end, surface(a, end), cands, true)) {
            RawMention m = add(a, end, cands, true);
            m.adminSuffix |= suffix;
        }
        mark(a, b);
    }

    /**
     * A NER location that the gazetteer lacks, word by word too, which the text puts inside another
     * place ("abducted from Kuriga, in Kaduna state", "Awasse, a village near the port"): a small
     * town, kept with no entries of its own for the resolver to place at its container.
     */
    private boolean unlistedInContainer(int a, int b) {
        for (int t = a; t < b; t++) {
            if (!isNameStart(word(t)) || names.has(Names.key(word(t)))) {
                return false;
            }
        }
        if (b + 1 >= toks.size() || !",".equals(word(b))) {
            return false;
        }
        return "in".equals(lower(b + 1)) || Lexicon.afterPlaceApposition(this::lower, toks.size(), b + 1) >= 0;
    }

    /**
     * Where a region named by a place and the words before it starts ("southern Lebanon", "north-east
     * Nigeria", "Indian-administered Kashmir"), when the gazetteer has that phrase as a region or
     * division of its own; else {@code a}.
     */
    private int regionStart(int a, int b) {
        int k = a - 1;
        if (k >= 2 && ADMINISTERED.contains(lower(k)) && isHyphen(word(k - 1)) && isNameStart(word(k - 2))) {
            k -= 2; // "Pakistan - administered Kashmir"
        } else if (k < 0 || !Lexicon.DIRECTIONS.contains(lower(k)) || Lexicon.CONNECTORS.contains(lower(k))) {
            return a;
        } else if (k >= 2 && isHyphen(word(k - 1)) && Lexicon.DIRECTIONS.contains(lower(k - 2))) {
            k -= 2; // "north - east Nigeria", as the tokenizer splits "north-east"
        }
        for (int t = k; t < a; t++) {
            if (used[t] || t > k && !adjacentOrSpace(t - 1, t)) {
                return a;
            }
        }
        List<GeoCandidate> cands = names.all(surface(k, b));
        boolean region = !cands.isEmpty() && cands.stream().allMatch(c -> c.kind().curated()
                || c.kind() == GeoKind.ADMIN1);
        return region ? k : a;
    }

    /** ORGANIZATION/MISC spans are places only when exactly a gazetteer name after a locative. */
    private void otherEntity(int i) {
        EntityMention e = entityAt[i];
        int a = Math.max(i, e.tokenStart());
        int b = Math.min(toks.size(), e.tokenEnd());
        while (b > a && isPossessive(word(b - 1))) {
            b--;
        }
        boolean cue = locative(a, false) || "of".equals(previousWord(a));
        boolean whole = false;
        if (a < b && a == i && cue && !lexicon.isNotPlace(surface(a, b))) {
            List<GeoCandidate> cands = names.lookup(surface(a, b));
            if (!cands.isEmpty() && !vetoed(a, b, surface(a, b), cands, false)) {
                add(a, b, cands, false);
                whole = true;
            }
        }
        if (!whole && a == i && "ORGANIZATION".equals(e.type())) {
            placeInOrganisation(a, b);
        }
        mark(i, Math.max(i + 1, Math.min(toks.size(), e.tokenEnd())));
    }

    /**
     * A state, country or county that an organisation is named after, at its start or after "of"
     * ("Texas Department of Health", "Laurel County Sheriff's Office", "University of Georgia",
     * "U.S. Supreme Court", "Paris Public Library"): a public body or school of that place, so the
     * text names it (a town only at the start of the name). The mention is marked so that events do
     * not take their place from it.
     */
    private void placeInOrganisation(int a, int b) {
        boolean institution = false;
        for (int k = a; k < b; k++) {
            institution |= Lexicon.INSTITUTION_NOUNS.contains(lower(k));
        }
        if (!institution) {
            return; // "the Gibraltar Eagle" (a ship), "the Washington Post": named after a place, not of it
        }
        for (int k = a; k < b; k++) {
            if (k > a && !"of".equals(lower(k - 1))) {
                continue;
            }
            for (int j = Math.min(k == a ? b - 1 : b, k + MAX_NAME_TOKENS); j > k; j--) { // never the whole name
                if (!validSpan(k, j) || lexicon.isNotPlace(surface(k, j)) || !names.has(Names.key(surface(k, j)))) {
                    continue; // the name itself, not "Texas Department" read as "Texas" + a division word
                }
                boolean divisionWord = Names.ADMIN_WORDS.contains(lower(j - 1));
                boolean start = k == a;
                List<GeoCandidate> cands = names.lookup(surface(k, j)).stream()
                        .filter(c -> c.kind() == GeoKind.COUNTRY || c.kind() == GeoKind.ADMIN1
                                || c.kind() == GeoKind.ADMIN2 && divisionWord || c.kind() == GeoKind.CITY && start)
                        .filter(c -> c.primaryMatch() && !c.commonWord()).toList();
                if (!cands.isEmpty()) { // not "University" of "University of Georgia", "City" of "City Council"
                    add(k, j, cands, false).inName = true;
                    return;
                }
            }
        }
    }

    /** The longest gazetteer name (or stop phrase) starting at token i. */
    private void ngram(int i) {
        int n = toks.size();
        for (int len = Math.min(MAX_STOP_TOKENS, n - i); len >= 1; len--) {
            int j = i + len;
            if (!validSpan(i, j)) {
                continue;
            }
            String surface = surface(i, j);
            if (lexicon.isNotPlace(surface)) {
                mark(i, j);
                return;
            }
            if (len > MAX_NAME_TOKENS) {
                continue;
            }
            List<GeoCandidate> cands = names.lookup(surface);
            if (cands.isEmpty()) {
                continue;
            }
            if (personInside(i, j)) {
                continue;
            }
            if (tailOfLongerLocation(i)) {
                mark(i, j);
                return; // "Peninsula" of "Korean Peninsula", "Union" of "Soviet Union"
            }
            boolean ner = false;
            for (int t = i; t < j; t++) {
                ner |= tag[t] == Tag.LOC;
            }
            if (!vetoed(i, j, surface, cands, ner) && accepted(i, j, cands, ner)) {
                int wider = regionStart(i, j);
                add(wider, j, wider < i ? names.lookup(surface(wider, j)) : cands, ner);
                mark(wider, i);
            }
            mark(i, j);
            return;
        }
    }

    private RawMention add(int a, int b, List<GeoCandidate> cands, boolean ner) {
        Span span = new Span(toks.get(a).start(), toks.get(b - 1).end());
        String surface = surface(a, b);
        int trimmed = possessiveLength(surface);
        if (trimmed > 0) {
            surface = surface.substring(0, surface.length() - trimmed);
            span = new Span(span.start(), span.end() - trimmed);
        }
        String key = Names.key(surface);
        // "Idlib province" groups with "Idlib"; a name the gazetteer has whole ("Laurel County") does not
        String bare = names.has(key) ? null : Names.withoutAdminSuffix(key);
        RawMention m = new RawMention(sentence.index(), a, b, span, surface, bare != null ? bare : key, cands,
                ner, locative(a, false) || placeNounBefore(a));
        m.adminSuffix = b < toks.size() && Names.ADMIN_WORDS.contains(lower(b))
                || Names.withoutAdminSuffix(key) != null;
        String prev = previousWord(a);
        String prev2 = a >= 2 ? lower(a - 2) : "";
        m.cityNoun = SETTLEMENT_NOUNS.contains(prev) || ("of".equals(prev) && SETTLEMENT_NOUNS.contains(prev2));
        out.add(m);
        lastMentionEnd = b;
        for (int t = a; t < b; t++) {
            inMention[t] = true;
        }
        return m;
    }
}
