package org.faultline.geo;

/** What a gazetteer entry is; decides the output precision and how much context a bare name needs. */
public enum GeoKind {
    /** A populated place from GeoNames. */
    CITY,
    /** A first-order administrative division from GeoNames (province, governorate, US state). */
    ADMIN1,
    COUNTRY,
    /** A hand-written region: inside one country when it has one, else spanning several. */
    REGION,
    /** A hand-written district or landmark inside a city ("Green Zone", "Tahrir Square"). */
    DISTRICT,
    /** A hand-written physical feature: river, sea, strait. */
    FEATURE,
    /** A hand-written border crossing. */
    CROSSING,
    /** A second-order administrative division from GeoNames (county, district, local government area). */
    ADMIN2;

    /** Kinds that come from the hand-written supplement. */
    public boolean curated() {
        return this == REGION || this == DISTRICT || this == FEATURE || this == CROSSING;
    }

    /** The {@code Place.precision} of an entry of this kind in the given country (null: none). */
    public String precision(String iso3) {
        return switch (this) {
            case CITY, DISTRICT, CROSSING -> "point";
            case ADMIN1 -> "admin1";
            case ADMIN2 -> "admin2";
            case COUNTRY -> "country";
            case REGION, FEATURE -> iso3 == null ? "region" : "admin1";
        };
    }
}
