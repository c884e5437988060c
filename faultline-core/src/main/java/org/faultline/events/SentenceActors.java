package org.faultline.events;

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

    public List<ActorMention> in(int sentence) {
        return bySentence.getOrDefault(sentence, List.of());
    }
}
