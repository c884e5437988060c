package org.faultline.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.faultline.analysis.Span;
import org.faultline.nlp.AnnotatedArticle;
import org.faultline.nlp.EntityMention;
import org.faultline.nlp.Sentence;
import org.faultline.nlp.Token;
import org.faultline.text.DataFiles;

/**
 * Recognition: finds the place names of an article. NER LOCATION spans come first; then gazetteer
 * lookups over capitalised n-grams (up to four tokens) catch what NER missed, each accepted only
 * with enough support (a locative cue, a country or curated name, a large population) because a
 * capitalised word in news is more often an actor, a person or a headline word than a village.
 */
final class MentionFinder {

    private static final int MAX_NAME_TOKENS = 4;
    /** "Pakistan-administered Kashmir": the participle that makes a country and a region one name. */
    private static final Set<String> ADMINISTERED =
            org.faultline.text.DataFiles.words("faultline/geo/administered-words.txt");
    private static final int MAX_STOP_TOKENS = 7;
    private static final long LARGE_PLACE = 100_000;

    private static final Set<String> LOCATION_TYPES = Set.of(
            "LOCATION", "LOC", "GPE", "CITY", "COUNTRY", "STATE_OR_PROVINCE", "FAC");
    private static final Set<String> IGNORED_TYPES = Set.of(
            "DATE", "TIME", "DURATION", "SET", "NUMBER", "ORDINAL", "MONEY", "PERCENT", "EMAIL", "URL", "O");
    /** "al-Hasakah", "d'Ivoire": a lower-case article or elision before a capital still starts a name. */
    private static final Pattern ARTICLE_PREFIX =
            Pattern.compile("^(?:(?:al|el|ar|as|ad|an|ash|at|az|ed|ez)[-\u2011]|[dl]['\u2019])\\p{Lu}.*");

    private enum Tag { NONE, LOC, PER, OTHER }

    /** Words before a distance ("about 80 km"). */
    private static final Set<String> APPROXIMATELY = DataFiles.words("faultline/lexicon/en/approximators.txt");
    /** "the town of X", "the port city X": a populated place is meant. */
    private static final Set<String> SETTLEMENT_NOUNS = DataFiles.words("faultline/lexicon/en/settlement-nouns.txt");
    /** "according to", "loyal to": a "to" that is no locative. */
    private static final Set<String> NON_LOCATIVE_TO = DataFiles.words("faultline/lexicon/en/non-locative-to.txt");
    /** ",", "and": what joins the names of a list. */
    private static final Set<String> LIST_JOINERS = DataFiles.words("faultline/lexicon/en/list-joiners.txt");
    private static final Set<String> ARTICLES = DataFiles.words("faultline/lexicon/en/articles.txt");

    /** Keys shorter than this match only an entry's own name, never an alternate one. */
    private static final int MIN_ALTERNATE_KEY = 4;

    private final Gazetteer gazetteer;
    private final Lexicon lexicon;
    private final Abbreviations abbreviations;

    MentionFinder(Gazetteer gazetteer, Lexicon lexicon, Abbreviations abbreviations) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
        this.abbreviations = abbreviations;
    }

    /**
     * The gazetteer's entries for a surface, with short names held to their exact form: a key under
     * four letters matches only entries whose own name it is ("Wa", not the "Kan" that is one of
     * Ganzhou's many alternate names), and an abbreviation with a full stop ("Fla.", "Que.") matches
     * only the curated entries that list it ("U.S."); state abbreviations are read as qualifiers only.
     */
    private List<GeoCandidate> lookup(String surface) {
        List<GeoCandidate> cands = gazetteer.lookup(surface);
        String key = Names.key(surface).replace(" ", "");
        if (cands.isEmpty() || key.length() >= MIN_ALTERNATE_KEY) {
            return cands;
        }
        boolean abbreviation = surface.endsWith(".");
        return cands.stream().filter(c -> abbreviation ? c.kind() == GeoKind.COUNTRY || c.kind().curated()
                : c.primaryMatch()).toList();
    }

    List<RawMention> find(AnnotatedArticle doc) {
        Map<Integer, List<EntityMention>> entities = new HashMap<>();
        for (EntityMention e : doc.entities()) {
            entities.computeIfAbsent(e.sentence(), k -> new ArrayList<>()).add(e);
        }
        List<RawMention> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            scan(doc, s, entities, Set.of(), out);
        }
        // one sense per article: a name the text shows to be a place ("the province of Cabo Delgado")
        // is that place after a locative elsewhere ("deploying to Cabo Delgado"), whatever NER said
        Set<String> placeKeys = new java.util.HashSet<>();
        out.forEach(m -> placeKeys.add(m.key));
        Set<Integer> again = new java.util.HashSet<>();
        for (EntityMention e : doc.entities()) {
            if ("PERSON".equals(e.type()) && e.text() != null && placeKeys.contains(Names.key(e.text()))) {
                again.add(e.sentence());
            }
        }
        if (!again.isEmpty()) {
            out.removeIf(m -> again.contains(m.sentence));
            for (int i : again) {
                scan(doc, doc.sentences().get(i), entities, placeKeys, out);
            }
        }
        dropSurnames(doc, out);
        out.sort(Comparator.comparingInt(m -> m.span.start()));
        return out;
    }

    private void scan(AnnotatedArticle doc, Sentence s, Map<Integer, List<EntityMention>> entities,
                      Set<String> placeKeys, List<RawMention> out) {
        new SentenceScan(doc.text(), s, entities.getOrDefault(s.index(), List.of()), out, placeKeys).run();
    }

    /**
     * A one-word name that the article also uses as a person's surname ("Elizabeth Fairfield" ...
     * "Fairfield's defense team") is that person, unless a strong locative stands before it ("in
     * Fairfield") or it names a country or a state.
     */
    private static void dropSurnames(AnnotatedArticle doc, List<RawMention> mentions) {
        java.util.Set<String> surnames = new java.util.HashSet<>();
        for (EntityMention e : doc.entities()) {
            if ("PERSON".equals(e.type()) && e.tokenEnd() - e.tokenStart() >= 2) {
                List<Token> toks = doc.sentences().get(e.sentence()).tokens();
                surnames.add(Names.key(toks.get(Math.min(toks.size(), e.tokenEnd()) - 1).word()));
            }
        }
        if (surnames.isEmpty()) {
            return;
        }
        mentions.removeIf(m -> m.tokenEnd - m.tokenStart == 1 && surnames.contains(m.key) && !m.qualifier
                && m.candidates.stream().noneMatch(c -> c.kind() == GeoKind.COUNTRY || c.kind() == GeoKind.ADMIN1)
                && !afterStrongLocative(doc.sentences().get(m.sentence).tokens(), m.tokenStart));
    }

    private static boolean afterStrongLocative(List<Token> toks, int a) {
        int k = a - 1;
        while (k >= 0 && Lexicon.DIRECTIONS.contains(Names.lower(toks.get(k).word()))) {
            k--;
        }
        return k >= 0 && Lexicon.STRONG_LOCATIVE.contains(Names.lower(toks.get(k).word()));
    }

    /** The state of scanning one sentence. */
    private final class SentenceScan {
        final String text;
        final Sentence sentence;
        final List<Token> toks;
        final List<EntityMention> ents;
        final List<RawMention> out;
        /** Keys of the names found as places elsewhere in the article (empty on the first pass). */
        final Set<String> placeKeys;
        final Tag[] tag;
        final EntityMention[] entityAt;
        final boolean[] used;
        final boolean[] inMention;
        final int first;
        final boolean titleCase;
        int lastMentionEnd = -1;

        SentenceScan(String text, Sentence sentence, List<EntityMention> ents, List<RawMention> out,
                     Set<String> placeKeys) {
            this.placeKeys = placeKeys;
            this.text = text;
            this.sentence = sentence;
            this.toks = sentence.tokens();
            this.ents = ents;
            this.out = out;
            int n = toks.size();
            tag = new Tag[n];
            entityAt = new EntityMention[n];
            used = new boolean[n];
            inMention = new boolean[n];
            java.util.Arrays.fill(tag, Tag.NONE);
            for (EntityMention e : ents) {
                Tag t = LOCATION_TYPES.contains(e.type()) ? Tag.LOC
                        : "PERSON".equals(e.type()) ? Tag.PER
                        : IGNORED_TYPES.contains(e.type()) ? Tag.NONE : Tag.OTHER;
                for (int i = Math.max(0, e.tokenStart()); i < Math.min(n, e.tokenEnd()); i++) {
                    tag[i] = t;
                    entityAt[i] = e;
                }
            }
            int f = 0;
            while (f < n && !hasLetter(toks.get(f).word())) {
                f++;
            }
            first = f;
            titleCase = isTitleCase(toks);
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
                add(wider, b, lookup(surface(wider, b)), true);
                mark(wider, b);
                return;
            }
            String surface = surface(a, b);
            if (lexicon.isNotPlace(surface)) {
                mark(a, b);
                return;
            }
            List<GeoCandidate> cands = lookup(surface);
            boolean suffix = false;
            int end = b;
            if (cands.isEmpty() && b - a > 1 && Names.ADMIN_WORDS.contains(lower(b - 1))) {
                end = b - 1;
                cands = lookup(surface(a, end));
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
                if (!isNameStart(word(t)) || gazetteer.has(Names.key(word(t)))) {
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
            List<GeoCandidate> cands = gazetteer.lookup(surface(k, b));
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
                List<GeoCandidate> cands = lookup(surface(a, b));
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
                    if (!validSpan(k, j) || lexicon.isNotPlace(surface(k, j)) || !gazetteer.has(Names.key(surface(k, j)))) {
                        continue; // the name itself, not "Texas Department" read as "Texas" + a division word
                    }
                    boolean divisionWord = Names.ADMIN_WORDS.contains(lower(j - 1));
                    boolean start = k == a;
                    List<GeoCandidate> cands = lookup(surface(k, j)).stream()
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
                List<GeoCandidate> cands = lookup(surface);
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
                    add(wider, j, wider < i ? lookup(surface(wider, j)) : cands, ner);
                    mark(wider, i);
                }
                mark(i, j);
                return;
            }
        }

        /** Rules that reject a match whatever its support. */
        private boolean vetoed(int a, int b, String surface, List<GeoCandidate> cands, boolean ner) {
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
        private boolean accepted(int a, int b, List<GeoCandidate> cands, boolean ner) {
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
            String bare = gazetteer.has(key) ? null : Names.withoutAdminSuffix(key);
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

        /**
         * Inside a NER location the gazetteer does not know whole, a name after a nationality adjective
         * or a joining particle is the tail of that longer name ("Korean Peninsula", "Mocimboa da
         * Praia"), not a place of its own.
         */
        private boolean tailOfLongerLocation(int i) {
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
        private boolean insideLongerName(int a, int b) {
            boolean before = a > first && adjacentOrSpace(a - 1, a) && isNameStart(word(a - 1))
                    && !isDeterminer(word(a - 1)) && !Lexicon.FUNCTION_WORDS.contains(lower(a - 1)) && !titleCase;
            boolean after = b < toks.size() && adjacentOrSpace(b - 1, b) && isNameStart(word(b)) && !titleCase;
            return before || after;
        }

        /** A state or province, or a name ending in its division word ("Douglas County"). */
        private boolean division(int a, int b, List<GeoCandidate> cands) {
            return Names.ADMIN_WORDS.contains(lower(b - 1)) || cands.stream().anyMatch(c -> c.kind() == GeoKind.ADMIN1);
        }

        /** Right after the match, a capitalised generic noun that makes it another thing's name. */
        private boolean headNounAfter(int b) {
            return b < toks.size() && adjacentOrSpace(b - 1, b) && isNameStart(word(b))
                    && Lexicon.NAME_HEADS.contains(lower(b));
        }

        // ------------------------------------------------------------ cues

        /** A locative word before the name, skipping "the" and direction adjectives ("in western"). */
        private boolean locative(int a, boolean strong) {
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
        private boolean namePart(int a) {
            if (a <= first || titleCase || !adjacentOrSpace(a - 1, a) || inMention[a - 1]) {
                return false;
            }
            String prev = word(a - 1);
            return isNameStart(prev) && !isDeterminer(prev) && !Lexicon.DIRECTIONS.contains(lower(a - 1))
                    && !Lexicon.FUNCTION_WORDS.contains(lower(a - 1)) && !lexicon.isDemonym(prev);
        }

        /** "the town of X", "the capital Sanaa", "the port city of Hodeidah". */
        private boolean placeNounBefore(int a) {
            int k = a - 1;
            if (k >= 0 && "of".equals(lower(k))) {
                k--;
            }
            return k >= 0 && Lexicon.PLACE_NOUNS.contains(lower(k));
        }

        /** "Fallujah, Mosul and Raqqa": a name right after a recognised one and a comma or "and". */
        private boolean listContinuation(int a) {
            int k = a - 1;
            if (k < 0 || !LIST_JOINERS.contains(lower(k))) {
                return false;
            }
            return lastMentionEnd == k || (k > 0 && ",".equals(lower(k - 1)) && lastMentionEnd == k - 1);
        }

        /** "X, in Y", "X province", "X, 40 miles west of Y": the text itself treats X as a place. */
        private boolean containmentAfter(int b) {
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

        // ------------------------------------------------------------ tokens

        private boolean validSpan(int i, int j) {
            for (int t = i; t < j; t++) {
                if (used[t]) {
                    return false;
                }
                if (t > i && !adjacentOrSpace(t - 1, t)) {
                    return false;
                }
            }
            String last = word(j - 1);
            boolean lastOk = isNameStart(last) || (j - 1 > i && Lexicon.NAME_SUFFIXES.contains(lower(j - 1)));
            if (!lastOk) {
                return false;
            }
            for (int t = i + 1; t < j - 1; t++) {
                String w = word(t);
                if (!isNameStart(w) && !Lexicon.CONNECTORS.contains(lower(t)) && !isHyphen(w)) {
                    return false;
                }
            }
            return true;
        }

        /** PERSON tokens may be part of a place name only when a place noun ends it ("Prince Edward station"). */
        private boolean personInside(int i, int j) {
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

        private void mark(int a, int b) {
            for (int t = a; t < b && t < used.length; t++) {
                used[t] = true;
            }
        }

        private String surface(int a, int b) {
            return text.substring(toks.get(a).start(), toks.get(b - 1).end());
        }

        private String word(int i) { return toks.get(i).word(); }

        private String lower(int i) { return Names.lower(toks.get(i).word()); }

        private String previousWord(int a) { return a > 0 ? lower(a - 1) : ""; }

        private boolean adjacent(int a, int b) { return toks.get(a).end() == toks.get(b).start(); }

        /** Tokens of one name are joined by nothing (split hyphens) or by spaces within one line. */
        private boolean adjacentOrSpace(int a, int b) {
            int from = toks.get(a).end();
            int to = toks.get(b).start();
            if (to < from || to - from > 2) {
                return false;
            }
            for (int c = from; c < to; c++) {
                if (text.charAt(c) != ' ' && text.charAt(c) != '\u00a0') {
                    return false;
                }
            }
            return true;
        }
    }

    // ---------------------------------------------------------------- word classes

    /** Capitalised, or an Arabic article before a capital ("al-Hasakah"). */
    static boolean isNameStart(String w) {
        if (w.isEmpty()) {
            return false;
        }
        int cp = w.codePointAt(0);
        return Character.isUpperCase(cp) || Character.isTitleCase(cp) || ARTICLE_PREFIX.matcher(w).matches();
    }

    static boolean hasLetter(String w) {
        return w.chars().anyMatch(Character::isLetter);
    }

    private static boolean isDeterminer(String w) {
        String l = Names.lower(w);
        return ARTICLES.contains(l);
    }

    private static boolean isPossessive(String w) {
        return w.equals("'s") || w.equals("\u2019s") || w.equals("'") || w.equals("\u2019");
    }

    /** Length of a possessive ending left on the last token ("Iraq's"), or 0. */
    private static int possessiveLength(String s) {
        if (s.endsWith("'s") || s.endsWith("\u2019s")) {
            return 2;
        }
        return 0;
    }

    private static boolean isHyphen(String w) {
        return w.equals("-") || w.equals("\u2010") || w.equals("\u2011") || w.equals("\u2013");
    }

    private static boolean isOpening(String w) {
        return w.equals("\"") || w.equals("\u201c") || w.equals("'") || w.equals("\u2018") || w.equals("(")
                || w.equals("-LRB-") || w.equals("``") || w.equals(":") || w.equals("\u2013") || w.equals("\u2014");
    }

    /** A headline or heading: most words capitalised, so capitals say nothing about names. */
    private static boolean isTitleCase(List<Token> toks) {
        int words = 0;
        int caps = 0;
        for (Token t : toks) {
            String w = t.word();
            if (w.length() > 3 && hasLetter(w)) {
                words++;
                if (Character.isUpperCase(w.codePointAt(0))) {
                    caps++;
                }
            }
        }
        return words >= 3 && caps * 10 >= words * 7;
    }
}
