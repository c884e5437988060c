package org.faultline.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreCheckTest {
    @TempDir
    Path dir;

    @Test
    void aCleanStorePasses() {
        try (Store s = Store.open(dir.resolve("c.db"))) {
            Fixtures.corpus().forEach(s::put);
            StoreCheck.Report r = StoreCheck.run(s);
            assertEquals(1, r.warnings().size(), "clusters are stale before the first query: " + r);
            assertTrue(r.ok(), r.toString());
            s.recluster();
            r = StoreCheck.run(s);
            assertTrue(r.ok(), r.toString());
            assertTrue(r.warnings().isEmpty(), r.toString());
            assertEquals(4L, r.rows().get("articles"));
        }
    }

    @Test
    void findsOrphansBadOffsetsAndBrokenClusters() throws Exception {
        try (Store s = Store.open(dir.resolve("c.db"))) {
            Fixtures.corpus().forEach(s::put);
            s.recluster();
            try (Statement st = s.connection().createStatement()) {
                st.execute("DELETE FROM articles WHERE article_id = 'afp-2'");
                st.execute("UPDATE event_actors SET end_cp = 100000 WHERE event_id = 'bbc-1#e1'");
                st.execute("DELETE FROM cluster_members WHERE event_id = 'bbc-2#e2'");
            }
            StoreCheck.Report r = StoreCheck.run(s);
            assertFalse(r.ok());
            String all = String.join("\n", r.errors());
            assertTrue(all.contains("events without their article"), all);
            assertTrue(all.contains("event_actors.start_cp..end_cp outside the article text"), all);
            assertTrue(all.contains("1 events in no cluster"), all);
        }
    }

    @Test
    void findsAWrongSchemaVersion() throws Exception {
        try (Store s = Store.open(dir.resolve("v.db"))) {
            Fixtures.corpus().forEach(s::put);
            try (Statement st = s.connection().createStatement()) {
                st.execute("UPDATE schema_version SET version = " + (Schema.VERSION + 7));
            }
            StoreCheck.Report r = StoreCheck.run(s);
            assertFalse(r.ok());
            assertTrue(r.errors().contains("schema version " + (Schema.VERSION + 7) + ", expected " + Schema.VERSION),
                    r.toString());
        }
    }
}
