package org.faultline.analysis;

import java.util.List;
import org.faultline.ingest.Article;

/** Everything Faultline extracted from one article (FORMAT.md section 2). */
public record Analysis(Article article, List<Event> events, List<Actor> actors, List<Place> places,
                       List<Relation> relations, List<CountFact> counts) {
}
