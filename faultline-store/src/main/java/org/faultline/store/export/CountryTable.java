package org.faultline.store.export;

import org.faultline.text.DataTable;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The codes other datasets give a country, by ISO 3166-1 alpha-3 ({@code faultline/export/countries.tsv}):
 * ISO numeric, FIPS 10-4 (GDELT's geography), and ACLED's country name, filing country and region.
 */
final class CountryTable {
    static final String RESOURCE = "faultline/export/countries.tsv";

    /** {@code fips} is null where FIPS 10-4 has no code. */
    record Country(String iso3, int isoNumeric, String fips, String acledName, String acledIso3,
                   String acledRegion) {
    }

    private static final class Holder {
        static final CountryTable TABLE = new CountryTable(load());
    }

    private final Map<String, Country> byIso3;

    private CountryTable(Map<String, Country> byIso3) {
        this.byIso3 = byIso3;
    }

    static CountryTable get() {
        return Holder.TABLE;
    }

    Optional<Country> of(String iso3) {
        return Optional.ofNullable(iso3 == null ? null : byIso3.get(iso3));
    }

    /** The country ACLED files a territory under (its own row for a sovereign state). */
    Optional<Country> acledFiling(String iso3) {
        return of(iso3).map(c -> byIso3.get(c.acledIso3()));
    }

    private static Map<String, Country> load() {
        Map<String, Country> out = DataTable.byKey(RESOURCE, List.of("iso3", "iso_numeric", "fips", "acled_country",
                "acled_iso3", "acled_region"), "iso3", r -> new Country(r.get("iso3"), r.integer("iso_numeric"),
                r.optional("fips"), r.get("acled_country"), r.get("acled_iso3"), r.get("acled_region")));
        for (Country c : out.values()) {
            if (!out.containsKey(c.acledIso3())) {
                throw new IllegalStateException(RESOURCE + ": " + c.iso3() + " is filed under " + c.acledIso3()
                        + ", which has no row");
            }
        }
        return out;
    }
}
