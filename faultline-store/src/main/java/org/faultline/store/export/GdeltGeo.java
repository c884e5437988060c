package org.faultline.store.export;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.faultline.analysis.Place;
import org.faultline.store.Countries;

/**
 * GDELT 2.0's block of eight geography columns for a place: Geo_Type, FullName, CountryCode (FIPS 10-4),
 * ADM1Code (FIPS country plus division), ADM2Code, Lat, Long, FeatureID. GDELT's FeatureID for a city is
 * an NGA GNS id, which Faultline does not have (its GeoNames ids are another numbering), so it is left
 * empty there; for a country or division it is the country or ADM1 code, as in GDELT. ADM2 is unknown.
 */
final class GdeltGeo {
    static final int COLUMNS = 8;
    private static final int COUNTRY = 1;
    private static final int US_STATE = 2;
    private static final int WORLD_STATE = 5;

    private final Admin1Codes admin1;

    GdeltGeo(Admin1Codes admin1) {
        this.admin1 = admin1;
    }

    /** The eight columns; type 0 and empty codes when there is no place or it lies in no one country. */
    List<Object> columns(Place p) {
        if (p == null) {
            List<Object> none = new ArrayList<>(Collections.nCopies(COLUMNS, ""));
            none.set(0, 0);
            return none;
        }
        String fips = CountryTable.get().of(p.country()).map(CountryTable.Country::fips).orElse(null);
        List<Object> out = new ArrayList<>();
        if (fips == null) {
            out.addAll(List.of(0, fullName(p), "", "", "", Decimals.plain(p.lat()), Decimals.plain(p.lon()), ""));
            return out;
        }
        int type = PlaceLevels.of(p.featureCode()).gdeltType("USA".equals(p.country()));
        String division = type == COUNTRY ? null : admin1.of(p);
        String adm1 = division == null ? fips : fips + division;
        String featureId = type == COUNTRY ? fips : type == US_STATE || type == WORLD_STATE ? adm1 : "";
        out.addAll(List.of(type, fullName(p), fips, adm1, "", Decimals.plain(p.lat()), Decimals.plain(p.lon()), featureId));
        return out;
    }

    /** "Mosul, Nineveh, Iraq": the place, its division and its country, as GDELT writes FullName. */
    static String fullName(Place p) {
        List<String> parts = new ArrayList<>(List.of(p.name()));
        if (p.admin1() != null && !p.admin1().equals(p.name())) {
            parts.add(p.admin1());
        }
        String country = Countries.name(p.country());
        if (country != null && !country.equals(p.name())) {
            parts.add(country);
        }
        return String.join(", ", parts);
    }
}
