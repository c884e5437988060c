package org.faultline.actors;

import java.util.List;
import java.util.Set;
import org.faultline.nlp.Token;

/** Finds the knowledge base's agent nouns in a sentence and tells their descriptive modifiers. */
final class AgentNouns {
    private final KnowledgeBase kb;
    private final Set<String> groups;

    AgentNouns(KnowledgeBase kb, ActorWords words) {
        this.kb = kb;
        this.groups = words.groups();
    }

    /** An agent noun starting at token k, trying two-word nouns ("riot police") before one-word ones. */
    AgentNoun at(List<Token> toks, int k) {
        if (k + 1 < toks.size()) {
            AgentNoun two = kb.agent(toks.get(k).word() + " " + toks.get(k + 1).word());
            if (two != null) {
                return two;
            }
        }
        AgentNoun a = kb.agent(toks.get(k).word());
        boolean namesGroup = k + 1 < toks.size() && isGroupNoun(toks.get(k + 1)); // "rebel group", JJ
        return a != null && (toks.get(k).isNoun() || namesGroup) ? a : null;
    }

    /** "group", "faction": a body of people that an agent noun before it names. */
    boolean isGroupNoun(Token t) {
        return groups.contains(t.lowerLemma());
    }

    /** How many tokens the agent noun takes ("riot police" two). */
    static int length(AgentNoun a) {
        return a.noun().contains(" ") ? a.noun().split(" ").length : 1;
    }

    /** A descriptive word before an agent noun: "poor Shias", "unity government"; not numbers or dates. */
    boolean isModifier(Token t) {
        boolean nounModifier = t.isNoun() && !t.isProperNoun() && kb.agent(t.word()) == null; // "unity government"
        if (!(t.isAdjective() || t.isProperNoun() || nounModifier) || t.pos().equals("CD") || t.word().matches(".*\\d.*")) {
            return false;
        }
        String ner = t.ner();
        return !(ner.equals("DATE") || ner.equals("TIME") || ner.equals("DURATION") || ner.equals("NUMBER"));
    }
}
