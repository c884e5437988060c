package org.faultline.store.export;

import java.util.Objects;
import org.faultline.analysis.Place;
import org.faultline.geo.Gazetteer;
import org.faultline.geo.GeoCandidate;
import org.faultline.geo.GeoKind;

/**
 * The code of a place's first-order division within its country ("15" for Nineveh, Iraq), from the
 * gazetteer's GeoNames admin1 table. GeoNames uses FIPS 10-4 division codes for most countries, which
 * is what GDELT's ADM1Code carries after the country code.
 */
final class Admin1Codes {
    private final Gazetteer gazetteer;

    Admin1Codes(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    static Admin1Codes standard() {
        return new Admin1Codes(Gazetteer.loadDefault());
    }

    /** The division code, or null when the place has no known division in the gazetteer. */
    String of(Place p) {
        String division = p.admin1() != null ? p.admin1() : "ADM1".equals(p.featureCode()) ? p.name() : null;
        if (division == null || p.country() == null) {
            return null;
        }
        return gazetteer.lookup(division).stream()
                .filter(c -> c.kind() == GeoKind.ADMIN1 && p.country().equals(c.country()))
                .map(GeoCandidate::admin1Code).filter(Objects::nonNull)
                .map(code -> code.substring(code.indexOf('.') + 1)).findFirst().orElse(null);
    }
}
