package org.faultline.actors;

import java.util.List;
import java.util.Locale;
import org.faultline.analysis.Span;
import org.faultline.nlp.Sentence;
import org.faultline.nlp.Token;

/**
 * Nationality adjectives with the agent noun that heads their phrase: "Iraqi government forces" is
 * the state's military, "Syrian fighters" people of that origin, "Haitian gang leader" a non-state
 * group of that country, "Turkish" alone the state.
 */
final class NationalMatcher {
    private final KnowledgeBase kb;
    private final ActorWords words;
    private final AgentNouns agents;
    private final SharedNouns shared;

    NationalMatcher(KnowledgeBase kb, ActorWords words, AgentNouns agents) {
        this.kb = kb;
        this.words = words;
        this.agents = agents;
        this.shared = new SharedNouns(kb, agents);
    }

    void match(Sentence s, String text, Claims claims) {
        List<Token> toks = s.tokens();
        for (int i = 0; i < toks.size(); i++) {
            Token t = toks.get(i);
            if (claims.used(i) || !Capitalisation.startsCapitalised(t.word())) {
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
            for (int k = i + 1; k < Math.min(toks.size(), i + 5) && !claims.used(k); k++) {
                Token n = toks.get(k);
                AgentNoun a = agents.at(toks, k);
                if (a != null) {
                    agent = a;
                    end = k + AgentNouns.length(a);
                    continue;
                }
                boolean modifier = n.isAdjective() || n.isNoun() || n.word().equals("-") || n.pos().equals("CD");
                if (!modifier || agent != null) {
                    break;
                }
            }
            if (agent == null) {
                agent = shared.after(toks, i + 1); // "Rwandan and Mozambican troops": Rwandan troops too
            }
            ActorMention m = mention(s, text, i, end, iso, agent);
            if (m != null) {
                claims.addAndClaim(m);
                i = end - 1;
            }
        }
    }

    /** The mention of tokens [i, end): a non-state group, people of that origin, or the state (sector); or null. */
    private ActorMention mention(Sentence s, String text, int i, int end, String iso, AgentNoun agent) {
        List<Token> toks = s.tokens();
        Span span = new Span(toks.get(i).start(), toks.get(end - 1).end());
        String surface = span.of(text);
        String nonState = nonStateModifier(toks, i + 1, end);
        if (agent != null && agent.sector() != null && nonState != null) {
            // "Haitian gang leader", "Sudanese opposition figures": not the state's sector
            return new ActorMention("generic:" + surface.toLowerCase(Locale.ROOT), surface, nonState, iso, null, false,
                    ActorMention.Kind.GENERIC, surface, s.index(), i, end, span);
        }
        if (agent != null && agent.sector() == null) {
            // "Syrian fighters", "Afghan refugees": people of that origin, not the state
            return new ActorMention("generic:" + agent.noun().toLowerCase(Locale.ROOT) + "@" + iso, agent.noun(),
                    agent.type(), iso, null, false, ActorMention.Kind.GENERIC, surface, s.index(), i, end, span);
        }
        ActorEntry e = kb.sectorOf(iso, agent == null ? null : agent.sector());
        return e == null ? null : ActorMention.of(e, ActorMention.Kind.NATIONAL, surface, s.index(), i, end, span);
    }

    /** The actor type a non-state word among the modifiers implies ("gang" in "Haitian gang leader"), or null. */
    private String nonStateModifier(List<Token> toks, int from, int to) {
        for (int k = from; k < to; k++) {
            String type = words.nonStateModifiers().get(toks.get(k).lowerLemma());
            if (type != null) {
                return type;
            }
        }
        return null;
    }
}
