package org.faultline.store.export;

import org.faultline.text.DataTable;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.faultline.store.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * The PLOVER export against the PLOVER manual's field tables (spec/plover-0.8-fields.tsv) and coded values
 * (spec/plover-0.8-values.tsv): required fields, JSON types, at least one source actor, and evidence
 * offsets that point at the reporting sentence.
 */
class PloverJsonSpecTest extends ExportStoreTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<DataTable.Row> FIELDS = DataTable.read("spec/plover-0.8-fields.tsv",
            List.of("object", "field", "type", "required"));
    private static final Map<String, Set<String>> VALUES = new HashMap<>();

    static {
        for (DataTable.Row r : DataTable.read("spec/plover-0.8-values.tsv", List.of("field", "value"))) {
            VALUES.computeIfAbsent(r.get("field"), k -> new HashSet<>()).add(r.get("value"));
        }
    }

    private List<JsonNode> records() throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (String line : export(ExportFormat.plover).text().split("\n")) {
            out.add(JSON.readTree(line));
        }
        return out;
    }

    private JsonNode withDate(String date) throws Exception {
        return records().stream().filter(r -> r.get("date").asText().equals(date)).findFirst().orElseThrow();
    }

    /** Checks the standard fields of one object against the spec table for that object. */
    private static void conforms(String object, JsonNode node) {
        assertTrue(node.isObject(), object + " is not an object: " + node);
        for (DataTable.Row f : FIELDS) {
            if (!f.get("object").equals(object)) {
                continue;
            }
            String name = f.get("field");
            JsonNode v = node.get(name);
            if (v == null) {
                assertFalse(f.get("required").equals("Y"), object + "." + name + " is required");
                continue;
            }
            switch (f.get("type")) {
                case "string" -> assertTrue(v.isTextual(), name + ": " + v);
                case "date" -> LocalDate.parse(v.asText());
                case "integer" -> assertTrue(v.isIntegralNumber(), name + ": " + v);
                case "number" -> assertTrue(v.isNumber(), name + ": " + v);
                case "boolean" -> assertTrue(v.isBoolean(), name + ": " + v);
                case "object" -> assertTrue(v.isObject(), name + ": " + v);
                case "array_of_strings" -> v.forEach(x -> assertTrue(x.isTextual(), name + ": " + v));
                case "array_of_actors" -> v.forEach(x -> conforms("actor", x));
                default -> throw new AssertionError("unknown spec type " + f.get("type"));
            }
            if (f.get("type").startsWith("array")) {
                assertTrue(v.isArray() && !v.isEmpty(), name + " must be a non-empty list: " + v);
            }
            if (VALUES.containsKey(name)) {
                for (JsonNode x : v.isArray() ? v : List.of(v)) {
                    assertTrue(VALUES.get(name).contains(x.asText()), name + " = " + x);
                }
            }
        }
    }

    @Test
    void everyRecordHasTheRequiredFieldsWithTheirTypes() throws Exception {
        List<JsonNode> records = records();
        assertEquals(6, records.size()); // the 3 corpus events and 3 of the 4 extra ones
        for (JsonNode r : records) {
            conforms("event", r);
            assertTrue(r.get("source").size() >= 1, "PLOVER requires a source actor: " + r);
            // the extension role_basis is no manual field and holds words of the closed vocabulary, "stated" first
            assertTrue(FIELDS.stream().noneMatch(f -> f.get("field").equals("role_basis")));
            List<String> words = java.util.Arrays.stream(org.faultline.analysis.RoleBasis.values())
                    .map(org.faultline.analysis.RoleBasis::word).toList();
            for (JsonNode actor : r.get("source")) {
                List<String> bases = new ArrayList<>();
                actor.get("role_basis").forEach(b -> bases.add(b.asText()));
                assertFalse(bases.isEmpty(), actor.toString());
                assertTrue(words.containsAll(bases), actor.toString());
                assertEquals(bases.stream().sorted(java.util.Comparator.comparingInt(words::indexOf)).toList(), bases);
            }
            if (r.has("event_loc")) {
                conforms("location", r.get("event_loc"));
            }
            if (r.has("cite_info")) {
                conforms("cite", r.get("cite_info"));
            }
        }
    }

    @Test
    void mosulAttackInPloverTerms() throws Exception {
        JsonNode mosul = withDate("2016-06-05");
        assertEquals("afp-1#e1", mosul.get("id").asText());
        assertEquals("ASSAULT", mosul.get("event").get(0).asText());
        assertEquals("heavy-weapons", mosul.get("mode").get(0).asText());
        JsonNode isis = mosul.get("source").get(0);
        assertEquals("ISIS", isis.get("identifier_id").asText());
        assertEquals("Islamic State", isis.get("actor_text").asText());
        assertEquals("INS", isis.get("sector").asText());
        JsonNode civilians = mosul.get("recipient").get(0);
        assertEquals("IRQ", civilians.get("code").asText());
        assertEquals("CVL", civilians.get("sector").asText());
        JsonNode loc = mosul.get("event_loc");
        assertEquals(36.335, loc.get("latitude").asDouble());
        assertEquals("IQ", loc.get("country code").asText());
        assertEquals("IRQ", loc.get("cc3").asText());
        assertEquals("15", loc.get("admin1 code").asText());
        assertEquals(99072, loc.get("geonameid").asLong());
        assertEquals(4, mosul.get("quad_code").asInt());
        assertFalse(mosul.has("context"), "an asserted event has no special context");
        assertEquals("Faultline", mosul.get("coder").asText());
    }

    @Test
    void evidenceOffsetsPointAtTheReportingSentence() throws Exception {
        JsonNode mosul = withDate("2016-06-05");
        assertEquals(3, mosul.get("evidence").size());
        String sentence = mosul.get("event_text").get(0).asText();
        for (JsonNode x : mosul.get("evidence")) {
            int start = x.get("start").asInt();
            int end = x.get("end").asInt();
            String text = Fixtures.TEXT;
            assertEquals(sentence, text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end)));
        }
    }

    @Test
    void negatedEventCarriesTheNegationContext() throws Exception {
        assertEquals("negation", withDate("2016-10-01").get("context").get(0).asText());
    }

    @Test
    void eventWithoutSourceActorIsLeftOutAndCounted() throws Exception {
        ExportReport report = export(ExportFormat.plover).report();
        assertEquals(Map.of(PloverJson.NO_SOURCE, 1), report.leftOut());
        assertEquals(6, report.written());
        assertTrue(records().stream().noneMatch(r -> r.get("date").asText().equals("2016-08-01")));
    }
}
