package org.faultline.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.function.Function;
import org.faultline.analysis.Analysis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a store is opened: existing only, read-only, or read-only when another reader holds the file. */
class StoreOpeningTest {
    @TempDir
    Path dir;

    private Path storeWithCorpus() {
        Path db = dir.resolve("corpus.db");
        try (Store s = Store.open(db)) {
            Fixtures.corpus().forEach(s::put);
            s.recluster();
        }
        return db;
    }

    @Test
    void aMissingStoreIsAnErrorAndNothingIsCreated() {
        Path db = dir.resolve("typo").resolve("faultline.db");
        List<Function<Path, Store>> opens = List.of(Store::openExisting, Store::openForReading, Store::openReadOnly);
        for (Function<Path, Store> open : opens) {
            NoSuchPathException e = assertThrows(NoSuchPathException.class, () -> open.apply(db));
            assertTrue(e.getMessage().contains(db.toAbsolutePath().toString()), e.getMessage());
        }
        assertFalse(Files.exists(db.getParent()), "neither the store nor its folder is created");
        assertThrows(NoSuchPathException.class, () -> Store.openForReading(dir), "a folder is not a store");
    }

    @Test
    void readOnlyStoreReadsEverythingAndRefusesWrites() {
        Path db = storeWithCorpus();
        try (Store s = Store.openReadOnly(db)) {
            assertTrue(s.readOnly());
            assertEquals(4, s.count("articles"));
            assertFalse(s.events(QueryFilter.all()).isEmpty());
            Analysis extra = Fixtures.single("extra", "BBC", "PROTEST", List.of(Fixtures.civilians()), List.of(),
                    Fixtures.BAGHDAD, "2016-06-07");
            StoreException e = assertThrows(StoreException.class, () -> s.put(extra));
            assertTrue(e.getMessage().contains("read-only"), e.getMessage());
        }
        try (Store s = Store.open(db)) {
            assertEquals(4, s.count("articles"), "the refused write left the store as it was");
        }
    }

    @Test
    void aReaderFallsBackToReadOnlyWhileAnotherReaderHoldsTheFileAndWritersWait() {
        Path db = storeWithCorpus();
        try (Store held = Store.openReadOnly(db); Store reader = Store.openForReading(db)) {
            assertTrue(reader.readOnly(), "read-write is impossible while the file is held read-only");
            assertEquals(held.count("events"), reader.count("events"));
            assertThrows(StoreBusyException.class, () -> Store.open(db), "no writer while readers hold the file");
        }
        try (Store alone = Store.openForReading(db)) {
            assertFalse(alone.readOnly(), "alone, a reader opens read-write and can recompute stale clusters");
        }
    }

    @Test
    void staleClustersAreReportedNotRecomputedReadOnly() {
        Path db = storeWithCorpus();
        try (Store s = Store.open(db)) {
            s.put(Fixtures.single("late", "AFP", "PROTEST", List.of(Fixtures.civilians()), List.of(), Fixtures.BAGHDAD,
                    "2016-06-08")); // written, not re-clustered: as a killed writer leaves it
        }
        try (Store s = Store.openReadOnly(db)) {
            assertTrue(s.clustersStale());
            s.events(QueryFilter.all()); // reads the clusters as they are, without trying to write
            assertTrue(s.clustersStale());
        }
        try (Store s = Store.openForReading(db)) {
            s.events(QueryFilter.all());
            assertFalse(s.clustersStale(), "a read-write reader recomputes them");
        }
    }

    @Test
    void readOnlyRefusesAnEmptyDatabase() throws Exception {
        Path empty = dir.resolve("empty.db");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + empty)) {
            c.createStatement().execute("CHECKPOINT");
        }
        StoreException e = assertThrows(StoreException.class, () -> Store.openReadOnly(empty));
        assertTrue(e.getMessage().contains("not a Faultline store"), e.getMessage());
    }
}
