package org.faultline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.faultline.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A mistyped --db is an error for every command that reads a store; only ingest and import create one. */
class StorePathTest {
    @TempDir
    Path dir;

    private void assertRefused(Path db, String... args) {
        Cli.Result r = Cli.run(args);
        assertEquals(2, r.code(), String.join(" ", args) + ": " + r.err());
        assertTrue(r.err().contains(db.toAbsolutePath().toString()), "the message names the path: " + r.err());
        assertFalse(r.out().contains("store OK"), r.out());
        assertFalse(Files.exists(db), "no store is created");
        assertFalse(Files.exists(db.getParent()), "no folder is created");
    }

    @Test
    void readingCommandsRefuseAMissingStore() {
        Path db = dir.resolve("tpyo").resolve("faultline.db");
        String d = db.toString();
        assertRefused(db, "query", "--db", d);
        assertRefused(db, "stats", "--db", d);
        assertRefused(db, "check", "--db", d);
        assertRefused(db, "export", "--format", "plover", "--db", d);
        assertRefused(db, "export", "--format", "parquet", "-o", dir.resolve("out").toString(), "--db", d);
        assertRefused(db, "serve", "--port", "0", "--db", d);
    }

    @Test
    void writingCommandsCreateAStoreButNotAMissingFolder() throws Exception {
        Path db = dir.resolve("tpyo").resolve("faultline.db");
        Path export = dir.resolve("export");
        Files.createDirectories(export);
        for (String table : List.of("articles", "actors", "places", "mentions", "events", "event_actors",
                "event_counts", "relations", "counts")) {
            Files.writeString(export.resolve(table + ".parquet"), "");
        }
        Cli.Result r = Cli.run("import", export.toString(), "--db", db.toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("folder " + db.getParent().toAbsolutePath() + " does not exist"), r.err());
        assertFalse(Files.exists(db.getParent()));

        Path missingExport = dir.resolve("no-export");
        Path fresh = dir.resolve("fresh.db");
        r = Cli.run("import", missingExport.toString(), "--db", fresh.toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains(missingExport.toAbsolutePath().toString()), r.err());
        assertFalse(Files.exists(fresh), "a failed import creates no store");
    }

    @Test
    void anExistingStoreIsReadAndReportedHealthy() {
        Path db = dir.resolve("new.db");
        try (Store s = Store.open(db)) {
            s.recluster();
        }
        Cli.Result check = Cli.run("check", "--db", db.toString());
        assertEquals(0, check.code(), check.err());
        assertTrue(check.out().contains("store OK"), check.out());
        Cli.Result query = Cli.run("query", "--db", db.toString(), "--format", "jsonl");
        assertEquals(0, query.code(), query.err());
        assertEquals("", query.out().strip(), "an empty store has no events");
    }
}
