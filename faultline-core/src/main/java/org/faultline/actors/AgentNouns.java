package org.faultline.actors;

import java.util.List;
import java.util.Set;
import org.faultline.nlp.Token;

/** Finds the knowledge base's agent nouns in a sentence and tells their descriptive modifiers. */
final class AgentNouns {
    private final KnowledgeBase kb;
    private final Set<String> groups;
    private final Set<String> countedPersons;

    AgentNouns(KnowledgeBase kb, ActorWords words) {
        this.kb = kb;
        this.groups = words.groups();
        this.countedPersons = words.countedPersons();
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
        if (a == null && toks.get(k).isNoun() && countedPersons.contains(toks.get(k).lowerWord()) && counted(toks, k)) {
            return new AgentNoun(toks.get(k).lowerWord(), null, "CIVILIANS", true); // "two men", "a 23-year-old man"
        }
        boolean namesGroup = k + 1 < toks.size() && isGroupNoun(toks.get(k + 1)); // "rebel group", JJ
        return a != null && (toks.get(k).isNoun() || namesGroup) ? a : null;
    }

    /** A number or an age right before the noun, or before one adjective that precedes it ("two young men"). */
    private static boolean counted(List<Token> toks, int k) {
        int before = k - 1;
        if (before >= 0 && aged(toks, before)) {
            return true;
        }
        if (before >= 1 && toks.get(before).isAdjective() && !toks.get(before).word().matches(".*\\d.*")) {
            before--;
        }
        if (before < 0) {
            return false;
        }
        Token t = toks.get(before);
        return t.pos().equals("CD") && t.ner().equals("NUMBER") || t.lowerWord().matches("\\d+-year-old")
                || aged(toks, before); // "a 23-year-old unemployed man"
    }

    /** "23-year-old" split by the tokenizer: "23", "-", "year", "-", "old". */
    private static boolean aged(List<Token> toks, int old) {
        return toks.get(old).lowerWord().equals("old") && old >= 4 && toks.get(old - 1).word().equals("-")
                && toks.get(old - 2).lowerWord().startsWith("year") && toks.get(old - 3).word().equals("-")
                && toks.get(old - 4).pos().equals("CD");
    }

    /** Where an age right before token k begins ("23" of "a 23-year-old man"), or k when there is none. */
    static int ageStart(List<Token> toks, int k) {
        return k >= 1 && aged(toks, k - 1) ? k - 5 : k;
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
