package org.faultline.store.export;

import org.faultline.text.DataTable;
import java.util.List;
import java.util.Map;

/** The Goldstein scale of CAMEO event codes ({@code faultline/export/gdelt-goldstein.tsv}). */
final class GoldsteinScale {
    static final String RESOURCE = "faultline/export/gdelt-goldstein.tsv";

    private static final class Holder {
        static final Map<String, Double> SCALE = load();
    }

    private GoldsteinScale() {
    }

    /** The value of a CAMEO event code, or null when the table has none. */
    static Double of(String eventCode) {
        return Holder.SCALE.get(eventCode);
    }

    private static Map<String, Double> load() {
        return DataTable.byKey(RESOURCE, List.of("event_code", "goldstein"), "event_code", r -> {
            double v = r.number("goldstein");
            if (v < -10 || v > 10) {
                throw r.fail("the Goldstein scale runs from -10 to 10: " + v);
            }
            return v;
        });
    }
}
