package org.faultline.events;

import java.util.List;
import org.faultline.actors.ActorMention;
import org.faultline.analysis.ActorRef;
import org.faultline.grammar.Reporting;
import org.faultline.nlp.Sentence;

/** Who an event is attributed to, kept on the event so users can weigh its source. */
final class Attribution {
    private Attribution() {
    }

    /**
     * Who reports the event: the subject of a reporting verb that governs the trigger's clause ("Human
     * Rights Watch said it received allegations", "..., the coalition said") or the object of "according
     * to". Kept on the event so users can weigh the source.
     */
    static ActorRef of(Sentence s, int trigger, RoleFinder roles, String text) {
        for (int verb = Reporting.verbAbove(s, trigger); verb >= 0; verb = Reporting.verbAbove(s, verb)) {
            for (int subj : s.children(verb, "nsubj")) {
                List<ActorMention> who = roles.phrase(s, subj);
                if (!who.isEmpty()) {
                    return EventExtractor.refs(who, s).get(0);
                }
            }
        }
        for (var t : s.tokens()) {
            if (t.lowerWord().equals("according") && t.index() + 2 < s.tokens().size()
                    && s.token(t.index() + 1).lowerWord().equals("to")) {
                for (int k = t.index() + 2; k < Math.min(s.tokens().size(), t.index() + 6); k++) {
                    List<ActorMention> who = roles.phrase(s, k);
                    if (!who.isEmpty()) {
                        return EventExtractor.refs(who, s).get(0);
                    }
                }
            }
        }
        return null;
    }
}
