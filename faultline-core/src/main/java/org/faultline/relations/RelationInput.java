package org.faultline.relations;

import java.util.List;
import java.util.Set;
import org.faultline.actors.ActorMention;
import org.faultline.analysis.Event;
import org.faultline.analysis.Place;
import org.faultline.analysis.PlaceRef;
import org.faultline.analysis.Span;
import org.faultline.grammar.ArticlePatterns;
import org.faultline.nlp.AnnotatedArticle;

/**
 * What the relations stage reads, built by the pipeline from the earlier stages' output: the parsed
 * article, its actor mentions, its resolved place mentions and the events found, with the events that
 * are fighting between both sides ({@code symmetric}) and those that take a place ({@code captures}),
 * both compared by identity; {@code patterns}, the sentences' dependency-pattern matches the events
 * stage made (their parse graphs are built once per article).
 */
public record RelationInput(AnnotatedArticle doc, List<ActorMention> actors, List<Spot> places, List<Event> events,
                            Set<Event> symmetric, Set<Event> captures, ArticlePatterns patterns) {

    /** A resolved place mention: its sentence, token range [tokenStart, tokenEnd), span and place. */
    public record Spot(int sentence, int tokenStart, int tokenEnd, Span span, Place place) {
        boolean covers(int s, int token) {
            return sentence == s && token >= tokenStart && token < tokenEnd;
        }

        boolean isPoint() {
            return "point".equals(place.precision());
        }

        PlaceRef ref() {
            return new PlaceRef(place, span, "sentence");
        }
    }

    /** The place spot at a token, as a relation's target, or null. */
    PlaceRef placeAt(int sentence, int token) {
        for (Spot p : places) {
            if (p.covers(sentence, token)) {
                return p.ref();
            }
        }
        return null;
    }
}
