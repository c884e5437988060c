package org.faultline.store.control;

import java.util.List;

/**
 * Who controls a place on a date according to the stored articles. {@code status} is {@code held} (one
 * party), {@code contested} (parties stated to take or hold it on the same day) or {@code unknown};
 * {@code note} says why when unknown; {@code history} is every period the store knows, oldest first.
 */
public record ControlAnswer(Place place, String at, String status, List<Controller> controllers, String note,
                            List<Period> history) {

    /** The place as stored (a GeoNames id "gn:N" or a supplement id), with its coordinates. */
    public record Place(String id, String name, String country, Double lat, Double lon, Long geonamesId) {
    }

    /** A controller on the date: since when (the earliest statement of its current period) and the statements. */
    public record Controller(String id, String name, String party, String since, List<Evidence> evidence) {
    }
}
