package org.faultline.pipeline;

import java.util.Collection;
import java.util.List;
import org.faultline.analysis.Place;
import org.faultline.events.PlaceSpot;
import org.faultline.nlp.AnnotatedArticle;

/** Finds and resolves the places an article names (the geo stage, behind a small interface). */
public interface Geoparser {
    /** Unique places with all their mentions, and each mention in text order. */
    record Located(List<Place> places, List<PlaceSpot> spots) {
    }

    Located locate(AnnotatedArticle doc, Collection<String> actorCountries);
}
