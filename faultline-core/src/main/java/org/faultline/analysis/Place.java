package org.faultline.analysis;

import java.util.List;

/**
 * A resolved place. {@code precision} is "point" (a city or site), "admin2" (a county or
 * district), "admin1", "country" or "region".
 * {@code geonamesId} is null for places from the hand-written supplement and for second-order divisions.
 * {@code resolvedBy} says why this entry won over the others of the same name (null when not known, as
 * for places read back from a store): "unique" (no other entry has the name), "prior" (the most
 * important entry of the name), "qualifier" (the text names its container: "Paris, Mo.", "Athens,
 * Texas") or "context" (the article's other places, its actors' countries or a cue chose it).
 */
public record Place(String id, String name, double lat, double lon, String country, String admin1,
                    Long geonamesId, String featureCode, String precision, List<Span> mentions,
                    String resolvedBy) {

    /** A place whose resolution reason is not known. */
    public Place(String id, String name, double lat, double lon, String country, String admin1, Long geonamesId,
                 String featureCode, String precision, List<Span> mentions) {
        this(id, name, lat, lon, country, admin1, geonamesId, featureCode, precision, mentions, null);
    }

    public Place withMentions(List<Span> newMentions) {
        return new Place(id, name, lat, lon, country, admin1, geonamesId, featureCode, precision, newMentions,
                resolvedBy);
    }
}
