package org.faultline.geo;

import java.util.List;
import org.faultline.analysis.Place;

/**
 * The places of one article: {@code places} unique by id, in order of first mention, each carrying
 * all its mention spans; {@code mentions} every resolved mention in text order.
 */
public record ResolvedPlaces(List<Place> places, List<PlaceMention> mentions) {
    public ResolvedPlaces {
        places = List.copyOf(places);
        mentions = List.copyOf(mentions);
    }
}
