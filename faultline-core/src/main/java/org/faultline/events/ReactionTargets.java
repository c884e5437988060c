package org.faultline.events;

import java.util.List;
import java.util.Map;
import org.faultline.analysis.Event;
import org.faultline.analysis.RoleBasis;
import org.faultline.nlp.Sentence;

/** Who a reaction (a condemnation, a rejection) is aimed at when its object is an act told before. */
final class ReactionTargets {
    /** How an earlier event was named: its trigger's head lemma, and whether a noun named it. */
    record Act(String lemma, boolean nominal) {
    }

    private final TriggerMatcher matcher;

    ReactionTargets(TriggerMatcher matcher) {
        this.matcher = matcher;
    }

    /**
     * "Iran condemned the strikes", "the junta rejected the sanctions": a reaction to an act reported
     * earlier is aimed at whoever did it: the source of the latest event named by the same noun, else by
     * the same word, else of the latest event of that act's type. The act's own parties in the object phrase ("condemned the
     * American strikes") are found by the role finder and take precedence.
     */
    void apply(Sentence s, List<Draft> drafts, List<Event> earlier, Map<Event, Act> acts) {
        for (Draft d : drafts) {
            if (!REACTIONS.contains(d.type) || !d.target.isEmpty()) {
                continue;
            }
            for (int obj : s.children(d.head, "obj")) {
                String word = s.token(obj).lowerLemma();
                String act = matcher.nounType(word);
                if (act == null || act.equals(d.type)) {
                    continue;
                }
                Event e = latest(earlier, x -> acts.get(x).equals(new Act(word, true))); // "the strikes": a strike named so
                if (e == null) {
                    e = latest(earlier, x -> acts.get(x).lemma().equals(word));
                }
                if (e == null) {
                    e = latest(earlier, x -> x.type().equals(act));
                }
                if (e != null) {
                    d.target = e.source().stream().filter(a -> !Draft.ids(d.source).contains(a.id()))
                            .map(a -> a.withBasis(RoleBasis.REACTION)).toList();
                }
            }
        }
    }

    /** Reactions whose object is an act: condemning, rejecting. */
    private static final java.util.Set<String> REACTIONS = java.util.Set.of("ACCUSE", "REJECT");

    private static Event latest(List<Event> events, java.util.function.Predicate<Event> test) {
        for (int k = events.size() - 1; k >= 0; k--) {
            Event e = events.get(k);
            if (!e.source().isEmpty() && test.test(e)) {
                return e;
            }
        }
        return null;
    }
}
