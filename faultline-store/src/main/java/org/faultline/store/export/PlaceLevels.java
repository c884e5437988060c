package org.faultline.store.export;

import org.faultline.text.DataTable;
import java.util.List;

/**
 * How precisely a place is known, in GDELT's geo types and ACLED's geo_precision, by GeoNames feature code
 * ({@code faultline/export/place-levels.tsv}; the first matching row wins).
 */
final class PlaceLevels {
    static final String RESOURCE = "faultline/export/place-levels.tsv";

    record Level(String featureCode, int gdeltTypeUs, int gdeltTypeWorld, int acledGeoPrecision) {
        int gdeltType(boolean inUnitedStates) {
            return inUnitedStates ? gdeltTypeUs : gdeltTypeWorld;
        }
    }

    private static final class Holder {
        static final List<Level> LEVELS = load();
    }

    private PlaceLevels() {
    }

    /** The level of a feature code (null matches only the catch-all row). */
    static Level of(String featureCode) {
        for (Level l : Holder.LEVELS) {
            if (Patterns.matches(l.featureCode(), featureCode)) {
                return l;
            }
        }
        throw new IllegalStateException(RESOURCE + ": no row matches feature code " + featureCode);
    }

    private static List<Level> load() {
        List<Level> out = DataTable.read(RESOURCE, List.of("feature_code", "gdelt_geo_type_us", "gdelt_geo_type_world",
                "acled_geo_precision")).stream().map(r -> new Level(r.get("feature_code"),
                r.integer("gdelt_geo_type_us"), r.integer("gdelt_geo_type_world"), r.integer("acled_geo_precision")))
                .toList();
        if (out.isEmpty() || !out.get(out.size() - 1).featureCode().equals("*")) {
            throw new IllegalStateException(RESOURCE + ": the last row must be the catch-all \"*\"");
        }
        return out;
    }
}
