package org.faultline.events;

import org.faultline.analysis.Place;
import org.faultline.analysis.Span;

/** A resolved place mention, as the event extractor sees it: where in the text and which place. */
public record PlaceSpot(int sentence, int tokenStart, int tokenEnd, Span span, Place place) {
    public boolean covers(int s, int token) {
        return sentence == s && token >= tokenStart && token < tokenEnd;
    }

    public boolean isPoint() {
        return "point".equals(place.precision());
    }
}
