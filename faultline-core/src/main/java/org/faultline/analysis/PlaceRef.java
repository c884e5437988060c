package org.faultline.analysis;

/** A place as attached to an event or relation, with the mention that supports it. */
public record PlaceRef(Place place, Span mention, String basis) {
}
