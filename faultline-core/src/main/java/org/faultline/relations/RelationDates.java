package org.faultline.relations;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.faultline.analysis.EventDate;
import org.faultline.nlp.AnnotatedArticle;
import org.faultline.nlp.Sentence;
import org.faultline.nlp.TimeExpression;
import org.faultline.time.Clauses;
import org.faultline.time.EventDater;
import org.faultline.text.DataFiles;
import org.faultline.time.TimexValues;

/**
 * When a stated relation holds: it starts at the date of the cue's clause (as an event is dated), else
 * the published date; it ends at a date the clause introduces with "until".
 */
final class RelationDates {
    /** Words that introduce a relation's end (relations/until-words.txt). */
    private static final Set<String> UNTIL = DataFiles.words("faultline/relations/until-words.txt");
    private static final EventDater DATER = new EventDater();

    private final List<TimeExpression> times;
    private final LocalDate published;

    RelationDates(AnnotatedArticle doc) {
        this.times = doc.times();
        this.published = doc.article().published();
    }

    String published() {
        return published == null ? null : published.toString();
    }

    /** The start of a relation stated at a token: the clause's own date, never an "until" date. */
    String start(Sentence s, int token) {
        List<TimeExpression> own = times.stream().filter(t -> t.sentence() == s.index() && !isUntil(s, t)).toList();
        EventDate d = DATER.date(s, token, own, published);
        return d == null ? published() : d.value();
    }

    /** The end a clause states ("held the town until 2019"), or null. */
    String until(Sentence s, int token) {
        for (TimeExpression t : times) {
            if (t.sentence() == s.index() && isUntil(s, t) && !Clauses.inOtherClause(s, t.tokenStart(), token)) {
                String v = TimexValues.resolve(t.value(), t.type(), t.text(), published, false);
                if (v != null) {
                    return v;
                }
            }
        }
        return null;
    }

    private static boolean isUntil(Sentence s, TimeExpression t) {
        return t.tokenStart() > 0 && UNTIL.contains(s.token(t.tokenStart() - 1).lowerWord());
    }
}
