package org.faultline.events;

import java.util.List;
import org.faultline.analysis.Event;
import org.faultline.nlp.AnnotatedArticle;
import org.faultline.nlp.Sentence;

/**
 * Which lines of an article are not body sentences: the title repeated as the first line, labels
 * without a verb, and headings (a line without final punctuation with text after it), whose events
 * give way to the body's when the body states them again.
 */
final class Headlines {
    private Headlines() {
    }

    /**
     * A headline or subheading: a line without final punctuation with more text after it. Its events are
     * analysed like any other, but one that the body states again is the body's event, not a second one.
     */
    static boolean isHeading(AnnotatedArticle doc, Sentence s) {
        if (s.tokens().isEmpty() || s.end() >= doc.text().strip().length()) {
            return false;
        }
        String last = s.token(s.tokens().size() - 1).word();
        return !(last.equals(".") || last.equals("!") || last.equals("?") || last.endsWith("\u201d")
                || last.equals("\"") || last.endsWith("'") || last.equals("\u2019"));
    }

    /** The article's title repeated as its first line. */
    static boolean isTitle(AnnotatedArticle doc, Sentence s) {
        String title = doc.article().title();
        return title != null && !title.isBlank() && s.start() < 2 * title.length()
                && doc.text().substring(s.start(), s.end()).strip().equals(title.strip());
    }

    /** Whether a body event of the same type shares a party with a heading's event (or it names none). */
    static boolean restated(Event h, List<Event> events, List<Event> headed) {
        java.util.Set<String> parties = new java.util.HashSet<>(Draft.ids(h.source()));
        parties.addAll(Draft.ids(h.target()));
        for (Event e : events) {
            if (!headed.contains(e) && e.type().equals(h.type())) {
                java.util.Set<String> other = new java.util.HashSet<>(Draft.ids(e.source()));
                other.addAll(Draft.ids(e.target()));
                if (parties.isEmpty() || other.stream().anyMatch(parties::contains)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A line without a verb ("Suicide bombers", "photo Creative Commons") is a label, not a report.
     * Headlines, captions and one-paragraph event descriptions without final punctuation have verbs and
     * are analysed like any sentence: an event a headline states is still an event.
     */
    static boolean isLabel(Sentence s) {
        return s.tokens().stream().noneMatch(t -> t.isVerb() || t.pos().equals("MD"));
    }
}
