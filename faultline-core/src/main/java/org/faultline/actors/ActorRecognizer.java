package org.faultline.actors;

import org.faultline.text.DataFiles;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.faultline.analysis.Span;
import org.faultline.nlp.AnnotatedArticle;
import org.faultline.nlp.EntityMention;
import org.faultline.nlp.Sentence;
import org.faultline.nlp.Token;

/**
 * Finds actor mentions: knowledge-base aliases (longest match first), nationality adjectives with
 * or without an agent noun ("Iraqi soldiers" -> IRQ/MIL, "Turkish" -> TUR), generic agents
 * ("protesters", attached to the article's focus country), acronyms defined in the text, and
 * organisations or people NER found that the knowledge base lacks (kept, flagged unknown).
 */
public final class ActorRecognizer {
    private static final Set<String> LOCATIVE = Set.of("in", "into", "across", "throughout", "near", "inside",
            "within", "at", "around", "outside", "towards", "toward", "from", "to", "over");
    /** Before a capital's name, words that make it the city rather than the government. */
    private static final Set<String> CAPITAL_CUES = DataFiles.words("faultline/lexicon/capital-cues.txt");
    private static final Set<String> NAME_CONNECTORS = DataFiles.words("faultline/lexicon/name-connectors.txt");
    private static final Set<String> FACILITIES = DataFiles.words("faultline/lexicon/facility-nouns.txt");
    private static final Set<String> GROUPS = DataFiles.words("faultline/lexicon/group-nouns.txt");

    private final KnowledgeBase kb;

    public ActorRecognizer(KnowledgeBase kb) {
        this.kb = kb;
    }

    /** Both passes, with the focus country judged from the named actors alone. */
    public List<ActorMention> recognize(AnnotatedArticle doc) {
        List<ActorMention> named = recognizeNamed(doc);
        return complete(doc, named, focusCountry(named));
    }

    /**
     * First pass: knowledge-base names and nationalities. The pipeline then resolves places, which
     * tell the article's focus country better than the actors do.
     */
    public List<ActorMention> recognizeNamed(AnnotatedArticle doc) {
        String text = doc.text();
        String date = doc.article().published() == null ? null : doc.article().published().toString();
        List<ActorMention> out = new ArrayList<>();
        Map<String, ActorEntry> defined = new HashMap<>();
        for (Sentence s : doc.sentences()) {
            boolean[] used = new boolean[s.tokens().size()];
            matchAliases(s, text, date, used, out, defined);
            matchNationals(s, text, used, out);
        }
        out.sort(Comparator.comparingInt((ActorMention m) -> m.span().start()));
        return out;
    }

    /**
     * Second pass: head-noun references to named actors ("the coalition"), generic and bare agents
     * ("protesters", "police", attached to the focus country), and organisations or people NER found
     * that the knowledge base lacks.
     */
    public List<ActorMention> complete(AnnotatedArticle doc, List<ActorMention> named, String focus) {
        String text = doc.text();
        List<ActorMention> out = new ArrayList<>(named);
        Map<String, ActorMention> acronyms = new HashMap<>();
        for (Sentence s : doc.sentences()) {
            boolean[] used = usedTokens(s, out);
            matchHeadNounReferences(s, text, used, out);
            matchGenerics(s, text, focus, used, out);
            matchUnknownEntities(doc, s, used, out, acronyms);
        }
        out.sort(Comparator.comparingInt((ActorMention m) -> m.span().start()));
        return out;
    }

    /** The country the article is mostly about, judged by how often each state is named. */
    public static String focusCountry(List<ActorMention> mentions) {
        Map<String, Integer> counts = new HashMap<>();
        for (ActorMention m : mentions) {
            if (m.country() != null && (m.kind() == ActorMention.Kind.NATIONAL || m.id().startsWith(m.country()))) {
                counts.merge(m.country(), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    private void matchAliases(Sentence s, String text, String date, boolean[] used, List<ActorMention> out,
                              Map<String, ActorEntry> defined) {
        List<Token> toks = s.tokens();
        int max = kb.aliases().maxWords() + 2;
        for (int i = 0; i < toks.size(); i++) {
            if (used[i]) {
                continue;
            }
            for (int j = Math.min(toks.size(), i + max); j > i; j--) {
                String surface = text.substring(toks.get(i).start(), toks.get(j - 1).end());
                if (!startsCapitalised(surface)) {
                    if (j == i + 1) {
                        matchHyphenParts(s, toks.get(i), text, date, out); // "anti-Isis"
                    }
                    continue;
                }
                ActorEntry e = defined.get(surface); // "Reporters Without Borders (RSF)" beats the bundled RSF
                if (e == null) {
                    e = choose(kb.aliases().lookup(surface), date);
                }
                if (e == null && j == i + 1) {
                    matchHyphenParts(s, toks.get(i), text, date, out);
                }
                if (e == null) {
                    continue;
                }
                String prev = i > 0 ? toks.get(i - 1).lowerWord() : "";
                boolean insideLongerName = NAME_CONNECTORS.contains(prev) && i >= 2
                        && startsCapitalised(toks.get(i - 2).word()); // "Mocimboa da Praia", "Rio de Janeiro"
                if (isState(e) && LOCATIVE.contains(prev) || isCapital(e, surface) && (LOCATIVE.contains(prev)
                        || CAPITAL_CUES.contains(prev) || insideLongerName)) {
                    break; // "in Iraq", "the capital Sanaa", "seized Kabul" name places, not actors
                }
                // "Houthi fighters", "PKK militia", "US forces": the agent noun belongs to the name
                AgentNoun agent = j < toks.size() && !used[j] ? agentAt(toks, j) : null;
                if (agent != null && !isPerson(e)) {
                    if (isState(e) && agent.sector() != null) {
                        e = kb.sectorOf(e.country(), agent.sector());
                    }
                    j += agent.noun().contains(" ") ? 2 : 1;
                    surface = text.substring(toks.get(i).start(), toks.get(j - 1).end());
                }
                out.add(ActorMention.of(e, ActorMention.Kind.NAMED, surface, s.index(), i, j,
                        new Span(toks.get(i).start(), toks.get(j - 1).end())));
                defineAcronym(toks, j, text, e, defined);
                for (int k = i; k < j; k++) {
                    used[k] = true;
                }
                i = j - 1;
                break;
            }
        }
    }

    /** "Syrian Democratic Forces (SDF)": the bracketed acronym names the same actor from here on. */
    private static void defineAcronym(List<Token> toks, int after, String text, ActorEntry e,
                                      Map<String, ActorEntry> defined) {
        if (after + 2 < toks.size() && toks.get(after).word().equals("(") && toks.get(after + 2).word().equals(")")) {
            String acro = toks.get(after + 1).word();
            if (org.faultline.text.Normalizer.isAcronym(acro)) {
                defined.putIfAbsent(acro, e);
            }
        }
    }

    /** "US-backed", "anti-Isis", "Russian-brokered": the named part of a hyphenated token. */
    private void matchHyphenParts(Sentence s, Token t, String text, String date, List<ActorMention> out) {
        String w = t.word();
        int dash = w.indexOf('-');
        if (dash <= 0 || dash == w.length() - 1) {
            return;
        }
        String[] parts = {w.substring(0, dash), w.substring(dash + 1)};
        int[] offsets = {0, dash + 1};
        String lowerFirst = parts[0].toLowerCase(java.util.Locale.ROOT);
        String lowerSecond = parts[1].toLowerCase(java.util.Locale.ROOT);
        if (lowerFirst.equals("pro") || NOT_ACTOR_SUFFIXES.contains(lowerSecond)) {
            return; // "Pro-Russian separatists", "Russian-speaking residents": description, not the state
        }
        for (int p = 0; p < 2; p++) {
            String part = parts[p];
            if (!startsCapitalised(part)) {
                continue;
            }
            ActorEntry e = choose(kb.aliases().lookup(part), date);
            String iso = e == null ? kb.countryOfAdjective(part) : null;
            if (iso != null) {
                e = kb.get(iso);
            }
            if (e != null) {
                int start = t.start() + offsets[p];
                out.add(ActorMention.of(e, e == kb.get(iso == null ? "" : iso) ? ActorMention.Kind.NATIONAL
                        : ActorMention.Kind.NAMED, part, s.index(), t.index(), t.index() + 1,
                        new Span(start, start + part.length())));
                return;
            }
        }
    }

    private static final Set<String> NOT_ACTOR_SUFFIXES = DataFiles.words("faultline/lexicon/descriptive-suffixes.txt");

    private static final Map<String, String> NON_STATE_MODIFIERS = DataFiles.lines("faultline/lexicon/non-state-modifiers.tsv")
            .stream().map(l -> l.text().split("\t")).collect(java.util.stream.Collectors.toUnmodifiableMap(f -> f[0], f -> f[1]));

    /** The actor type a non-state word among the modifiers implies ("gang" in "Haitian gang leader"), or null. */
    private static String nonStateModifier(List<Token> toks, int from, int to) {
        for (int k = from; k < to; k++) {
            String type = NON_STATE_MODIFIERS.get(toks.get(k).lowerLemma());
            if (type != null) {
                return type;
            }
        }
        return null;
    }

    private void matchNationals(Sentence s, String text, boolean[] used, List<ActorMention> out) {
        List<Token> toks = s.tokens();
        for (int i = 0; i < toks.size(); i++) {
            Token t = toks.get(i);
            if (used[i] || !startsCapitalised(t.word())) {
                continue;
            }
            String iso = kb.countryOfAdjective(t.word());
            if (iso == null) {
                continue;
            }
            // Look right for the agent noun that heads the phrase: "Iraqi government forces" -> forces,
            // "Russian Mi-24 helicopter" -> helicopter.
            int end = i + 1;
            AgentNoun agent = null;
            for (int k = i + 1; k < Math.min(toks.size(), i + 5) && !used[k]; k++) {
                Token n = toks.get(k);
                AgentNoun a = agentAt(toks, k);
                if (a != null) {
                    agent = a;
                    end = k + (a.noun().contains(" ") ? a.noun().split(" ").length : 1);
                    continue;
                }
                boolean modifier = n.isAdjective() || n.isNoun() || n.word().equals("-") || n.pos().equals("CD");
                if (!modifier || agent != null) {
                    break;
                }
            }
            Span span = new Span(t.start(), toks.get(end - 1).end());
            String nonState = nonStateModifier(toks, i + 1, end);
            if (agent != null && agent.sector() != null && nonState != null) {
                // "Haitian gang leader", "Sudanese opposition figures": not the state's sector
                out.add(new ActorMention("generic:" + span.of(text).toLowerCase(java.util.Locale.ROOT), span.of(text),
                        nonState, iso, null, false, ActorMention.Kind.GENERIC, span.of(text), s.index(), i, end, span));
                markUsed(used, i, end);
                i = end - 1;
                continue;
            }
            if (agent != null && agent.sector() == null) {
                // "Syrian fighters", "Afghan refugees": people of that origin, not the state
                out.add(new ActorMention("generic:" + agent.noun().toLowerCase(java.util.Locale.ROOT) + "@" + iso,
                        agent.noun(), agent.type(), iso, null, false, ActorMention.Kind.GENERIC, span.of(text),
                        s.index(), i, end, span));
            } else {
                ActorEntry e = kb.sectorOf(iso, agent == null ? null : agent.sector());
                if (e == null) {
                    continue;
                }
                out.add(ActorMention.of(e, ActorMention.Kind.NATIONAL, span.of(text), s.index(), i, end, span));
            }
            for (int k = i; k < end; k++) {
                used[k] = true;
            }
            i = end - 1;
        }
    }

    /** An agent noun starting at token k, trying two-word nouns ("riot police") before one-word ones. */
    private AgentNoun agentAt(List<Token> toks, int k) {
        if (k + 1 < toks.size()) {
            AgentNoun two = kb.agent(toks.get(k).word() + " " + toks.get(k + 1).word());
            if (two != null) {
                return two;
            }
        }
        AgentNoun a = kb.agent(toks.get(k).word());
        boolean namesGroup = k + 1 < toks.size() && GROUPS.contains(toks.get(k + 1).lowerLemma()); // "rebel group", JJ
        return a != null && (toks.get(k).isNoun() || namesGroup) ? a : null;
    }

    private void matchGenerics(Sentence s, String text, String focus, boolean[] used, List<ActorMention> out) {
        List<Token> toks = s.tokens();
        for (int k = 0; k < toks.size(); k++) {
            if (used[k]) {
                continue;
            }
            AgentNoun a = agentAt(toks, k);
            if (a == null) {
                continue;
            }
            int end = k + (a.noun().contains(" ") ? 2 : 1);
            if (end < toks.size() && GROUPS.contains(toks.get(end).lowerLemma()) && !toks.get(end).isProperNoun()
                    && agentAt(toks, end) == null) {
                end++; // "a rebel group", "militant groups": the agent noun and its body are one party
            } else if (end < toks.size() && toks.get(end).isNoun() && !toks.get(end).isProperNoun() && agentAt(toks, end) == null
                    && !FACILITIES.contains(toks.get(end).lowerLemma())) {
                continue; // "refugee crisis", "police reform": the noun modifies another ("police station" names the police)
            }
            int start = k;
            // Keep descriptive modifiers: "poor Shias", "sectarian Shia forces", "pro-government forces".
            while (start > 0 && start > k - 4 && !used[start - 1] && isModifier(toks.get(start - 1))) {
                start--;
            }
            int spanStart = toks.get(start).start();
            int keyStart = start;
            // "the UN-backed government": the backer stays its own actor, the phrase names the backed one
            if (start >= 1 && toks.get(start - 1).word().matches("(?i).+-(backed|led|supported|allied|aligned)")) {
                spanStart = toks.get(start - 1).start();
                start--;
                used[start] = false;
            } else if (start >= 3 && toks.get(start - 2).word().equals("-")
                    && toks.get(start - 1).lowerWord().matches("backed|led|supported|allied|aligned")) {
                spanStart = toks.get(start - 3).start();
                start -= 2;
            }
            boolean modified = start < k;
            String before = start > 0 ? toks.get(start - 1).lowerWord() : "";
            if (!a.generic() && !modified && ANAPHORIC.contains(before)) {
                continue; // "these forces", "their troops": resolved by the event extractor
            }
            // Counted groups keep their number: "about two million people", "Hundreds of protesters".
            int first = start;
            while (first > 0 && !used[first - 1] && isQuantity(toks, first - 1)) {
                first--;
            }
            Span span = new Span(Math.min(spanStart, toks.get(first).start()), toks.get(end - 1).end());
            String surface = span.of(text);
            String owner = possessorCountry(s, first, out);
            if (!a.generic() && a.sector() != null && (owner != null || !modified && focus != null)) {
                // "Burkina Faso's junta": the possessor's sector; a bare "police", "the government": the home state's
                ActorEntry e = kb.sectorOf(owner != null ? owner : focus, a.sector());
                if (e != null) {
                    out.add(ActorMention.of(e, ActorMention.Kind.NATIONAL, surface, s.index(), first, end, span));
                    markUsed(used, first, end);
                    k = end - 1;
                    continue;
                }
            }
            String type = a.type() == null ? "OTHER" : a.type();
            String key = text.substring(toks.get(keyStart).start(), toks.get(end - 1).end()).toLowerCase(java.util.Locale.ROOT);
            out.add(new ActorMention("generic:" + key + "@" + focus, a.noun(), type, focus, null, false,
                    ActorMention.Kind.GENERIC, surface, s.index(), first, end, span));
            markUsed(used, first, end);
            k = end - 1;
        }
    }

    /** The state named right before "'s": "Burkina Faso's junta", "Kyiv's forces". */
    private static String possessorCountry(Sentence s, int first, List<ActorMention> out) {
        if (first < 2 || !(s.token(first - 1).word().equals("'s") || s.token(first - 1).word().equals("\u2019s"))) {
            return null;
        }
        for (ActorMention m : out) {
            if (m.covers(s.index(), first - 2) && m.country() != null && m.kind() != ActorMention.Kind.GENERIC
                    && (m.id().equals(m.country()) || m.id().startsWith(m.country() + "/"))) {
                return m.country();
            }
        }
        return null;
    }

    /** Part of a counted group before its noun: "about two million", "Hundreds of", "at least 25", "more than". */
    private static boolean isQuantity(List<Token> toks, int i) {
        String w = toks.get(i).lowerWord();
        if (toks.get(i).pos().equals("CD") || Set.of("about", "some", "nearly", "around", "over", "almost",
                "hundreds", "thousands", "dozens", "tens", "millions", "several", "least", "more").contains(w)) {
            return true;
        }
        return switch (w) {
            case "at" -> i + 1 < toks.size() && toks.get(i + 1).lowerWord().equals("least");
            case "than" -> i > 0 && Set.of("more", "fewer", "less").contains(toks.get(i - 1).lowerWord());
            case "of" -> i > 0 && Set.of("hundreds", "thousands", "dozens", "tens", "millions", "scores")
                    .contains(toks.get(i - 1).lowerWord());
            default -> false;
        };
    }

    private static final Set<String> ANAPHORIC = Set.of("these", "those", "its", "their", "his", "her", "our", "such");

    private boolean isModifier(Token t) {
        boolean nounModifier = t.isNoun() && !t.isProperNoun() && kb.agent(t.word()) == null; // "unity government"
        if (!(t.isAdjective() || t.isProperNoun() || nounModifier) || t.pos().equals("CD") || t.word().matches(".*\\d.*")) {
            return false;
        }
        String ner = t.ner();
        return !(ner.equals("DATE") || ner.equals("TIME") || ner.equals("DURATION") || ner.equals("NUMBER"));
    }

    private static void markUsed(boolean[] used, int from, int to) {
        for (int i = from; i < to; i++) {
            used[i] = true;
        }
    }

    /**
     * "the coalition", "coalition jets", "the Front": a bare head noun that ends the name of an
     * organisation named earlier in the article refers to it.
     */
    private void matchHeadNounReferences(Sentence s, String text, boolean[] used, List<ActorMention> out) {
        List<Token> toks = s.tokens();
        for (int k = 0; k < toks.size(); k++) {
            Token t = toks.get(k);
            if (used[k] || !t.isNoun() || t.isProperNoun() && k > 0 && toks.get(k - 1).isProperNoun()) {
                continue;
            }
            String head = t.lowerWord();
            if (!HEAD_NOUNS.contains(head)) {
                continue;
            }
            ActorMention antecedent = null;
            for (ActorMention m : out) {
                ActorEntry named = kb.get(m.id());
                if (m.kind() == ActorMention.Kind.NAMED && m.span().start() < t.start() && named != null
                        && named.sector() == null && !named.id().equals(named.country())
                        && named.name().toLowerCase(java.util.Locale.ROOT).endsWith(" " + head)) {
                    antecedent = m;
                }
            }
            if (antecedent == null) {
                continue;
            }
            int end = k + 1;
            AgentNoun agent = end < toks.size() && !used[end] ? agentAt(toks, end) : null;
            if (agent != null) {
                end++;
            }
            Span span = new Span(t.start(), toks.get(end - 1).end());
            ActorEntry e = kb.get(antecedent.id());
            if (e != null) {
                out.add(ActorMention.of(e, ActorMention.Kind.NAMED, span.of(text), s.index(), k, end, span));
                markUsed(used, k, end);
            }
            k = end - 1;
        }
    }

    private static final Set<String> HEAD_NOUNS = DataFiles.words("faultline/lexicon/organisation-head-nouns.txt");

    private void matchUnknownEntities(AnnotatedArticle doc, Sentence s, boolean[] used, List<ActorMention> out,
                                      Map<String, ActorMention> acronyms) {
        for (EntityMention m : doc.entities()) {
            if (m.sentence() != s.index() || !(m.type().equals("ORGANIZATION") || m.type().equals("PERSON"))) {
                continue;
            }
            boolean free = true;
            boolean pronoun = true;
            for (int k = m.tokenStart(); k < m.tokenEnd(); k++) {
                free &= !used[k];
                pronoun &= s.token(k).pos().startsWith("PRP");
            }
            if (pronoun) {
                continue; // "her", "him": left to the anaphora resolver
            }
            if (!free) {
                continue;
            }
            String type = m.type().equals("PERSON") ? "PERSON" : "OTHER";
            String id = "unknown:" + org.faultline.text.Normalizer.key(m.text());
            String name = m.text();
            ActorMention defined = acronyms.get(m.text());
            if (defined != null) {
                id = defined.id(); // "The IPF later withdrew": the organisation spelled out earlier
                name = defined.name();
            } else if (type.equals("PERSON")) {
                id = personId(out, m.text());
            }
            ActorMention mention = new ActorMention(id, name, type, null, null, false, ActorMention.Kind.UNKNOWN,
                    m.text(), s.index(), m.tokenStart(), m.tokenEnd(), new Span(m.start(), m.end()));
            out.add(mention);
            markUsed(used, m.tokenStart(), m.tokenEnd());
            List<Token> toks = s.tokens();
            int after = m.tokenEnd();
            if (type.equals("OTHER") && after + 2 < toks.size() && toks.get(after).word().equals("(")
                    && toks.get(after + 2).word().equals(")")
                    && org.faultline.text.Normalizer.isAcronym(toks.get(after + 1).word())) {
                acronyms.putIfAbsent(toks.get(after + 1).word(), mention);
            }
        }
        // Later bare uses of an acronym defined for an unknown organisation, whether or not NER tagged them.
        for (Token t : s.tokens()) {
            ActorMention defined = acronyms.get(t.word());
            if (defined != null && !used[t.index()]) {
                out.add(new ActorMention(defined.id(), defined.name(), defined.type(), null, null, false,
                        ActorMention.Kind.UNKNOWN, t.word(), s.index(), t.index(), t.index() + 1,
                        new Span(t.start(), t.end())));
                used[t.index()] = true;
            }
        }
    }

    /** A surname alone ("Lam") refers to the person named in full earlier ("Carrie Lam"). */
    private static String personId(List<ActorMention> earlier, String name) {
        String key = org.faultline.text.Normalizer.key(name);
        for (ActorMention m : earlier) {
            if (m.isPerson() && (m.name().endsWith(" " + name) || org.faultline.text.Normalizer.key(m.name()).equals(key))) {
                return m.id();
            }
        }
        return "unknown:" + key;
    }

    private static boolean[] usedTokens(Sentence s, List<ActorMention> out) {
        boolean[] used = new boolean[s.tokens().size()];
        for (ActorMention m : out) {
            if (m.sentence() == s.index()) {
                for (int k = m.tokenStart(); k < m.tokenEnd(); k++) {
                    used[k] = true;
                }
            }
        }
        return used;
    }

    /** Among candidates for one alias, prefer names valid at the article date, then organisations over people. */
    private static ActorEntry choose(List<ActorEntry> candidates, String date) {
        ActorEntry best = null;
        for (ActorEntry e : candidates) {
            if (best == null || (e.validAt(date) && !best.validAt(date))) {
                best = e;
            }
        }
        return best;
    }

    private boolean isCapital(ActorEntry e, String surface) {
        if (!"GOV".equals(e.sector())) {
            return false;
        }
        StateEntry st = kb.state(e.country());
        return st != null && (surface.equalsIgnoreCase(st.capital()) || st.metonyms().stream()
                .anyMatch(m -> m.equalsIgnoreCase(surface)));
    }

    private static boolean isPerson(ActorEntry e) {
        return "PERSON".equals(e.type());
    }

    private static boolean isState(ActorEntry e) {
        return e.sector() == null && e.country() != null && e.id().equals(e.country());
    }

    private static boolean startsCapitalised(String surface) {
        for (int i = 0; i < surface.length(); i++) {
            char c = surface.charAt(i);
            if (Character.isLetter(c)) {
                if (Character.isUpperCase(c)) {
                    return true;
                }
                // "al-Qaeda", "el-Sisi": a lower-case particle before a capitalised name
                int dash = surface.indexOf('-', i);
                return dash > 0 && dash < 4 + i && dash + 1 < surface.length()
                        && Character.isUpperCase(surface.charAt(dash + 1));
            }
        }
        return false;
    }
}
