package org.faultline.store;

import static org.faultline.store.Fixtures.MOSUL;
import static org.faultline.store.Fixtures.iraqArmy;
import static org.faultline.store.Fixtures.isis;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.faultline.analysis.Analysis;
import org.faultline.analysis.Event;
import org.faultline.analysis.Span;
import org.faultline.ingest.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreTest {
    @TempDir
    Path dir;

    private static Analysis sample(String id, String text) {
        Article a = new Article(id, LocalDate.of(2016, 6, 9), "t", "Reuters", "https://r.example/" + id, text, "x");
        Analysis base = Fixtures.analysis(Fixtures.article(id, LocalDate.of(2016, 6, 9), "Reuters", null),
                List.of(Fixtures.event("ASSAULT", List.of(isis()), List.of(iraqArmy()), MOSUL, "2016-06-05",
                        Map.of("killed", 12L))), List.of(Fixtures.relation("SUPPORTS", Fixtures.ypg(), Fixtures.sdf(),
                        "2016-06-09")));
        return new Analysis(a, base.events(), base.actors(), base.places(), base.relations(), base.counts());
    }

    @Test
    void storesAnAnalysisAcrossItsTables() {
        try (Store s = Store.open(dir.resolve("f.db"))) {
            assertEquals(PutResult.STORED, s.put(sample("a1", Fixtures.TEXT)));
            assertEquals(1, s.count("articles"));
            assertEquals(1, s.count("events"));
            assertEquals(2, s.count("event_actors"));
            assertEquals(1, s.count("event_counts"));
            assertEquals(1, s.count("relations"));
            assertEquals(1, s.count("counts"));
            assertEquals(4, s.count("actors"));
            assertEquals(1, s.count("places"));
            assertTrue(s.count("mentions") >= 5);
        }
    }

    @Test
    void sameContentChangesNothingAndChangedContentReplaces() {
        Path db = dir.resolve("f.db");
        try (Store s = Store.open(db)) {
            s.put(sample("a1", Fixtures.TEXT));
            assertTrue(s.isStored(sample("a1", Fixtures.TEXT).article()));
            assertEquals(PutResult.UNCHANGED, s.put(sample("a1", Fixtures.TEXT)));
        }
        try (Store s = Store.open(db)) { // and across a reopen
            assertEquals(PutResult.UNCHANGED, s.put(sample("a1", Fixtures.TEXT)));
            Analysis changed = sample("a1", Fixtures.TEXT + " Updated.");
            assertFalse(s.isStored(changed.article()));
            assertEquals(PutResult.REPLACED, s.put(changed));
            assertEquals(1, s.count("articles"));
            assertEquals(1, s.count("events"));
            assertEquals(1, s.count("relations"));
            assertTrue(s.isStored(changed.article()));
        }
    }

    @Test
    void aFailedReplacementKeepsTheOldAnalysis() {
        try (Store s = Store.open(dir.resolve("f.db"))) {
            s.put(sample("a1", Fixtures.TEXT));
            Analysis ok = sample("a1", "short text");
            Event e = ok.events().get(0);
            Event broken = new Event(e.type(), e.mode(), e.source(), e.target(), e.place(), e.date(), e.modality(),
                    e.counts(), e.evidence(), new Span(500, 900), null, e.codes()); // trigger outside the text
            Analysis bad = new Analysis(ok.article(), List.of(broken), ok.actors(), ok.places(), ok.relations(),
                    ok.counts());
            assertThrows(RuntimeException.class, () -> s.put(bad));
            assertTrue(s.isStored(sample("a1", Fixtures.TEXT).article()));
            assertEquals(1, s.count("events"));
            assertEquals(PutResult.STORED, s.put(sample("a2", Fixtures.TEXT))); // the store is still usable
        }
    }

    @Test
    void offsetsAreCodePoints() throws Exception {
        // TEXT has an emoji (two UTF-16 units, one code point) before "Monday"
        Analysis a = sample("a1", Fixtures.TEXT);
        Event e = a.events().get(0);
        Event monday = new Event(e.type(), e.mode(), e.source(), e.target(), e.place(), e.date(), e.modality(),
                e.counts(), e.evidence(), Fixtures.span("Monday"), null, e.codes());
        try (Store s = Store.open(dir.resolve("f.db"))) {
            s.put(new Analysis(a.article(), List.of(monday), a.actors(), a.places(), a.relations(), a.counts()));
            try (Statement st = s.connection().createStatement(); ResultSet r = st.executeQuery(
                    "SELECT substring(a.text, e.trigger_start_cp + 1, e.trigger_end_cp - e.trigger_start_cp), "
                            + "e.trigger_start_cp FROM events e JOIN articles a USING (article_id)")) {
                r.next();
                assertEquals("Monday", r.getString(1));
                assertEquals(Fixtures.TEXT.indexOf("Monday") - 1, r.getInt(2));
            }
        }
    }

    @Test
    void refusesANewerSchemaAndForeignDatabases() throws Exception {
        Path db = dir.resolve("f.db");
        Store.open(db).close();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db); Statement s = c.createStatement()) {
            s.execute("INSERT INTO schema_version VALUES (99, current_timestamp)");
        }
        StoreException e = assertThrows(StoreException.class, () -> Store.open(db));
        assertTrue(e.getMessage().contains("schema version 99"), e.getMessage());
        assertTrue(e.getMessage().contains("newer"), e.getMessage());

        Path other = dir.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + other); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (x INTEGER)");
        }
        e = assertThrows(StoreException.class, () -> Store.open(other));
        assertTrue(e.getMessage().contains("not a Faultline store"), e.getMessage());
    }

    @Test
    void migratesAnOlderStoreInOneStep() throws Exception {
        Path db = dir.resolve("f.db");
        Migrations v1 = new Migrations(List.of(List.of("CREATE TABLE old_t (x INTEGER)")));
        Migrations v2 = new Migrations(List.of(List.of("CREATE TABLE old_t (x INTEGER)"),
                List.of("ALTER TABLE old_t ADD COLUMN y VARCHAR", "CREATE TABLE new_t (z INTEGER)")));
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db)) {
            assertEquals(0, v1.migrate(c, "f.db"));
            assertEquals(1, v2.migrate(c, "f.db"));
            assertEquals(2, v2.migrate(c, "f.db"));
            assertEquals(2, Migrations.currentVersion(c, "f.db"));
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO old_t VALUES (1, 'a')");
                s.execute("INSERT INTO new_t VALUES (1)");
            }
        }
        Migrations broken = new Migrations(List.of(List.of("CREATE TABLE old_t (x INTEGER)"),
                List.of("ALTER TABLE old_t ADD COLUMN y VARCHAR", "CREATE TABLE new_t (z INTEGER)"),
                List.of("CREATE TABLE v3 (a INTEGER)", "THIS IS NOT SQL")));
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db)) {
            assertThrows(Exception.class, () -> broken.migrate(c, "f.db"));
            assertEquals(2, Migrations.currentVersion(c, "f.db")); // the failed step left nothing behind
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                    "SELECT count(*) FROM information_schema.tables WHERE table_name = 'v3'")) {
                r.next();
                assertEquals(0, r.getInt(1));
            }
        }
    }

    @Test
    void aVersion1StoreIsMigratedAndItsClustersRecomputed() throws Exception {
        Path db = dir.resolve("v1.db");
        try (Store s = Store.open(db, new Migrations(List.of(Schema.V1)), new Dedup(SameHappening.DEFAULT))) {
            try (Statement st = s.connection().createStatement()) {
                st.execute("ALTER TABLE relations ADD COLUMN end_date VARCHAR"); // this release's writer fills it
                st.execute("ALTER TABLE event_actors ADD COLUMN basis VARCHAR");
            }
            Fixtures.corpus().forEach(s::put);
            try (Statement st = s.connection().createStatement()) {
                st.execute("ALTER TABLE relations DROP COLUMN end_date"); // version 1 had none
                st.execute("ALTER TABLE event_actors DROP COLUMN basis");
                // clusters as version 1 left them: members without articles, the lowest toll, marked current
                st.execute("INSERT INTO cluster_members VALUES ('bbc-1#e1', 'bbc-1#e1')");
                st.execute("INSERT INTO cluster_counts VALUES ('bbc-1#e1', 'killed', 12)");
                st.execute("UPDATE store_meta SET value = (SELECT value FROM store_meta WHERE key = 'generation') "
                        + "WHERE key = 'clustered_generation'");
            }
        }
        try (Store s = Store.open(db)) {
            assertEquals(Schema.VERSION, Migrations.currentVersion(s.connection(), "v1.db"));
            CanonicalEvent mosul = s.events(QueryFilter.all()).get(0);
            assertEquals(3, mosul.members().size());
            assertEquals("afp-1", mosul.members().get(0).articleId());
            assertEquals(new CanonicalEvent.Range(12, 15), mosul.countRanges().get("killed"));
            assertTrue(StoreCheck.run(s).ok(), StoreCheck.run(s).toString());
            try (Statement st = s.connection().createStatement();
                 java.sql.ResultSet r = st.executeQuery("SELECT count(*), count(end_date) FROM relations")) {
                r.next();
                assertEquals(List.of(3, 0), List.of(r.getInt(1), r.getInt(2)), "relations kept, no end known");
            }
        }
    }
}
