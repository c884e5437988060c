package org.faultline.actors;

import java.util.List;
import java.util.Locale;
import org.faultline.analysis.Span;
import org.faultline.nlp.Sentence;
import org.faultline.nlp.Token;

/**
 * Agent nouns not yet part of a name: "protesters", "about two million people", "sectarian Shia
 * forces", "a rebel group". A sector noun ("police", "the government") belongs to the state that
 * owns it ("Burkina Faso's junta") or, bare, to the article's focus country; other agents are
 * generic actors attached to the focus country.
 */
final class GenericMatcher {
    private final KnowledgeBase kb;
    private final ActorWords words;
    private final AgentNouns agents;

    GenericMatcher(KnowledgeBase kb, ActorWords words, AgentNouns agents) {
        this.kb = kb;
        this.words = words;
        this.agents = agents;
    }

    void match(Sentence s, String text, String focus, Claims claims) {
        List<Token> toks = s.tokens();
        for (int k = 0; k < toks.size(); k++) {
            if (claims.used(k)) {
                continue;
            }
            AgentNoun a = agents.at(toks, k);
            if (a == null) {
                continue;
            }
            int end = k + (a.noun().contains(" ") ? 2 : 1);
            if (end < toks.size() && agents.isGroupNoun(toks.get(end)) && !toks.get(end).isProperNoun()
                    && agents.at(toks, end) == null) {
                end++; // "a rebel group", "militant groups": the agent noun and its body are one party
            } else if (a.generic() && end < toks.size() && isOfficeNoun(agents.at(toks, end))) {
                end += AgentNouns.length(agents.at(toks, end)); // "rebel leaders", "militia commanders": the group's own
            } else if (end < toks.size() && toks.get(end).isNoun() && !toks.get(end).isProperNoun()
                    && agents.at(toks, end) == null && !words.facilities().contains(toks.get(end).lowerLemma())) {
                continue; // "refugee crisis", "police reform": the noun modifies another ("police station" names the police)
            }
            int start = k;
            // Keep descriptive modifiers: "poor Shias", "sectarian Shia forces", "pro-government forces".
            while (start > 0 && start > k - 4 && !claims.used(start - 1) && agents.isModifier(toks.get(start - 1))) {
                start--;
            }
            start = AgentNouns.ageStart(toks, start); // "a 23-year-old man"
            int spanStart = toks.get(start).start();
            int keyStart = start;
            // "the UN-backed government": the backer stays its own actor, the phrase names the backed one
            if (start >= 1 && isBacked(toks.get(start - 1).word())) {
                spanStart = toks.get(start - 1).start();
                start--;
                claims.release(start);
            } else if (start >= 3 && toks.get(start - 2).word().equals("-")
                    && words.backingParticiples().contains(toks.get(start - 1).lowerWord())) {
                spanStart = toks.get(start - 3).start();
                start -= 2;
            }
            boolean modified = start < k;
            String before = start > 0 ? toks.get(start - 1).lowerWord() : "";
            if (!a.generic() && !modified && words.anaphoric().contains(before)) {
                continue; // "these forces", "their troops": resolved by the event extractor
            }
            // Counted groups keep their number: "about two million people", "Hundreds of protesters".
            int first = start;
            while (first > 0 && !claims.used(first - 1) && isQuantity(toks, first - 1)) {
                first--;
            }
            Span span = new Span(Math.min(spanStart, toks.get(first).start()), toks.get(end - 1).end());
            String surface = span.of(text);
            String owner = possessorCountry(s, first, claims.found());
            if (owner == null && isOfficeNoun(a) && nonStatePossessor(s, first, claims.found())) {
                continue; // "Hezbollah's leader", "the RSF's commanders": the possessor's own, which names them
            }
            AgentNoun group = groupModifier(toks, start, k);
            if (group != null && isOfficeNoun(a)) {
                a = new AgentNoun(a.noun(), null, group.type(), true); // "separatist leaders" lead separatists
            }
            boolean sent = owner == null && sentFrom(s, toks, end, claims); // "officials from Russia and Ukraine"
            if (!a.generic() && a.sector() != null && !sent && (owner != null || !modified && focus != null)) {
                // "Burkina Faso's junta": the possessor's sector; a bare "police", "the government": the home state's
                ActorEntry e = kb.sectorOf(owner != null ? owner : focus, a.sector());
                if (e != null) {
                    claims.addAndClaim(ActorMention.of(e, ActorMention.Kind.NATIONAL, surface, s.index(), first, end, span));
                    k = end - 1;
                    continue;
                }
            }
            String type = a.type() == null ? "OTHER" : a.type();
            String key = text.substring(toks.get(keyStart).start(), toks.get(end - 1).end()).toLowerCase(Locale.ROOT);
            claims.addAndClaim(new ActorMention("generic:" + key + "@" + focus, a.noun(), type, focus, null, false,
                    ActorMention.Kind.GENERIC, surface, s.index(), first, end, span));
            k = end - 1;
        }
    }

    /**
     * A delegate noun followed by "from" and a named party or place ("officials from Russia", "envoys from the EU"):
     * whose they are, the from-phrase says (grammar/PhraseActors), not the article's focus state.
     */
    private static boolean sentFrom(Sentence s, List<Token> toks, int end, Claims claims) {
        if (end >= toks.size() || !toks.get(end).lowerWord().equals("from")
                || !org.faultline.grammar.PhraseActors.DELEGATE_HEADS.contains(toks.get(end - 1).lowerLemma())) {
            return false;
        }
        int next = end + 1 < toks.size() && toks.get(end + 1).lowerWord().equals("the") ? end + 2 : end + 1;
        return next < toks.size() && (toks.get(next).ner().equals("LOCATION") || claims.found().stream()
                .anyMatch(m -> m.covers(s.index(), next) && m.kind() != ActorMention.Kind.GENERIC));
    }

    /** A state office or rank ("leaders", "commanders", "officials"): whose it is, its modifier says. */
    private static boolean isOfficeNoun(AgentNoun a) {
        return a != null && !a.generic() && a.sector() != null;
    }

    /** A non-state group word among the modifiers before an office noun: "Separatist", "jihadist". */
    private AgentNoun groupModifier(List<Token> toks, int from, int to) {
        for (int i = from; i < to; i++) {
            AgentNoun m = kb.agent(toks.get(i).word());
            if (m != null && m.generic() && m.type() != null) {
                return m;
            }
        }
        return null;
    }

    /** "UN-backed", "Saudi-led": a word, a hyphen and a backing participle. */
    private boolean isBacked(String word) {
        int dash = word.lastIndexOf('-');
        return dash >= 1 && words.backingParticiples().contains(word.substring(dash + 1).toLowerCase(Locale.ROOT));
    }

    /** The state named right before "'s": "Burkina Faso's junta", "Kyiv's forces". */
    private static String possessorCountry(Sentence s, int first, List<ActorMention> found) {
        if (first < 2 || !(s.token(first - 1).word().equals("'s") || s.token(first - 1).word().equals("\u2019s"))) {
            return null;
        }
        for (ActorMention m : found) {
            if (m.covers(s.index(), first - 2) && m.country() != null && m.kind() != ActorMention.Kind.GENERIC
                    && (m.id().equals(m.country()) || m.id().startsWith(m.country() + "/"))) {
                return m.country();
            }
        }
        return null;
    }

    /** Whether the noun at {@code first} follows a non-state party's possessive ("Hezbollah's", "the RSF's"). */
    private static boolean nonStatePossessor(Sentence s, int first, List<ActorMention> found) {
        if (first < 2 || !(s.token(first - 1).word().equals("'s") || s.token(first - 1).word().equals("\u2019s"))) {
            return false;
        }
        return found.stream().anyMatch(m -> m.covers(s.index(), first - 2) && m.kind() != ActorMention.Kind.GENERIC
                && !m.isState() && !m.isPerson()); // "Nyusi's government" is the state's
    }

    /** Part of a counted group before its noun: "about two million", "Hundreds of", "at least 25", "more than". */
    private boolean isQuantity(List<Token> toks, int i) {
        String w = toks.get(i).lowerWord();
        if (toks.get(i).pos().equals("CD") || words.quantityModifiers().contains(w)) {
            return true;
        }
        return switch (w) {
            case "at" -> i + 1 < toks.size() && toks.get(i + 1).lowerWord().equals("least");
            case "than" -> i > 0 && words.comparatives().contains(toks.get(i - 1).lowerWord());
            case "of" -> i > 0 && words.roundNumberPlurals().contains(toks.get(i - 1).lowerWord());
            default -> false;
        };
    }
}
