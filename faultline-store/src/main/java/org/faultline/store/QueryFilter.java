package org.faultline.store;

import java.time.LocalDate;

/**
 * Which canonical events a query, stats or export covers. Null (or 0) fields do not filter. Text
 * matches ignore case; {@code actor} matches an actor's id, name or any alias seen in an article;
 * {@code place} a place or admin1 name; {@code country} is ISO alpha-3 or an English country name;
 * {@code from}/{@code to} keep events whose date range meets [from, to]. {@code limit} 0 is no limit.
 */
public record QueryFilter(String actor, String type, String mode, String place, Double nearLat, Double nearLon,
                          double radiusKm, String country, LocalDate from, LocalDate to, String modality,
                          int minMentions, int limit) {
    public static final double DEFAULT_RADIUS_KM = 50;

    /**
     * A point written "LAT,LON" (decimal degrees), strictly: two finite numbers within ±90 and ±180, or an
     * IllegalArgumentException that says what is wrong ("NaN,NaN" and "1e999,0" are refused).
     */
    public static double[] latLon(String text) {
        String[] ll = text.split(",", -1);
        String wrong = "wants LAT,LON in decimal degrees, e.g. 36.34,43.13; got " + text;
        if (ll.length != 2) {
            throw new IllegalArgumentException(wrong);
        }
        double[] out = new double[2];
        for (int i = 0; i < 2; i++) {
            try {
                out[i] = decimal(ll[i]);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(wrong);
            }
        }
        if (Math.abs(out[0]) > 90 || Math.abs(out[1]) > 180) {
            throw new IllegalArgumentException(wrong + " (latitude within ±90, longitude within ±180)");
        }
        return out;
    }

    /**
     * A finite decimal number written plainly ("12", "-0.5", "1e3"), else an IllegalArgumentException:
     * Double.parseDouble alone also reads "NaN", "Infinity", hexadecimal and a trailing "d".
     */
    public static double decimal(String text) {
        String v = text.strip();
        if (!v.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
            throw new IllegalArgumentException("not a decimal number: " + text);
        }
        double d = Double.parseDouble(v);
        if (!Double.isFinite(d)) {
            throw new IllegalArgumentException("not a finite number: " + text);
        }
        return d;
    }

    /** A radius in kilometres: a finite positive number, else an IllegalArgumentException. */
    public static double radius(double km) {
        if (!Double.isFinite(km) || km <= 0) {
            throw new IllegalArgumentException("wants a positive number of kilometres, got " + km);
        }
        return km;
    }

    public static QueryFilter all() {
        return new QueryFilter(null, null, null, null, null, null, DEFAULT_RADIUS_KM, null, null, null, null, 0, 0);
    }

    public QueryFilter withActor(String v) {
        return new QueryFilter(v, type, mode, place, nearLat, nearLon, radiusKm, country, from, to, modality, minMentions, limit);
    }

    public QueryFilter withType(String v) {
        return new QueryFilter(actor, v, mode, place, nearLat, nearLon, radiusKm, country, from, to, modality, minMentions, limit);
    }

    public QueryFilter withMode(String v) {
        return new QueryFilter(actor, type, v, place, nearLat, nearLon, radiusKm, country, from, to, modality, minMentions, limit);
    }

    public QueryFilter withPlace(String v) {
        return new QueryFilter(actor, type, mode, v, nearLat, nearLon, radiusKm, country, from, to, modality, minMentions, limit);
    }

    public QueryFilter near(double lat, double lon, double km) {
        return new QueryFilter(actor, type, mode, place, lat, lon, km, country, from, to, modality, minMentions, limit);
    }

    public QueryFilter withCountry(String v) {
        return new QueryFilter(actor, type, mode, place, nearLat, nearLon, radiusKm, v, from, to, modality, minMentions, limit);
    }

    public QueryFilter between(LocalDate f, LocalDate t) {
        return new QueryFilter(actor, type, mode, place, nearLat, nearLon, radiusKm, country, f, t, modality, minMentions, limit);
    }

    public QueryFilter withModality(String v) {
        return new QueryFilter(actor, type, mode, place, nearLat, nearLon, radiusKm, country, from, to, v, minMentions, limit);
    }

    public QueryFilter withMinMentions(int v) {
        return new QueryFilter(actor, type, mode, place, nearLat, nearLon, radiusKm, country, from, to, modality, v, limit);
    }

    public QueryFilter withLimit(int v) {
        return new QueryFilter(actor, type, mode, place, nearLat, nearLon, radiusKm, country, from, to, modality, minMentions, v);
    }
}
