package org.faultline.actors;

import java.util.List;
import java.util.Locale;
import org.faultline.analysis.Span;
import org.faultline.nlp.Sentence;
import org.faultline.nlp.Token;

/**
 * "the coalition", "coalition jets", "the Front": a bare head noun that ends the name of an
 * organisation named earlier in the article refers to it.
 */
final class HeadNounMatcher {
    private final KnowledgeBase kb;
    private final ActorWords words;
    private final AgentNouns agents;

    HeadNounMatcher(KnowledgeBase kb, ActorWords words, AgentNouns agents) {
        this.kb = kb;
        this.words = words;
        this.agents = agents;
    }

    void match(Sentence s, String text, Claims claims) {
        List<Token> toks = s.tokens();
        for (int k = 0; k < toks.size(); k++) {
            Token t = toks.get(k);
            if (claims.used(k) || !t.isNoun() || t.isProperNoun() && k > 0 && toks.get(k - 1).isProperNoun()) {
                continue;
            }
            String head = t.lowerWord();
            if (!words.headNouns().contains(head)) {
                continue;
            }
            ActorMention antecedent = antecedent(claims.found(), t.start(), head);
            if (antecedent == null) {
                continue;
            }
            int end = k + 1;
            AgentNoun agent = end < toks.size() && !claims.used(end) ? agents.at(toks, end) : null;
            if (agent != null) {
                end++;
            }
            Span span = new Span(t.start(), toks.get(end - 1).end());
            ActorEntry e = kb.get(antecedent.id());
            if (e != null) {
                claims.addAndClaim(ActorMention.of(e, ActorMention.Kind.NAMED, span.of(text), s.index(), k, end, span));
            }
            k = end - 1;
        }
    }

    /** The last organisation named before {@code before} whose name ends in the head noun, or null. */
    private ActorMention antecedent(List<ActorMention> found, int before, String head) {
        ActorMention antecedent = null;
        for (ActorMention m : found) {
            ActorEntry named = kb.get(m.id());
            if (m.kind() == ActorMention.Kind.NAMED && m.span().start() < before && named != null
                    && named.sector() == null && !named.id().equals(named.country())
                    && named.name().toLowerCase(Locale.ROOT).endsWith(" " + head)) {
                antecedent = m;
            }
        }
        return antecedent;
    }
}
