package org.faultline.analysis;

import java.util.List;

/**
 * A resolved place. {@code precision} is "point" (a city or site), "admin1", "country" or "region".
 * {@code geonamesId} is null for places from the hand-written supplement.
 */
public record Place(String id, String name, double lat, double lon, String country, String admin1,
                    Long geonamesId, String featureCode, String precision, List<Span> mentions) {

    public Place withMentions(List<Span> newMentions) {
        return new Place(id, name, lat, lon, country, admin1, geonamesId, featureCode, precision, newMentions);
    }
}
