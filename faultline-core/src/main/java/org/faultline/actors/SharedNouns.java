package org.faultline.actors;

import java.util.List;
import org.faultline.nlp.Token;

/**
 * Coordinated nationalities share one agent noun: "Rwandan and Mozambican troops", "US and British
 * warplanes", "Russian, Iranian and Syrian forces". The first nationality names its state's sector as
 * much as the last one that stands next to the noun.
 */
final class SharedNouns {
    private final KnowledgeBase kb;
    private final AgentNouns agents;

    SharedNouns(KnowledgeBase kb, AgentNouns agents) {
        this.kb = kb;
        this.agents = agents;
    }

    /**
     * The sector noun a nationality ending before token {@code k} shares: from there, a chain of "and",
     * "or" and commas between nationalities that ends in a nationality followed by a noun of a state's
     * sector; or null.
     */
    AgentNoun after(List<Token> toks, int k) {
        boolean joined = false;
        while (k + 1 < toks.size()) {
            Token t = toks.get(k);
            String w = t.lowerWord();
            if (t.pos().equals("CC") && (w.equals("and") || w.equals("or")) || w.equals(",")) {
                joined = true;
            } else if (joined && nationality(t.word())) {
                AgentNoun a = agents.at(toks, k + 1); // claimed or not: "Mozambican troops" may be a name
                if (a != null) {
                    return a.sector() == null ? null : a;
                }
                joined = false;
            } else {
                return null;
            }
            k++;
        }
        return null;
    }

    private boolean nationality(String word) {
        if (kb.countryOfAdjective(word) != null) {
            return true;
        }
        ActorEntry e = kb.named(word, null);
        return e != null && e.isState();
    }
}
