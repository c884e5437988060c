package org.faultline.analysis;

import java.util.List;
import org.faultline.ingest.Article;

/**
 * Everything Faultline extracted from one article (FORMAT.md section 2). {@code notice}, null for most
 * articles, says why an article has no events by design (a sport, business or weather report: its actors
 * and places are kept, its events, relations and counts are not).
 */
public record Analysis(Article article, List<Event> events, List<Actor> actors, List<Place> places,
                       List<Relation> relations, List<CountFact> counts, String notice) {

    public Analysis(Article article, List<Event> events, List<Actor> actors, List<Place> places,
                    List<Relation> relations, List<CountFact> counts) {
        this(article, events, actors, places, relations, counts, null);
    }

    /** This analysis without events, relations and counts, saying why. */
    public Analysis withoutEvents(String why) {
        return new Analysis(article, List.of(), actors, places, List.of(), List.of(), why);
    }

    /**
     * The event the article is mainly about: the most salient one, the earliest on a tie; empty when the
     * article has no event.
     */
    public java.util.Optional<Event> mainEvent() {
        Event best = null;
        for (Event e : events) {
            if (best == null || e.salience() > best.salience()) {
                best = e;
            }
        }
        return java.util.Optional.ofNullable(best);
    }
}
