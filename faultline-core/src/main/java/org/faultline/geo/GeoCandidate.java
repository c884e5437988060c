package org.faultline.geo;

/**
 * One gazetteer entry as returned by a lookup. {@code index} is its position in the loaded index;
 * {@code country} is ISO 3166-1 alpha-3 (null for multi-country regions and features);
 * {@code geonameId} is 0 for supplement entries. The last two fields describe how the looked-up
 * name matched: {@code primaryMatch} when it is the entry's own name (not only one of its alternate
 * names), {@code commonWord} when the name is also a common English word ("Hit", "Nice") so that a
 * bare mention needs more support before it is taken as a place.
 */
public record GeoCandidate(int index, long geonameId, String name, double lat, double lon, GeoKind kind,
                           String featureCode, String country, String admin1Code, String admin1Name,
                           long population, boolean primaryMatch, boolean commonWord) {

    /**
     * "gn:&lt;geonameid&gt;" for GeoNames entries, "adm2:&lt;admin1 code&gt;:&lt;name&gt;" for second-order
     * divisions (GeoNames' admin2 table has no ids), "sup:&lt;name&gt;" for the supplement.
     */
    public String id() {
        if (geonameId > 0) {
            return "gn:" + geonameId;
        }
        return kind == GeoKind.ADMIN2 ? "adm2:" + admin1Code + ":" + name : "sup:" + name;
    }

    public String precision() { return kind.precision(country); }

    /** The GeoNames feature class: P populated place, A administrative, L area, H water, S site. */
    public String featureClass() {
        return switch (kind) {
            case CITY, DISTRICT -> "P";
            case ADMIN1, ADMIN2, COUNTRY -> "A";
            case REGION -> "L";
            case FEATURE -> "H";
            case CROSSING -> "S";
        };
    }

    /** Whether this entry stands for a point-like place (a city, district or crossing). */
    public boolean isPoint() { return "point".equals(precision()); }

    /** Great-circle distance in kilometres. */
    public double kmTo(GeoCandidate o) { return Geo.km(lat, lon, o.lat, o.lon); }
}
