package org.faultline.store.export;

import org.faultline.text.DataTable;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.faultline.analysis.Place;
import org.faultline.store.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * The GDELT export read as a GDELT 2.0 reader reads it: by position, against the codebook's column list
 * (spec/gdelt-2.0-events.tsv), not against the writer's own constants.
 */
class GdeltTsvSpecTest extends ExportStoreTest {
    private static final List<DataTable.Row> SPEC = DataTable.read("spec/gdelt-2.0-events.tsv",
            List.of("position", "name", "type"));
    /** Columns this export always fills (the others may be empty where Faultline has no evidence). */
    private static final Set<String> ALWAYS = Set.of("GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
            "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
            "NumMentions", "NumSources", "NumArticles", "Actor1Geo_Type", "Actor2Geo_Type", "ActionGeo_Type",
            "DATEADDED");

    private List<String[]> rows() throws Exception {
        String text = export(ExportFormat.gdelt).text();
        assertTrue(text.endsWith("\n"));
        List<String[]> rows = new ArrayList<>();
        for (String line : text.split("\n")) {
            rows.add(line.split("\t", -1));
        }
        return rows;
    }

    private static int column(String name) {
        return SPEC.stream().filter(r -> r.get("name").equals(name)).findFirst().orElseThrow().integer("position") - 1;
    }

    private static String[] rowWithDay(List<String[]> rows, String day) {
        return rows.stream().filter(r -> r[column("Day")].equals(day)).findFirst().orElseThrow();
    }

    @Test
    void specListsSixtyOneColumnsInOrder() {
        assertEquals(61, SPEC.size());
        for (int i = 0; i < SPEC.size(); i++) {
            assertEquals(i + 1, SPEC.get(i).integer("position"));
        }
    }

    @Test
    void everyRowHasTheCodebookColumnsWithTheirTypesAndNoHeader() throws Exception {
        List<String[]> rows = rows();
        assertEquals(7, rows.size()); // the 3 corpus events and the 4 extra ones: GDELT needs no actor
        for (String[] row : rows) {
            assertEquals(61, row.length, String.join("|", row));
            for (DataTable.Row col : SPEC) {
                String v = row[col.integer("position") - 1];
                String name = col.get("name");
                if (v.isEmpty()) {
                    assertFalse(ALWAYS.contains(name), name + " is empty");
                    continue;
                }
                String type = col.get("type");
                switch (type) {
                    case "integer" -> Long.parseLong(v);
                    case "float" -> Double.parseDouble(v);
                    case "yyyymmdd" -> LocalDate.parse(v, DateTimeFormatter.BASIC_ISO_DATE);
                    case "yyyymm" -> assertTrue(v.matches("\\d{4}(0[1-9]|1[0-2])"), name + " " + v);
                    case "yyyy" -> assertTrue(v.matches("\\d{4}"), name + " " + v);
                    case "yyyymmddhhmmss" -> LocalDateTime.parse(v, DateTimeFormatter.ofPattern("yyyyMMddHHmmss"));
                    case "fips" -> assertTrue(v.matches("[A-Z]{2}"), name + " " + v);
                    case "cameo_event" -> assertTrue(v.matches("\\d{2,4}"), name + " " + v);
                    case "text" -> assertFalse(v.contains("\r"), name);
                    default -> throw new AssertionError("unknown spec type " + type);
                }
            }
            String day = row[column("Day")];
            assertEquals(day.substring(0, 6), row[column("MonthYear")]);
            assertEquals(day.substring(0, 4), row[column("Year")]);
            assertEquals(day.substring(0, 4), row[column("FractionDate")].substring(0, 4));
            assertTrue(row[column("EventCode")].startsWith(row[column("EventRootCode")]));
            int quad = Integer.parseInt(row[column("QuadClass")]);
            assertTrue(quad >= 1 && quad <= 4);
            double goldstein = Double.parseDouble(row[column("GoldsteinScale")]);
            assertTrue(goldstein >= -10 && goldstein <= 10);
        }
    }

    @Test
    void mosulAttackByPosition() throws Exception {
        String[] mosul = rowWithDay(rows(), "20160605");
        assertEquals("2016.4247", mosul[column("FractionDate")]); // ((6 - 1) * 30 + 5) / 365
        assertEquals("INS", mosul[column("Actor1Code")]);
        assertEquals("Islamic State", mosul[column("Actor1Name")]);
        assertEquals("IRQCVL", mosul[column("Actor2Code")]);
        assertEquals("IRQ", mosul[column("Actor2CountryCode")]);
        assertEquals("CVL", mosul[column("Actor2Type1Code")]);
        assertEquals("1", mosul[column("IsRootEvent")]);
        assertEquals("190", mosul[column("EventCode")]);
        assertEquals("19", mosul[column("EventRootCode")]);
        assertEquals("-10.0", mosul[column("GoldsteinScale")]);
        assertEquals("3", mosul[column("NumMentions")]);
        assertEquals("2", mosul[column("NumSources")]);
        assertEquals("4", mosul[column("ActionGeo_Type")]); // a city outside the United States
        assertEquals("Mosul, Nineveh, Iraq", mosul[column("ActionGeo_FullName")]);
        assertEquals("IZ", mosul[column("ActionGeo_CountryCode")]);
        assertEquals("IZ15", mosul[column("ActionGeo_ADM1Code")]); // FIPS IZ + Nineveh's FIPS division 15
        assertEquals("36.335", mosul[column("ActionGeo_Lat")]);
        assertEquals("43.119", mosul[column("ActionGeo_Long")]);
        assertEquals("0", mosul[column("Actor1Geo_Type")]);
        assertEquals("https://bbc.co.uk/1", mosul[column("SOURCEURL")]);
        assertEquals(String.valueOf(EventNumbers.of("afp-1#e1")), mosul[column("GlobalEventID")]);
    }

    @Test
    void actionGeographyUsesFipsCountryCodes() throws Exception {
        Map<String, Place> places = new LinkedHashMap<>();
        places.put("SYR", Fixtures.point("gn:170063", "Aleppo", 36.2, 37.16, "SYR", "Aleppo"));
        places.put("UKR", Fixtures.point("gn:709717", "Donetsk", 48.0, 37.8, "UKR", "Donetsk"));
        places.put("RUS", Fixtures.point("gn:524901", "Moscow", 55.75, 37.62, "RUS", null));
        places.put("ISR", Fixtures.point("gn:293397", "Tel Aviv", 32.08, 34.78, "ISR", null));
        places.put("LBN", Fixtures.point("gn:276781", "Beirut", 33.89, 35.5, "LBN", null));
        places.put("SDN", Fixtures.point("gn:379252", "Khartoum", 15.55, 32.53, "SDN", null));
        places.put("YEM", Fixtures.point("gn:71137", "Sanaa", 15.35, 44.2, "YEM", null));
        ExportFixtures.oneEventIn(places).forEach(store::put);
        Map<String, String> fipsByCity = new LinkedHashMap<>();
        for (String[] row : rows()) {
            fipsByCity.put(row[column("ActionGeo_FullName")].split(",")[0], row[column("ActionGeo_CountryCode")]);
        }
        assertEquals("IZ", fipsByCity.get("Mosul"));
        assertEquals("SY", fipsByCity.get("Aleppo"));
        assertEquals("SY", fipsByCity.get("Damascus"));
        assertEquals("UP", fipsByCity.get("Donetsk"));
        assertEquals("RS", fipsByCity.get("Moscow"));
        assertEquals("IS", fipsByCity.get("Tel Aviv"));
        assertEquals("LE", fipsByCity.get("Beirut"));
        assertEquals("SU", fipsByCity.get("Khartoum"));
        assertEquals("YM", fipsByCity.get("Sanaa"));
    }

    @Test
    void countryLevelPlaceCarriesTheCountryAsFeature() throws Exception {
        ExportFixtures.oneEventIn(Map.of("IRQ", Fixtures.IRAQ)).forEach(store::put);
        String[] iraq = rows().stream().filter(r -> r[column("ActionGeo_FullName")].equals("Iraq")).findFirst()
                .orElseThrow();
        assertEquals("1", iraq[column("ActionGeo_Type")]);
        assertEquals("IZ", iraq[column("ActionGeo_ADM1Code")]);
        assertEquals("IZ", iraq[column("ActionGeo_FeatureID")]);
    }

    @Test
    void fractionDateKeepsTheYearOnItsLastDay() {
        assertEquals("2016.9890", GdeltTsv.fractionDate(LocalDate.of(2016, 12, 31)));
        assertEquals("2019.0685", GdeltTsv.fractionDate(LocalDate.of(2019, 1, 25)));
    }
}
