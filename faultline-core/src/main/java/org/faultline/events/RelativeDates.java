package org.faultline.events;

import java.util.List;
import org.faultline.analysis.EventDate;
import org.faultline.nlp.Dependency;
import org.faultline.nlp.Sentence;
import org.faultline.time.TemporalAnaphora;

/**
 * Dates given relative to another event ("that day", "a day later"): the phrase counts from the day of the
 * event told before it, which may be an earlier clause of the same sentence ("killed the chief on Sunday,
 * and his brother was abducted the following day") or the last day the text gave before the sentence.
 */
final class RelativeDates {
    private final TemporalAnaphora anaphora;

    RelativeDates(TemporalAnaphora anaphora) {
        this.anaphora = anaphora;
    }

    /** Dates the sentence's drafts; returns the last day the text has stated, after this sentence. */
    EventDate apply(Sentence s, List<Draft> drafts, EventDate lastStated) {
        EventDate relative = anaphora.date(s, lastStated);
        int phrase = anaphora.phraseStart(s);
        Draft owner = phrase < 0 ? null : owner(s, drafts, phrase);
        EventDate inSentence = null;
        for (Draft d : drafts) {
            EventDate local = d == owner && inSentence != null ? anaphora.date(s, inSentence) : null;
            if (local != null) {
                d.date = local; // the day of the earlier clause, not of the sentence before
            } else if (relative != null && (d == owner || d.date == null || d.date.mention() == null
                    || d.date.mention().overlaps(relative.mention()))) {
                d.date = relative; // "that day", "a day later": the day of the event told before
            }
            if (d.date != null && d.date.mention() != null && "day".equals(d.date.precision())) {
                lastStated = d.date;
                if (phrase >= 0 && d.date.mention().end() <= s.token(phrase).start()) {
                    inSentence = d.date;
                }
            }
        }
        return lastStated;
    }

    /** Whether the phrase at {@code phrase} lies in the clause of the trigger (its verb's, for a noun). */
    static boolean inClause(Sentence s, int trigger, int phrase) {
        if (phrase < 0) {
            return false;
        }
        int verb = trigger;
        Dependency up = s.headEdge(trigger);
        if (!s.token(trigger).isVerb() && up != null && up.governor() >= 0 && s.token(up.governor()).isVerb()) {
            verb = up.governor(); // "killed the next day in a second attack"
        }
        return org.faultline.time.Clauses.dominates(s, verb, phrase)
                && !org.faultline.time.Clauses.inOtherClause(s, phrase, verb);
    }

    /**
     * The draft whose clause holds the phrase, the first trigger above it in the tree, or null: its date is the
     * phrase's even when it names another time ("the next day India suspended the 1960 treaty").
     */
    static Draft owner(Sentence s, List<Draft> drafts, int phrase) {
        int cur = phrase;
        for (int steps = 0; steps < 12 && cur >= 0; steps++) {
            for (Draft d : drafts) {
                if (d.head == cur) {
                    return d;
                }
            }
            Dependency up = s.headEdge(cur);
            if (up == null || s.token(cur).isVerb() && CLAUSE_EDGES.contains(up.relation())) {
                return null; // "arrested on 13 September and died three days later": the death's clause, no act
            }
            cur = up.governor();
        }
        return null;
    }

    private static final java.util.Set<String> CLAUSE_EDGES = java.util.Set.of("conj", "advcl", "ccomp", "xcomp",
            "parataxis", "acl", "acl:relcl", "csubj");
}
