package org.faultline.analysis;

/** Great-circle distance as score.py computes it, and the accuracy@161km threshold it scores places by. */
public final class GeoDistance {
    /** 161 km (100 miles), the usual geoparsing threshold. */
    public static final double THRESHOLD_KM = 161.0;
    public static final double EARTH_RADIUS_KM = 6371.0;

    private GeoDistance() {
    }

    /**
     * Haversine distance in km, with the same operations in the same order as score.py's {@code km()}.
     * StrictMath gives the same result on every JVM; it and the C library agree to the last bit or so,
     * which matters only for a place exactly at the threshold.
     */
    public static double km(double lat1, double lon1, double lat2, double lon2) {
        double la1 = Math.toRadians(lat1);
        double lo1 = Math.toRadians(lon1);
        double la2 = Math.toRadians(lat2);
        double lo2 = Math.toRadians(lon2);
        double sinLat = StrictMath.sin((la2 - la1) / 2);
        double sinLon = StrictMath.sin((lo2 - lo1) / 2);
        double h = sinLat * sinLat + StrictMath.cos(la1) * StrictMath.cos(la2) * (sinLon * sinLon);
        return 2 * EARTH_RADIUS_KM * StrictMath.asin(Math.min(1.0, Math.sqrt(h)));
    }

    public static boolean withinThreshold(double lat1, double lon1, double lat2, double lon2) {
        return km(lat1, lon1, lat2, lon2) <= THRESHOLD_KM;
    }
}
