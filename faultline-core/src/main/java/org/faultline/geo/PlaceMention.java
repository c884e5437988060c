package org.faultline.geo;

import org.faultline.analysis.Place;
import org.faultline.analysis.Span;

/** One mention of a resolved place: its span, sentence and token range [tokenStart, tokenEnd). */
public record PlaceMention(Span span, int sentence, int tokenStart, int tokenEnd, Place place) {
}
