package org.faultline.actors;

import java.util.List;
import java.util.Set;
import org.faultline.analysis.Span;
import org.faultline.nlp.Sentence;
import org.faultline.nlp.Token;

/**
 * Another name given to a party just named: "bands of toughs — known as colectivos —", "a militia, dubbed
 * the Wolves,". The words after the naming participle are a mention of the same actor, so a reader who
 * meets either name finds one party.
 */
final class NamingMatcher {
    private static final int MAX_NAME_TOKENS = 5;
    private static final Set<String> OPENERS = Set.of(",", "\u2014", "\u2013", "(", "-");

    private final Set<String> participles;

    NamingMatcher(Set<String> participles) {
        this.participles = participles;
    }

    void match(Sentence s, String text, Claims claims) {
        for (ActorMention m : List.copyOf(claims.found())) {
            if (m.sentence() != s.index()) {
                continue;
            }
            int k = m.tokenEnd();
            if (k < s.tokens().size() && OPENERS.contains(s.token(k).word())) {
                k++;
            }
            if (k >= s.tokens().size() || !participles.contains(s.token(k).lowerWord()) || !s.token(k).pos().equals("VBN")) {
                continue;
            }
            k++;
            if (k < s.tokens().size() && s.token(k).lowerWord().equals("as")) {
                k++;
            }
            int start = k;
            while (k < s.tokens().size() && k - start < MAX_NAME_TOKENS && !claims.used(k) && partOfName(s.token(k))) {
                k++;
            }
            if (k == start || !s.token(k - 1).isNoun()) {
                continue;
            }
            Span span = new Span(s.token(start).start(), s.token(k - 1).end());
            claims.addAndClaim(new ActorMention(m.id(), m.name(), m.type(), m.country(), m.parent(), m.known(), m.kind(),
                    span.of(text), s.index(), start, k, span));
        }
    }

    private static boolean partOfName(Token t) {
        return t.isNoun() || t.isAdjective() || t.pos().equals("DT") && t.lowerWord().equals("the");
    }
}
