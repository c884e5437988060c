package org.faultline.time;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.faultline.analysis.EventDate;
import org.faultline.analysis.Span;
import org.faultline.lexicon.Lexicon;
import org.faultline.nlp.Sentence;
import org.faultline.nlp.TimeExpression;

/**
 * An event's date: the time expression of its own clause, else the sentence's nearest one, else the
 * article's published date (reporting of current events). Historical years in the sentence win over
 * the published date, so "in 2004" never becomes 2016.
 */
public final class EventDater {
    /** "ago", "since", "earlier": the sentence counts back from the time of writing. */
    private final Set<String> backwardWords;
    /** "dawn", "overnight": a part of the day named alone names no day. */
    private final Set<String> partsOfDay;

    public EventDater() {
        this(Lexicon.english());
    }

    public EventDater(Lexicon lexicon) {
        this.backwardWords = lexicon.words("backward-time-words");
        this.partsOfDay = lexicon.words("parts-of-day");
    }

    public EventDate date(Sentence s, int trigger, List<TimeExpression> sentenceTimes, LocalDate published) {
        return date(s, trigger, List.of(trigger), sentenceTimes, published, false);
    }

    /**
     * As above, for a trigger of several tokens ({@code own}: "signed the 2016 peace accord" is dated by its
     * year); {@code future} events may take dates after publication.
     */
    public EventDate date(Sentence s, int trigger, List<Integer> own, List<TimeExpression> sentenceTimes,
                          LocalDate published, boolean future) {
        TimeExpression best = null;
        String bestValue = null;
        int bestScore = Integer.MAX_VALUE;
        boolean backward = backward(s);
        for (TimeExpression t : sentenceTimes) {
            String v = TimexValues.resolve(t.value(), t.type(), t.text(), published, backward, future);
            if (v == null || namesAnotherThing(s, t, own, v)
                    || sentenceTimes.size() > 1 && partsOfDay.contains(t.text().toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            int distance = Math.min(Math.abs(t.tokenStart() - trigger), Math.abs(t.tokenEnd() - 1 - trigger));
            int score = distance + (Clauses.dominates(s, trigger, t.tokenStart()) ? 0 : 8)
                    + (Clauses.inOtherClause(s, t.tokenStart(), trigger) ? 30 : 0);
            if (score < bestScore) {
                best = t;
                bestValue = v;
                bestScore = score;
            }
        }
        if (best != null) {
            return new EventDate(bestValue, TimexValues.precision(bestValue), new Span(best.start(), best.end()), "text");
        }
        if (published == null) {
            return null;
        }
        return new EventDate(published.toString(), "day", null, "published");
    }

    /**
     * "The 1960 Indus Waters Treaty", "the 1974 disengagement agreement": a bare year modifying a noun names
     * that thing, and dates no other act of the sentence ("signed the 2016 peace accord" is still of 2016).
     * Day dates stay: "the 7 October attack", and parses that hang "On 30 July" on the next noun.
     */
    private static boolean namesAnotherThing(Sentence s, TimeExpression t, List<Integer> own, String value) {
        if (value.length() != 4) {
            return false;
        }
        int head = s.headOf(t.start(), t.end());
        var up = s.headEdge(head);
        if (up == null || up.governor() < 0 || own.contains(up.governor())) {
            return false;
        }
        String rel = up.relation();
        var noun = s.token(up.governor());
        return (rel.equals("nummod") || rel.equals("compound") || rel.equals("amod")) && noun.isNoun()
                && noun.ner().equals("O");
    }

    private boolean backward(Sentence s) {
        for (var t : s.tokens()) {
            if (backwardWords.contains(t.lowerWord())) {
                return true;
            }
        }
        return false;
    }
}
