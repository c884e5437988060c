package org.faultline.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParquetTransferTest {
    @TempDir
    Path dir;

    @Test
    void exportThenImportGivesTheSameEvents() throws Exception {
        Path out = dir.resolve("parquet");
        List<CanonicalEvent> before;
        try (Store s = Store.open(dir.resolve("a.db"))) {
            Fixtures.corpus().forEach(s::put);
            before = s.events(QueryFilter.all());
            List<Path> files = ParquetTransfer.export(s, out);
            assertEquals(1 + Schema.ARTICLE_TABLES.size() + Schema.CLUSTER_TABLES.size(), files.size());
        }
        // readable by any Parquet reader: here DuckDB in memory, as pandas or Spark would read it
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
             PreparedStatement p = c.prepareStatement("SELECT count(*) FROM read_parquet(?)")) {
            p.setString(1, out.resolve("events.parquet").toString());
            try (ResultSet r = p.executeQuery()) {
                r.next();
                assertEquals(6, r.getInt(1));
            }
        }
        try (Store s = Store.open(dir.resolve("b.db"))) {
            assertEquals(4, ParquetTransfer.importDir(s, out));
            assertEquals(before, s.events(QueryFilter.all()));
            assertTrue(StoreCheck.run(s).ok());
            // importing again replaces rather than duplicates
            assertEquals(4, ParquetTransfer.importDir(s, out));
            assertEquals(4, s.count("articles"));
            assertEquals(6, s.count("events"));
            assertEquals(before, s.events(QueryFilter.all()));
        }
    }

    @Test
    void refusesAFolderThatIsNotAnExport() throws Exception {
        Files.createDirectories(dir.resolve("empty"));
        try (Store s = Store.open(dir.resolve("a.db"))) {
            StoreException e = assertThrows(StoreException.class, () -> ParquetTransfer.importDir(s, dir.resolve("empty")));
            assertTrue(e.getMessage().contains("articles.parquet is missing"), e.getMessage());
        }
    }

    @Test
    void refusesAnotherSchemaVersion() throws Exception {
        Path out = dir.resolve("parquet");
        try (Store s = Store.open(dir.resolve("a.db"))) {
            Fixtures.corpus().forEach(s::put);
            ParquetTransfer.export(s, out);
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
             PreparedStatement p = c.prepareStatement("COPY (SELECT 7 AS version, now() AS applied_at) TO ? (FORMAT PARQUET)")) {
            p.setString(1, out.resolve("schema_version.parquet").toString());
            p.execute();
        }
        try (Store s = Store.open(dir.resolve("b.db"))) {
            StoreException e = assertThrows(StoreException.class, () -> ParquetTransfer.importDir(s, out));
            assertTrue(e.getMessage().contains("schema version 7"), e.getMessage());
            assertEquals(0, s.count("articles"));
        }
    }
}
