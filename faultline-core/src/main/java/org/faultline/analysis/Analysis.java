package org.faultline.analysis;

import java.util.List;
import org.faultline.ingest.Article;

/** Everything Faultline extracted from one article (FORMAT.md section 2). */
public record Analysis(Article article, List<Event> events, List<Actor> actors, List<Place> places,
                       List<Relation> relations, List<CountFact> counts) {

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
