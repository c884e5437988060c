package org.faultline.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.faultline.analysis.Actor;
import org.faultline.analysis.ActorRef;
import org.faultline.analysis.Analysis;
import org.faultline.analysis.CountFact;
import org.faultline.analysis.Event;
import org.faultline.analysis.EventCodes;
import org.faultline.analysis.EventDate;
import org.faultline.analysis.Place;
import org.faultline.analysis.PlaceRef;
import org.faultline.analysis.Relation;
import org.faultline.analysis.Span;
import org.faultline.ingest.Article;
import org.faultline.json.AnalysisJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The analysis JSON and the store give the same code-point offsets for every span of an analysis of a
 * text with characters outside the Basic Multilingual Plane before its entities (each two UTF-16 units,
 * one code point): mentions, event triggers, evidence, places, dates, roles, relations and counts.
 */
class JsonOffsetsMatchStoreTest {
    private static final String TEXT = "𝔸𝔹 🙂 Rebels attacked Goma on Monday, killing 3 🙂 people, "
            + "UN monitors said. 🙂 The rebels are fighting the Congolese army.";

    @TempDir
    Path dir;

    @Test
    void jsonOffsetsEqualTheStoresForTextBeyondTheBasicPlane() throws Exception {
        Analysis analysis = analysis();
        JsonNode json = AnalysisJson.toJson(analysis);
        Path db = dir.resolve("offsets.db");
        try (Store store = Store.open(db)) {
            store.put(analysis);
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db)) {
            List<String> jsonMentions = new ArrayList<>();
            for (String kind : List.of("actor", "place")) {
                for (JsonNode x : json.get(kind + "s")) {
                    x.get("mentions").forEach(m -> jsonMentions.add(kind + " " + x.get("id").asText() + " " + span(m)));
                }
            }
            assertEquals(rows(c, "SELECT kind || ' ' || ref_id || ' ' || start_cp || '-' || end_cp FROM mentions "
                    + "WHERE ref_id IN ('generic:rebels@COD', 'gn:216281')"), sorted(jsonMentions));

            JsonNode e = json.get("events").get(0);
            assertEquals(rows(c, "SELECT trigger_start_cp || '-' || trigger_end_cp, evidence_start_cp || '-' || evidence_end_cp, "
                            + "place_start_cp || '-' || place_end_cp, date_start_cp || '-' || date_end_cp FROM events"),
                    List.of(String.join(", ", span(e.get("trigger")), span(e.get("evidence")),
                            span(e.get("place").get("mention")), span(e.get("date_evidence")))));
            assertEquals(rows(c, "SELECT role || ' ' || actor_id || ' ' || start_cp || '-' || end_cp FROM event_actors"),
                    sorted(List.of("source " + e.get("source").get(0).get("id").asText() + " "
                                    + span(e.get("source").get(0).get("mention")),
                            "attribution " + e.get("attribution").get("id").asText() + " "
                                    + span(e.get("attribution").get("mention")))));

            JsonNode r = json.get("relations").get(0);
            assertEquals(rows(c, "SELECT source_start_cp || '-' || source_end_cp, target_start_cp || '-' || target_end_cp, "
                            + "evidence_start_cp || '-' || evidence_end_cp, trigger_start_cp || '-' || trigger_end_cp FROM relations"),
                    List.of(String.join(", ", span(r.get("source").get("mention")), span(r.get("target").get("mention")),
                            span(r.get("evidence")), span(r.get("trigger")))));
            assertEquals(rows(c, "SELECT evidence_start_cp || '-' || evidence_end_cp FROM counts"),
                    List.of(span(json.get("counts").get(0).get("evidence"))));
        }

        // and those offsets are the text's code points, not its UTF-16 indexes
        int trigger = TEXT.indexOf("attacked");
        int triggerCp = TEXT.codePointCount(0, trigger);
        assertNotEquals(trigger, triggerCp, "the text must shift UTF-16 indexes from code points");
        assertEquals(triggerCp + "-" + (triggerCp + 8), span(json.get("events").get(0).get("trigger")));
        int army = TEXT.indexOf("Congolese army");
        assertEquals(TEXT.codePointCount(0, army), json.get("relations").get(0).get("target").get("mention")
                .get("start").asInt());
    }

    private static String span(JsonNode n) {
        return n.get("start").asInt() + "-" + n.get("end").asInt();
    }

    private static List<String> sorted(List<String> in) {
        List<String> out = new ArrayList<>(in);
        out.sort(null);
        return out;
    }

    private static List<String> rows(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            int n = r.getMetaData().getColumnCount();
            while (r.next()) {
                List<String> v = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    v.add(r.getString(i));
                }
                out.add(String.join(", ", v));
            }
        }
        out.sort(null);
        return out;
    }

    /** Rebels attack Goma (an event the UN reports, with a count) and fight the army (a relation). */
    private static Analysis analysis() {
        Article article = new Article("bmp", LocalDate.of(2024, 5, 6), null, null, null, TEXT, "test");
        Span rebels = span("Rebels");
        Span rebelsAgain = span("rebels are");
        rebelsAgain = new Span(rebelsAgain.start(), rebelsAgain.start() + "rebels".length());
        Span goma = span("Goma");
        Span army = span("Congolese army");
        ActorRef source = new ActorRef("generic:rebels@COD", "rebels", "Rebels", "COD", "REBELS", false, rebels);
        ActorRef un = new ActorRef("UNO", "United Nations", "UN", null, "IGO", true, span("UN"));
        ActorRef target = new ActorRef("fardc", "Armed Forces of the DRC", "Congolese army", "COD", "MILITARY", true, army);
        Place place = new Place("gn:216281", "Goma", -1.679, 29.228, "COD", "North Kivu", 216281L, "PPLA", "point",
                List.of(goma));
        Span first = new Span(TEXT.indexOf("Rebels"), TEXT.indexOf("said.") + 5);
        Span second = new Span(TEXT.indexOf("The rebels"), TEXT.length());
        Event event = new Event("ASSAULT", null, List.of(source), List.of(), new PlaceRef(place, goma, "sentence"),
                new EventDate("2024-05-06", "day", span("Monday"), "text"), "asserted", Map.of("killed", 3L), first,
                span("attacked"), un, new EventCodes("19", 4, "Battles", "Armed clash"));
        Actor rebelsActor = new Actor(source.id(), source.name(), source.type(), "COD", null, null, false,
                List.of("Rebels"), List.of(rebels, rebelsAgain));
        Relation hostile = new Relation("HOSTILE", source, target, null, "2024-05-06", second, span("fighting"));
        CountFact killed = new CountFact("killed", 3, null, "people", null, span("killing 3"));
        return new Analysis(article, List.of(event), List.of(rebelsActor), List.of(place), List.of(hostile),
                List.of(killed));
    }

    private static Span span(String words) {
        int at = TEXT.indexOf(words);
        return new Span(at, at + words.length());
    }
}
