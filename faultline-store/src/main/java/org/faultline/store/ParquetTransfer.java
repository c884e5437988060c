package org.faultline.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The whole store as one Parquet file per table ({@code DIR/events.parquet} ...), written and read by
 * DuckDB itself, for Spark, pandas or another store. Import replaces any article it carries, in one
 * transaction, and re-clusters; the cluster files are exported for readers but not imported, since they
 * are derived.
 */
public final class ParquetTransfer {
    private ParquetTransfer() {
    }

    /** Writes every table to {@code dir} and returns the files written. */
    public static List<Path> export(Store store, Path dir) {
        store.recluster();
        List<String> tables = new ArrayList<>(List.of("schema_version"));
        tables.addAll(Schema.ARTICLE_TABLES);
        tables.addAll(Schema.CLUSTER_TABLES);
        List<Path> out = new ArrayList<>();
        try {
            Files.createDirectories(dir);
            for (String t : tables) {
                Path file = dir.resolve(t + ".parquet").toAbsolutePath();
                // the table name is from the fixed schema list; the path is a bound parameter
                try (PreparedStatement p = store.connection().prepareStatement(
                        "COPY (SELECT * FROM " + t + ") TO ? (FORMAT PARQUET)")) {
                    p.setString(1, file.toString());
                    p.execute();
                }
                out.add(file);
            }
            return out;
        } catch (IOException | SQLException e) {
            throw new StoreException("Parquet export to " + dir + " failed: " + Store.firstLine(e.getMessage()), e);
        }
    }

    /** Refuses a folder that is not a Parquet export, before anything (a store) is created for it. */
    public static void requireExport(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new NoSuchPathException("no folder " + dir.toAbsolutePath() + " to import");
        }
        for (String t : Schema.ARTICLE_TABLES) {
            if (!Files.isRegularFile(dir.resolve(t + ".parquet"))) {
                throw new StoreException(dir + " is not a Faultline Parquet export: " + t + ".parquet is missing");
            }
        }
    }

    /** Imports an exported folder and returns the number of articles it held. */
    public static long importDir(Store store, Path dir) {
        requireExport(dir);
        Connection c = store.connection();
        try {
            Path versionFile = dir.resolve("schema_version.parquet");
            long version = Files.isRegularFile(versionFile)
                    ? scalar(c, "SELECT max(version) FROM read_parquet(?)", versionFile) : -1;
            if (version < Schema.ARTICLE_TABLES_SINCE || version > Schema.VERSION) {
                throw new StoreException(dir + " was exported with schema version " + version + "; this Faultline "
                        + "imports versions " + Schema.ARTICLE_TABLES_SINCE + " to " + Schema.VERSION);
            }
            Path articles = dir.resolve("articles.parquet").toAbsolutePath();
            long n = Sql.inTransaction(c, () -> {
                for (String t : Schema.ARTICLE_TABLES) {
                    try (PreparedStatement p = c.prepareStatement("DELETE FROM " + t
                            + " WHERE article_id IN (SELECT article_id FROM read_parquet(?))")) {
                        p.setString(1, articles.toString());
                        p.executeUpdate();
                    }
                    try (PreparedStatement p = c.prepareStatement("INSERT INTO " + t
                            + " BY NAME SELECT * FROM read_parquet(?)")) {
                        p.setString(1, dir.resolve(t + ".parquet").toAbsolutePath().toString());
                        p.executeUpdate();
                    }
                }
                try (PreparedStatement p = c.prepareStatement(
                        "UPDATE store_meta SET value = value + 1 WHERE key = 'generation'")) {
                    p.executeUpdate();
                }
                return scalar(c, "SELECT count(*) FROM read_parquet(?)", articles);
            });
            store.recluster();
            return n;
        } catch (SQLException e) {
            throw new StoreException("Parquet import from " + dir + " failed: " + Store.firstLine(e.getMessage()), e);
        }
    }

    private static long scalar(Connection c, String sql, Path file) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, file.toAbsolutePath().toString());
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
