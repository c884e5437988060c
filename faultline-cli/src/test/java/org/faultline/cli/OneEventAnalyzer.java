package org.faultline.cli;

import java.util.List;
import java.util.Map;
import org.faultline.analysis.Actor;
import org.faultline.analysis.ActorRef;
import org.faultline.analysis.Analysis;
import org.faultline.analysis.Analyzer;
import org.faultline.analysis.Event;
import org.faultline.analysis.EventCodes;
import org.faultline.analysis.EventDate;
import org.faultline.analysis.Place;
import org.faultline.analysis.PlaceRef;
import org.faultline.analysis.Span;
import org.faultline.ingest.Article;

/**
 * A stand-in for the pipeline (no CoreNLP): every article "Rebels attacked Goma ..." yields one ASSAULT
 * by rebels at Goma on the article's published date, with spans into its text.
 */
final class OneEventAnalyzer implements Analyzer {
    static final String TEXT = "Rebels attacked Goma on Monday, killing three people.";

    @Override
    public Analysis analyze(Article a) {
        Span rebels = new Span(0, 6);
        Span goma = new Span(16, 20);
        ActorRef source = new ActorRef("generic:rebels@COD", "rebels", "Rebels", "COD", "REBELS", false, rebels);
        Place place = new Place("gn:216281", "Goma", -1.679, 29.228, "COD", "North Kivu", 216281L, "PPLA", "point",
                List.of(goma));
        Event event = new Event("ASSAULT", null, List.of(source), List.of(), new PlaceRef(place, goma, "sentence"),
                new EventDate(a.published().toString(), "day", null, "published"), "asserted", Map.of("killed", 3L),
                new Span(0, a.text().length()), new Span(7, 15), null, new EventCodes("19", 4, "Battles", "Armed clash"));
        Actor actor = new Actor(source.id(), source.name(), source.type(), "COD", null, null, false, List.of("Rebels"),
                List.of(rebels));
        return new Analysis(a, List.of(event), List.of(actor), List.of(place), List.of(), List.of());
    }
}
