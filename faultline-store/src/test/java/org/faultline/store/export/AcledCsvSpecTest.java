package org.faultline.store.export;

import org.faultline.text.DataTable;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.faultline.acled.AcledCodebook;
import org.faultline.text.DataTable;
import org.junit.jupiter.api.Test;

/**
 * The ACLED export against ACLED's own column list, types and coded values (spec/acled-columns.tsv,
 * spec/acled-values.tsv), read back with a strict RFC 4180 parser.
 */
class AcledCsvSpecTest extends ExportStoreTest {
    private static final List<DataTable.Row> COLUMNS = DataTable.read("spec/acled-columns.tsv", List.of("name", "type"));
    private static final Map<String, Set<String>> VALUES = new HashMap<>();

    static {
        for (DataTable.Row r : DataTable.read("spec/acled-values.tsv", List.of("column", "value"))) {
            VALUES.computeIfAbsent(r.get("column"), k -> new HashSet<>())
                    .add(r.get("value").equals("(empty)") ? "" : r.get("value"));
        }
    }

    private List<Map<String, String>> records(ExportFixtures.Exported out) {
        List<List<String>> rows = CsvReader.parse(out.text());
        List<Map<String, String>> records = new java.util.ArrayList<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            assertEquals(rows.get(0).size(), row.size());
            Map<String, String> m = new HashMap<>();
            for (int i = 0; i < row.size(); i++) {
                m.put(rows.get(0).get(i), row.get(i));
            }
            records.add(m);
        }
        return records;
    }

    private Map<String, String> withDate(String date) throws Exception {
        return records(export(ExportFormat.acled)).stream()
                .filter(r -> r.get("event_date").equals(date)).findFirst().orElseThrow();
    }

    @Test
    void headerIsAcledsColumnListInOrder() throws Exception {
        List<List<String>> rows = CsvReader.parse(export(ExportFormat.acled).text());
        assertEquals(COLUMNS.stream().map(r -> r.get("name")).toList(), rows.get(0));
    }

    @Test
    void everyValueHasItsSpecTypeAndCodedValue() throws Exception {
        List<Map<String, String>> records = records(export(ExportFormat.acled));
        assertEquals(5, records.size());
        for (Map<String, String> r : records) {
            for (DataTable.Row col : COLUMNS) {
                String name = col.get("name");
                String v = r.get(name);
                switch (col.get("type")) {
                    case "integer" -> Long.parseLong(v);
                    case "decimal" -> new BigDecimal(v);
                    case "date" -> LocalDate.parse(v);
                    case "text" -> { }
                    default -> throw new AssertionError("unknown spec type " + col.get("type"));
                }
                if (VALUES.containsKey(name)) {
                    assertTrue(VALUES.get(name).contains(v), name + " = " + v);
                }
            }
            assertTrue(r.get("event_id_cnty").matches("^[A-Z]{3}\\d+$"), r.get("event_id_cnty"));
            assertEquals(r.get("event_date").substring(0, 4), r.get("year"));
            assertTrue(!r.get("actor1").isEmpty() && !r.get("notes").isEmpty() && !r.get("location").isEmpty());
            int inter1 = Integer.parseInt(r.get("inter1"));
            int inter2 = Integer.parseInt(r.get("inter2"));
            String expected = inter2 == 0 ? inter1 + "0" : Math.min(inter1, inter2) + "" + Math.max(inter1, inter2);
            assertEquals(expected, r.get("interaction"));
        }
    }

    @Test
    void mosulAttackInAcledTerms() throws Exception {
        Map<String, String> mosul = withDate("2016-06-05");
        assertTrue(mosul.get("event_id_cnty").startsWith("IRQ"));
        assertEquals("368", mosul.get("iso"));
        assertEquals("Iraq", mosul.get("country"));
        assertEquals("Middle East", mosul.get("region"));
        assertEquals("Political violence", mosul.get("disorder_type"));
        assertEquals("Explosions/Remote violence", mosul.get("event_type"));
        assertEquals("Shelling/artillery/missile attack", mosul.get("sub_event_type"));
        assertEquals("Islamic State", mosul.get("actor1"));
        assertEquals("2", mosul.get("inter1"));
        assertEquals("civilians", mosul.get("actor2"));
        assertEquals("7", mosul.get("inter2"));
        assertEquals("27", mosul.get("interaction"));
        assertEquals("Civilian targeting", mosul.get("civilian_targeting"));
        assertEquals("Nineveh", mosul.get("admin1"));
        assertEquals("Mosul", mosul.get("location"));
        assertEquals("1", mosul.get("geo_precision"));
        assertEquals("1", mosul.get("time_precision"));
        assertEquals("AFP; BBC", mosul.get("source"));
        assertEquals("15", mosul.get("fatalities")); // 12 and 15 reported once each: the best-attested is the higher
        assertTrue(mosul.get("notes").startsWith("Islamic State fighters attacked Mosul"), mosul.get("notes"));
    }

    @Test
    void protestAndStateForcesAtHomeAndAbroad() throws Exception {
        Map<String, String> protest = withDate("2016-06-06");
        assertEquals("Demonstrations", protest.get("disorder_type"));
        assertEquals("6", protest.get("inter1"));
        assertEquals("0", protest.get("inter2"));
        assertEquals("60", protest.get("interaction"));
        assertEquals("", protest.get("civilian_targeting"));
        Map<String, String> kirkuk = withDate("2016-06-13");
        assertEquals("1", kirkuk.get("inter1")); // Iraqi forces in Iraq
        assertEquals("12", kirkuk.get("interaction"));
        Map<String, String> abroad = withDate("2016-09-01");
        assertEquals("8", abroad.get("inter1")); // Russian forces in Syria: external forces
        assertEquals("Syria", abroad.get("country"));
        assertEquals("760", abroad.get("iso"));
        assertTrue(abroad.get("event_id_cnty").startsWith("SYR"));
    }

    @Test
    void eventsAcledCannotCodeAreCountedNotWritten() throws Exception {
        ExportReport report = export(ExportFormat.acled).report();
        assertEquals(5, report.written());
        assertEquals(Map.of(AcledCsv.NO_ACTOR, 1, AcledCsv.YEAR_ONLY, 1), report.leftOut());
    }

    @Test
    void interactionPutsTheSmallerCategoryFirst() {
        assertEquals(27, AcledCodebook.interaction(7, 2));
        assertEquals(27, AcledCodebook.interaction(2, 7));
        assertEquals(10, AcledCodebook.interaction(1, 0));
        assertEquals(88, AcledCodebook.interaction(8, 8));
    }
}
