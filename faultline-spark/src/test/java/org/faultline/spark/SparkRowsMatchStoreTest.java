package org.faultline.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.faultline.analysis.Actor;
import org.faultline.analysis.ActorRef;
import org.faultline.analysis.Analysis;
import org.faultline.analysis.Event;
import org.faultline.analysis.EventCodes;
import org.faultline.analysis.EventDate;
import org.faultline.analysis.Place;
import org.faultline.analysis.PlaceRef;
import org.faultline.analysis.Relation;
import org.faultline.analysis.RoleBasis;
import org.faultline.analysis.Span;
import org.faultline.ingest.Article;
import org.faultline.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spark's rows and the store's rows for one analysis of a text with characters outside the Basic
 * Multilingual Plane before its entities (each two UTF-16 units, one code point): both give the same
 * ids and the same code-point offsets, and those are the code points of the text, not its UTF-16 indexes.
 */
class SparkRowsMatchStoreTest {
    private static final String TEXT = "𝔸𝔹 🙂 Rebels attacked Goma on Monday, fighting the Congolese army.";

    @TempDir
    Path dir;

    @Test
    void sparkRowsEqualTheStoresForTextBeyondTheBasicPlane() throws Exception {
        Analysis analysis = analysis();
        Path db = dir.resolve("rows.db");
        try (Store store = Store.open(db)) {
            store.put(analysis);
        }
        List<String> stored;
        List<String> storedActors;
        List<String> storedPlaces;
        List<String> storedRelations;
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db)) {
            stored = rows(c, "SELECT e.article_id, e.seq - 1, e.type, e.mode, "
                    + "(SELECT string_agg(actor_id, ',' ORDER BY seq) FROM event_actors a WHERE a.event_id = e.event_id AND role = 'source'), "
                    + "(SELECT string_agg(actor_id, ',' ORDER BY seq) FROM event_actors a WHERE a.event_id = e.event_id AND role = 'target'), "
                    + "e.place_id, e.date_value, e.trigger_start_cp, e.trigger_end_cp, e.evidence_start_cp, "
                    + "e.evidence_end_cp, "
                    + "(SELECT string_agg(basis, ',' ORDER BY seq) FROM event_actors a WHERE a.event_id = e.event_id AND role = 'source'), "
                    + "(SELECT string_agg(basis, ',' ORDER BY seq) FROM event_actors a WHERE a.event_id = e.event_id AND role = 'target') "
                    + "FROM events e ORDER BY e.seq");
            storedActors = rows(c, "SELECT a.actor_id, a.name, (SELECT count(*) FROM mentions m WHERE m.kind = 'actor' "
                    + "AND m.ref_id = a.actor_id) FROM actors a ORDER BY a.actor_id");
            storedPlaces = rows(c, "SELECT p.place_id, p.name, (SELECT count(*) FROM mentions m WHERE m.kind = 'place' "
                    + "AND m.ref_id = p.place_id) FROM places p ORDER BY p.place_id");
            storedRelations = rows(c, "SELECT article_id, seq - 1, type, source_actor_id, target_actor_id, "
                    + "evidence_start_cp, evidence_end_cp FROM relations ORDER BY seq");
        }
        List<String> spark = new ArrayList<>();
        AnalysisRows.events(analysis).forEach(r -> spark.add(pick(r, 0, 1, 2, 3, 4, 5, 6, 11, 15, 16, 17, 18, 23, 24)));
        assertEquals(stored, spark);
        Object[] row = AnalysisRows.events(analysis).get(0);
        assertEquals(List.of("stated", "counterpart"), List.of(row[23], row[24]), "an inferred role says so in Spark's rows");
        assertEquals(storedActors, sortedPicks(AnalysisRows.actors(analysis), 1, 2, 8));
        assertEquals(storedPlaces, sortedPicks(AnalysisRows.places(analysis), 1, 2, 10));
        List<String> sparkRelations = new ArrayList<>();
        AnalysisRows.relations(analysis).forEach(r -> sparkRelations.add(pick(r, 0, 1, 2, 3, 4, 7, 8)));
        assertEquals(storedRelations, sparkRelations);

        int trigger = TEXT.indexOf("attacked");
        int triggerCp = TEXT.codePointCount(0, trigger);
        assertNotEquals(trigger, triggerCp, "the text must shift UTF-16 indexes from code points");
        Object[] event = AnalysisRows.events(analysis).get(0);
        assertEquals(List.of(triggerCp, triggerCp + "attacked".length()), List.of(event[15], event[16]));
        assertEquals("attacked", new String(TEXT.codePoints().skip(triggerCp).limit(8).toArray(), 0, 8));
    }

    private static String pick(Object[] row, int... columns) {
        Object[] picked = new Object[columns.length];
        for (int i = 0; i < columns.length; i++) {
            Object v = row[columns[i]];
            picked[i] = v instanceof Number n ? n.longValue() : v;
        }
        return Arrays.toString(picked);
    }

    private static List<String> sortedPicks(List<Object[]> rows, int... columns) {
        List<String> out = new ArrayList<>(rows.stream().map(r -> pick(r, columns)).toList());
        out.sort(null);
        return out;
    }

    private static List<String> rows(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            int n = r.getMetaData().getColumnCount();
            while (r.next()) {
                Object[] v = new Object[n];
                for (int i = 0; i < n; i++) {
                    Object o = r.getObject(i + 1);
                    v[i] = o instanceof Number num ? num.longValue() : o;
                }
                out.add(Arrays.toString(v));
            }
        }
        return out;
    }

    /**
     * Rebels attack Goma (an event whose target, the army, is inferred as their adversary) and fight the army
     * (a relation).
     */
    private static Analysis analysis() {
        Article article = new Article("bmp", LocalDate.of(2024, 5, 6), null, null, null, TEXT, "test");
        Span rebels = span("Rebels");
        Span goma = span("Goma");
        Span army = span("Congolese army");
        ActorRef source = new ActorRef("generic:rebels@COD", "rebels", "Rebels", "COD", "REBELS", false, rebels);
        ActorRef target = new ActorRef("fardc", "Armed Forces of the DRC", "Congolese army", "COD", "MILITARY", true, army);
        Place place = new Place("gn:216281", "Goma", -1.679, 29.228, "COD", "North Kivu", 216281L, "PPLA", "point",
                List.of(goma));
        Span sentence = new Span(TEXT.indexOf("Rebels"), TEXT.length());
        ActorRef adversary = target.withBasis(RoleBasis.COUNTERPART); // the source's adversary in the article
        Event event = new Event("ASSAULT", null, List.of(source), List.of(adversary), new PlaceRef(place, goma, "sentence"),
                new EventDate("2024-05-06", "day", span("Monday"), "text"), "asserted", Map.of("killed", 3L), sentence,
                span("attacked"), null, new EventCodes("19", 4, "Battles", "Armed clash"));
        Actor rebelsActor = new Actor(source.id(), source.name(), source.type(), "COD", null, null, false,
                List.of("Rebels"), List.of(rebels));
        Relation hostile = new Relation("HOSTILE", source, target, null, "2024-05-06", sentence, span("fighting"));
        return new Analysis(article, List.of(event), List.of(rebelsActor), List.of(place), List.of(hostile), List.of());
    }

    private static Span span(String word) {
        int at = TEXT.indexOf(word);
        return new Span(at, at + word.length());
    }
}
