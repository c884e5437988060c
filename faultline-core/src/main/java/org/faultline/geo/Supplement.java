package org.faultline.geo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reader of {@code faultline/geo/supplement.tsv}, the project's hand-written entries: every country
 * (centroid and name variants) and the regions, districts, features and crossings that news names but
 * GeoNames' populated places lack. Columns: name, aliases (|-separated), kind, lat, lon, ISO3, admin1.
 */
final class Supplement {

    private Supplement() {
    }

    record Row(String name, List<String> aliases, GeoKind kind, double lat, double lon, String iso3,
               String admin1) {
    }

    static List<Row> read(Path file) throws IOException {
        List<Row> rows = new ArrayList<>();
        int n = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length < 5) {
                throw new IllegalArgumentException(file + ":" + n + ": expected 7 tab-separated columns");
            }
            List<String> aliases = new ArrayList<>();
            for (String a : f[1].split("\\|")) {
                if (!a.isBlank()) {
                    aliases.add(a.strip());
                }
            }
            GeoKind kind = GeoKind.valueOf(f[2].strip().toUpperCase(Locale.ROOT));
            double lat = Double.parseDouble(f[3].strip());
            double lon = Double.parseDouble(f[4].strip());
            if (Math.abs(lat) > 90 || Math.abs(lon) > 180) {
                throw new IllegalArgumentException(file + ":" + n + ": coordinates out of range");
            }
            String iso3 = f.length > 5 && !f[5].isBlank() ? f[5].strip() : null;
            String admin1 = f.length > 6 && !f[6].isBlank() ? f[6].strip() : null;
            if (kind == GeoKind.COUNTRY && iso3 == null) {
                throw new IllegalArgumentException(file + ":" + n + ": a country needs its ISO3 code");
            }
            rows.add(new Row(f[0].strip(), aliases, kind, lat, lon, iso3, admin1));
        }
        return rows;
    }
}
