package org.faultline.geo;

import org.faultline.analysis.Place;
import org.faultline.analysis.Span;

/**
 * One mention of a resolved place: its span, sentence and token range [tokenStart, tokenEnd).
 * {@code inName} marks a place named inside an organisation's name ("Texas Department of Health"):
 * the text names the place, but nothing is said to happen there.
 */
public record PlaceMention(Span span, int sentence, int tokenStart, int tokenEnd, Place place, boolean inName) {
}
