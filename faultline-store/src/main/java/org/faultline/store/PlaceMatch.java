package org.faultline.store;

import org.faultline.analysis.Place;
import org.faultline.analysis.GeoDistance;

/**
 * Whether two places can be where one happening took place, each at its own level: points within
 * {@code radiusKm} of each other (a report may name the town, another the nearby city), a province
 * (admin1) with any place in it, a country with any place in it. A region never matches: it is too
 * vague to merge on. A missing place matches only another missing one: unknown is not evidence.
 */
record PlaceMatch(double radiusKm) {

    boolean test(Place a, Place b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (a.id().equals(b.id())) {
            return true;
        }
        String pa = String.valueOf(a.precision());
        String pb = String.valueOf(b.precision());
        if (pa.equals("region") || pb.equals("region")) {
            return false;
        }
        if (pa.equals("country") || pb.equals("country")) {
            return a.country() != null && a.country().equals(b.country());
        }
        if ((pa.equals("admin1") || pb.equals("admin1")) && a.admin1() != null && b.admin1() != null) {
            return a.country() != null && a.country().equals(b.country()) && a.admin1().equalsIgnoreCase(b.admin1());
        }
        return GeoDistance.km(a.lat(), a.lon(), b.lat(), b.lon()) <= radiusKm;
    }
}
