package org.faultline.store.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.faultline.text.DataFiles;
import org.junit.jupiter.api.Test;

/** The export data files against the facts they transcribe and the files of the core they must cover. */
class ExportCodesTest {

    @Test
    void fipsCodesOfConflictCountries() {
        Map<String, String> expected = Map.of("IRQ", "IZ", "SYR", "SY", "UKR", "UP", "RUS", "RS", "ISR", "IS",
                "LBN", "LE", "SDN", "SU", "YEM", "YM");
        expected.forEach((iso3, fips) -> assertEquals(fips, CountryTable.get().of(iso3).orElseThrow().fips(), iso3));
    }

    @Test
    void isoNumericAndAcledNames() {
        CountryTable.Country iraq = CountryTable.get().of("IRQ").orElseThrow();
        assertEquals(368, iraq.isoNumeric());
        assertEquals("Middle East", iraq.acledRegion());
        assertEquals("Democratic Republic of Congo", CountryTable.get().of("COD").orElseThrow().acledName());
        assertEquals("CHN", CountryTable.get().acledFiling("HKG").orElseThrow().iso3());
        assertEquals(156, CountryTable.get().acledFiling("HKG").orElseThrow().isoNumeric());
    }

    @Test
    void everyGazetteerCountryHasARow() {
        // the hand-written supplement lists every country the gazetteer resolves (name, aliases, kind, ..., ISO3)
        for (DataFiles.Line l : DataFiles.lines("faultline/geo/supplement.tsv")) {
            String[] f = l.text().split("\t", -1);
            if (f[2].equals("country")) {
                assertTrue(CountryTable.get().of(f[5]).isPresent(), "no countries.tsv row for " + f[5]);
            }
        }
    }

    @Test
    void everyCameoRootOfTheCodeMapHasAGoldsteinValue() {
        // events/codes.tsv: type, mode, condition, cameo_root, quad_class
        for (DataFiles.Line l : DataFiles.lines("faultline/events/codes.tsv")) {
            String[] f = l.text().split("\t", -1);
            if (!f[3].equals("-")) {
                assertTrue(GoldsteinScale.of(f[3] + "0") != null, "no Goldstein value for CAMEO " + f[3] + "0");
            }
        }
    }

    @Test
    void placeLevelsByFeatureCode() {
        assertEquals(4, PlaceLevels.of("PPLA").gdeltType(false));
        assertEquals(3, PlaceLevels.of("PPLA").gdeltType(true));
        assertEquals(5, PlaceLevels.of("ADM1").gdeltType(false));
        assertEquals(1, PlaceLevels.of("PCLI").gdeltType(false));
        assertEquals(2, PlaceLevels.of("RGN").acledGeoPrecision());
        assertEquals(3, PlaceLevels.of(null).acledGeoPrecision());
    }
}
