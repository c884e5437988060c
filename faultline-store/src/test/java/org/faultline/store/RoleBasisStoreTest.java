package org.faultline.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.faultline.analysis.ActorRef;
import org.faultline.analysis.Analysis;
import org.faultline.analysis.RoleBasis;
import org.faultline.json.AnalysisJson;
import org.faultline.store.export.PloverJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How each event role got its actor, through the store: written with the role, read back by queries, the
 * PLOVER export's extension field, and migrated into a store written before it was kept.
 */
class RoleBasisStoreTest {
    @TempDir
    Path dir;

    /** ISIS attacks Mosul (stated roles); an attack on Kirkuk a week later continues it (its source carried over). */
    static Analysis continued() {
        ActorRef carried = Fixtures.isis().withBasis(RoleBasis.CONTINUED);
        return Fixtures.analysis(Fixtures.article("wire-1", LocalDate.of(2016, 6, 13), "Wire", "https://wire/1"),
                List.of(Fixtures.event("ASSAULT", List.of(Fixtures.isis()), List.of(Fixtures.civilians()),
                                Fixtures.MOSUL, "2016-06-05", Map.of()),
                        Fixtures.event("ASSAULT", List.of(carried), List.of(), Fixtures.KIRKUK, "2016-06-12", Map.of())),
                List.of());
    }

    @Test
    void anInferredRoleKeepsItsBasisInTheStoreItsQueriesAndThePloverExport() throws Exception {
        Analysis a = continued();
        try (Store s = Store.open(dir.resolve("b.db"))) {
            s.put(a);
            assertEquals(List.of("wire-1#e1 source stated", "wire-1#e1 target stated", "wire-1#e2 source continued"),
                    rows(s, "SELECT event_id || ' ' || role || ' ' || basis FROM event_actors ORDER BY event_id, role, seq"));
            // the store holds what the analysis JSON says, role by role
            List<String> json = new ArrayList<>();
            for (JsonNode e : AnalysisJson.toJson(a).path("events")) {
                for (String role : List.of("source", "target")) {
                    e.path(role).forEach(r -> json.add(r.path("basis").asText()));
                }
            }
            assertEquals(json, rows(s, "SELECT basis FROM event_actors ORDER BY event_id, role, seq"));

            CanonicalEvent kirkuk = byPlace(s.events(QueryFilter.all()), "Kirkuk");
            assertEquals(List.of("continued"), kirkuk.sources().get(0).bases());
            assertEquals(List.of("stated"), byPlace(s.events(QueryFilter.all()), "Mosul").sources().get(0).bases());

            StringWriter out = new StringWriter();
            PloverJson.write(List.of(kirkuk), out);
            JsonNode plover = new ObjectMapper().readTree(out.toString().strip());
            assertEquals("[\"continued\"]", plover.path("source").get(0).path("role_basis").toString());
            assertTrue(StoreCheck.run(s).ok(), StoreCheck.run(s).toString());
        }
    }

    @Test
    void aStoreAtTheVersionBeforeGetsTheColumnWithItsRolesUnrecorded() throws Exception {
        Path db = dir.resolve("v4.db");
        Migrations v4 = new Migrations(List.of(Schema.V1, Schema.V2, Schema.V3, Schema.V4));
        try (Store s = Store.open(db, v4, new Dedup(SameHappening.DEFAULT))) {
            try (Statement st = s.connection().createStatement()) {
                st.execute("ALTER TABLE event_actors ADD COLUMN basis VARCHAR"); // this release's writer fills it
            }
            Fixtures.corpus().forEach(s::put);
            try (Statement st = s.connection().createStatement()) {
                st.execute("ALTER TABLE event_actors DROP COLUMN basis"); // version 4 had none
            }
            assertEquals(4, Migrations.currentVersion(s.connection(), "v4.db"));
        }
        try (Store s = Store.open(db)) {
            assertEquals(Schema.VERSION, Migrations.currentVersion(s.connection(), "v4.db"));
            assertEquals(List.of("unrecorded"), rows(s, "SELECT DISTINCT basis FROM event_actors"));
            assertTrue(s.events(QueryFilter.all()).stream().flatMap(e -> e.sources().stream())
                    .allMatch(x -> x.bases().equals(List.of("unrecorded"))));
            s.put(continued()); // new analyses are stored with their bases beside the old rows
            assertEquals(List.of("continued", "stated", "unrecorded"),
                    rows(s, "SELECT DISTINCT basis FROM event_actors ORDER BY basis"));
            assertTrue(StoreCheck.run(s).ok(), StoreCheck.run(s).toString());
        }
    }

    @Test
    void anExportFromTheVersionBeforeImportsWithItsRolesUnrecorded() throws Exception {
        Path out = dir.resolve("parquet");
        try (Store s = Store.open(dir.resolve("a.db"))) {
            s.put(continued());
            ParquetTransfer.export(s, out);
            // rewrite it as version 4 wrote it: no basis column, schema version 4
            try (Statement st = s.connection().createStatement()) {
                st.execute("COPY (SELECT * EXCLUDE (basis) FROM event_actors) TO '"
                        + out.resolve("event_actors.parquet") + "' (FORMAT PARQUET)");
                st.execute("COPY (SELECT * FROM schema_version WHERE version <= 4) TO '"
                        + out.resolve("schema_version.parquet") + "' (FORMAT PARQUET)");
            }
        }
        try (Store s = Store.open(dir.resolve("b.db"))) {
            assertEquals(1, ParquetTransfer.importDir(s, out));
            assertEquals(List.of("unrecorded", "unrecorded", "unrecorded"), rows(s, "SELECT basis FROM event_actors"));
            assertTrue(StoreCheck.run(s).ok(), StoreCheck.run(s).toString());
        }
    }

    @Test
    void theCheckRefusesABasisFaultlineDoesNotWrite() throws Exception {
        try (Store s = Store.open(dir.resolve("c.db"))) {
            s.put(continued());
            try (Statement st = s.connection().createStatement()) {
                st.execute("UPDATE event_actors SET basis = 'guessed' WHERE role = 'target'");
            }
            assertTrue(StoreCheck.run(s).errors().contains("1 event actors with a basis Faultline does not write"),
                    StoreCheck.run(s).toString());
        }
    }

    private static CanonicalEvent byPlace(List<CanonicalEvent> events, String place) {
        return events.stream().filter(e -> e.place() != null && e.place().name().equals(place)).findFirst().orElseThrow();
    }

    private static List<String> rows(Store s, String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Statement st = s.connection().createStatement(); ResultSet r = st.executeQuery(sql)) {
            while (r.next()) {
                out.add(r.getString(1));
            }
        }
        return out;
    }
}
