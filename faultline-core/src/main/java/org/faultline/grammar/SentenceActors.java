package org.faultline.grammar;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.faultline.actors.ActorMention;

/** Actor mentions indexed by sentence, for fast lookups by token. */
public final class SentenceActors {
    private final Map<Integer, List<ActorMention>> bySentence = new HashMap<>();

    public SentenceActors(List<ActorMention> mentions) {
        for (ActorMention m : mentions) {
            bySentence.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m);
        }
    }

    public List<ActorMention> covering(int sentence, int token) {
        List<ActorMention> out = new ArrayList<>();
        for (ActorMention m : bySentence.getOrDefault(sentence, List.of())) {
            if (m.covers(sentence, token)) {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * Whether the actor starting at a token stands in a "by" phrase ("backed by US, Australian and
     * British airstrikes", "led by the Kurdish Peoples' Protection Units (YPG)"): it is the agent of a
     * participle, not the subject of the clause.
     */
    public boolean inByPhrase(org.faultline.nlp.Sentence s, int token) {
        for (int k = token - 1; k >= Math.max(0, token - 10); k--) {
            var t = s.token(k);
            String w = t.lowerWord();
            if (w.equals("by")) {
                return true;
            }
            boolean partOfPhrase = w.equals(",") || w.equals("and") || w.equals("(") || w.equals(")")
                    || t.pos().equals("DT") || t.isAdjective() || t.isProperNoun() || !covering(s.index(), k).isEmpty();
            if (!partOfPhrase) {
                return false;
            }
        }
        return false;
    }

    public List<ActorMention> in(int sentence) {
        return bySentence.getOrDefault(sentence, List.of());
    }
}
