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
