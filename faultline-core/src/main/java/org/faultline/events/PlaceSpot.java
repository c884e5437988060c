package org.faultline.events;

import org.faultline.analysis.Place;
import org.faultline.analysis.Span;

/** A resolved place mention, as the event extractor sees it: where in the text and which place. */
public record PlaceSpot(int sentence, int tokenStart, int tokenEnd, Span span, Place place) {
    public boolean covers(int s, int token) {
        return sentence == s && token >= tokenStart && token < tokenEnd;
    }

    /** The tokens of a sentence that name a resolved place (dependency patterns read them as LOCATION). */
    public static java.util.Set<Integer> tokensIn(java.util.List<PlaceSpot> places, int sentence) {
        java.util.Set<Integer> out = new java.util.HashSet<>();
        for (PlaceSpot p : places) {
            if (p.sentence() == sentence) {
                for (int t = p.tokenStart(); t < p.tokenEnd(); t++) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    public boolean isPoint() {
        return "point".equals(place.precision());
    }
}
