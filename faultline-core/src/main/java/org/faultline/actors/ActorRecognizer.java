package org.faultline.actors;

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
            "within", "at", "around", "outside", "towards", "toward", "capital", "city", "of", "from", "to", "over");

    private final KnowledgeBase kb;

    public ActorRecognizer(KnowledgeBase kb) {
        this.kb = kb;
    }

    public List<ActorMention> recognize(AnnotatedArticle doc) {
        String text = doc.text();
        String date = doc.article().published() == null ? null : doc.article().published().toString();
        List<ActorMention> out = new ArrayList<>();
        Map<String, ActorEntry> defined = new HashMap<>();
        for (Sentence s : doc.sentences()) {
            boolean[] used = new boolean[s.tokens().size()];
            matchAliases(s, text, date, used, out, defined);
            matchNationals(s, text, used, out);
        }
        String focus = focusCountry(out);
        for (Sentence s : doc.sentences()) {
            boolean[] used = usedTokens(s, out);
            matchGenerics(s, text, focus, used, out);
            matchUnknownEntities(doc, s, used, out);
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
                    continue;
                }
                ActorEntry e = choose(kb.aliases().lookup(surface), date);
                if (e == null) {
                    e = defined.get(surface);
                }
                if (e == null && j == i + 1) {
                    matchHyphenParts(s, toks.get(i), text, date, out);
                }
                if (e == null) {
                    continue;
                }
                if ((isState(e) || isCapital(e, surface)) && i > 0 && LOCATIVE.contains(toks.get(i - 1).lowerWord())) {
                    break; // "in Iraq", "the capital Sanaa" name places, not actors
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
            // Look right for the agent noun that heads the phrase: "Iraqi government forces" -> forces.
            int end = i + 1;
            AgentNoun agent = null;
            for (int k = i + 1; k < Math.min(toks.size(), i + 4) && !used[k]; k++) {
                Token n = toks.get(k);
                AgentNoun a = agentAt(toks, k);
                if (a != null) {
                    agent = a;
                    end = k + (a.noun().contains(" ") ? a.noun().split(" ").length : 1);
                    continue;
                }
                if (!(n.isAdjective() || n.isNoun()) || agent != null) {
                    break;
                }
            }
            ActorEntry e = kb.sectorOf(iso, agent == null ? null : agent.sector());
            if (e == null) {
                continue;
            }
            Span span = new Span(t.start(), toks.get(end - 1).end());
            out.add(ActorMention.of(e, ActorMention.Kind.NATIONAL, span.of(text), s.index(), i, end, span));
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
        return a != null && toks.get(k).isNoun() ? a : null;
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
            int start = k;
            // Keep descriptive modifiers: "poor Shias", "sectarian Shia forces", "pro-government forces".
            while (start > 0 && start > k - 3 && !used[start - 1] && (toks.get(start - 1).isAdjective()
                    || toks.get(start - 1).isProperNoun()) && !toks.get(start - 1).pos().equals("CD")) {
                start--;
            }
            boolean modified = start < k;
            if (!a.generic() && !modified) {
                continue; // bare "forces" or "troops" is an anaphor, resolved by the event extractor
            }
            String type = a.type() == null ? "OTHER" : a.type();
            Span span = new Span(toks.get(start).start(), toks.get(end - 1).end());
            String surface = span.of(text);
            out.add(new ActorMention("generic:" + surface.toLowerCase(java.util.Locale.ROOT) + "@" + focus, surface,
                    type, focus, null, false, ActorMention.Kind.GENERIC, surface, s.index(), start, end, span));
            for (int i = start; i < end; i++) {
                used[i] = true;
            }
            k = end - 1;
        }
    }

    private void matchUnknownEntities(AnnotatedArticle doc, Sentence s, boolean[] used, List<ActorMention> out) {
        for (EntityMention m : doc.entities()) {
            if (m.sentence() != s.index() || !(m.type().equals("ORGANIZATION") || m.type().equals("PERSON"))) {
                continue;
            }
            boolean free = true;
            for (int k = m.tokenStart(); k < m.tokenEnd(); k++) {
                free &= !used[k];
            }
            if (!free) {
                continue;
            }
            String type = m.type().equals("PERSON") ? "PERSON" : "OTHER";
            String id = "unknown:" + org.faultline.text.Normalizer.key(m.text());
            if (type.equals("PERSON")) {
                id = personId(out, m.text());
            }
            out.add(new ActorMention(id, m.text(), type, null, null, false, ActorMention.Kind.UNKNOWN, m.text(),
                    s.index(), m.tokenStart(), m.tokenEnd(), new Span(m.start(), m.end())));
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
