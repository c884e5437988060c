package org.faultline.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.faultline.text.ClosedVocabulary;
import org.faultline.text.DataFiles;

/**
 * State and province abbreviations ({@code faultline/geo/abbreviations.tsv}: "Mo.", "KY", "Que.") with
 * the first-order divisions they name, resolved against the gazetteer at load. They are consulted
 * only for the qualifier right after a place name ("Paris, Mo."), never as names on their own.
 * Matching is exact and case-sensitive: "Mo." and "MO", not "mo".
 */
final class Abbreviations {

    static final String RESOURCE = "faultline/geo/abbreviations.tsv";
    private static final List<String> COLUMNS = List.of("abbreviation", "style", "country", "admin1");

    /** How an abbreviation is formed; only documents the row, both are used alike. */
    enum Style implements ClosedVocabulary.Worded {
        POSTAL("postal"), AP("ap");

        private final String word;

        Style(String word) {
            this.word = word;
        }

        @Override
        public String word() {
            return word;
        }
    }

    private final Map<String, List<GeoCandidate>> divisions = new HashMap<>();

    Abbreviations(Gazetteer gazetteer) {
        boolean header = true;
        for (DataFiles.Line line : DataFiles.lines(RESOURCE)) {
            String where = RESOURCE + ":" + line.number();
            String[] f = line.text().split("\t", -1);
            if (header) {
                if (!List.of(f).equals(COLUMNS)) {
                    throw new IllegalStateException(where + ": expected columns " + COLUMNS);
                }
                header = false;
                continue;
            }
            if (f.length != COLUMNS.size()) {
                throw new IllegalStateException(where + ": expected " + COLUMNS.size() + " columns");
            }
            ClosedVocabulary.of(Style.class, f[1], where);
            GeoCandidate division = gazetteer.lookup(f[3]).stream()
                    .filter(c -> c.kind() == GeoKind.ADMIN1 && f[2].equals(c.country()) && c.primaryMatch())
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException(where + ": no division " + f[3] + " in " + f[2]));
            divisions.computeIfAbsent(f[0], k -> new ArrayList<>()).add(division);
        }
    }

    /** The divisions an abbreviation may name (several for "WA": Washington, Western Australia), or none. */
    List<GeoCandidate> divisions(String abbreviation) {
        return divisions.getOrDefault(abbreviation, List.of());
    }
}
