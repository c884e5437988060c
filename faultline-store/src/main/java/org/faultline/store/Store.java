package org.faultline.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.faultline.analysis.Analysis;
import org.faultline.ingest.Article;

/**
 * The embedded DuckDB store ({@code faultline.db} by default). One open store holds the file's lock:
 * DuckDB lets one process write it at a time. Opening migrates the schema or refuses a store this
 * version cannot read. Canonical events (clusters) are recomputed lazily: any read of them first
 * re-clusters if articles were written since the last clustering, so a killed ingest never leaves
 * stale clusters behind.
 */
public final class Store implements AutoCloseable {
    public static final Path DEFAULT_PATH = Path.of("faultline.db");

    private final Path path;
    private final Connection connection;
    private final AnalysisWriter writer;
    private final Dedup dedup;

    private Store(Path path, Connection connection, Dedup dedup) {
        this.path = path;
        this.connection = connection;
        this.writer = new AnalysisWriter(connection);
        this.dedup = dedup;
    }

    public static Store open(Path path) {
        return open(path, Migrations.standard(), new Dedup(SameHappening.DEFAULT));
    }

    static Store open(Path path, Migrations migrations, Dedup dedup) {
        Path abs = path.toAbsolutePath();
        try {
            if (abs.getParent() != null) {
                Files.createDirectories(abs.getParent());
            }
        } catch (IOException e) {
            throw new StoreException("cannot create the folder for " + path + ": " + e.getMessage(), e);
        }
        Connection c;
        try {
            c = DriverManager.getConnection("jdbc:duckdb:" + abs);
        } catch (SQLException e) {
            String m = String.valueOf(e.getMessage());
            if (m.contains("lock")) {
                throw new StoreException(path + " is in use by another process (DuckDB allows one writer)", e);
            }
            throw new StoreException("cannot open " + path + " as a DuckDB store: " + firstLine(m), e);
        }
        try {
            migrations.migrate(c, path.toString());
            return new Store(abs, c, dedup);
        } catch (SQLException | RuntimeException e) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // the open failed already; report that
            }
            if (e instanceof StoreException se) {
                throw se;
            }
            throw new StoreException("cannot prepare " + path + ": " + firstLine(e.getMessage()), e);
        }
    }

    public Path path() {
        return path;
    }

    Connection connection() {
        return connection;
    }

    /** Stores an analysis (one transaction); see {@link AnalysisWriter} for unchanged and replaced articles. */
    public PutResult put(Analysis analysis) {
        try {
            return writer.write(analysis);
        } catch (SQLException e) {
            throw new StoreException("storing " + analysis.article().id() + " failed: " + firstLine(e.getMessage()), e);
        }
    }

    /** True when this exact article (same id and content hash) is stored: its analysis can be skipped. */
    public boolean isStored(Article article) {
        try {
            return ContentHash.of(article).equals(writer.storedHash(article.id()));
        } catch (SQLException e) {
            throw new StoreException("reading " + path + " failed: " + firstLine(e.getMessage()), e);
        }
    }

    /** Recomputes the canonical events if anything was written since they were last computed. */
    public void recluster() {
        try {
            dedup.refreshIfStale(connection);
        } catch (SQLException e) {
            throw new StoreException("clustering events failed: " + firstLine(e.getMessage()), e);
        }
    }

    /** Canonical events matching the filter, with their actors, counts and every mention's evidence. */
    public List<CanonicalEvent> events(QueryFilter filter) {
        recluster();
        try {
            return new EventQuery(connection).run(filter);
        } catch (SQLException e) {
            throw new StoreException("query failed: " + firstLine(e.getMessage()), e);
        }
    }

    public long count(String table) {
        if (!Schema.ARTICLE_TABLES.contains(table) && !Schema.CLUSTER_TABLES.contains(table)) {
            throw new IllegalArgumentException("no table " + table);
        }
        try (PreparedStatement p = connection.prepareStatement("SELECT count(*) FROM " + table);
             ResultSet r = p.executeQuery()) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw new StoreException("reading " + path + " failed: " + firstLine(e.getMessage()), e);
        }
    }

    /** Writes the WAL into the database file, so its size on disk is the store's size. */
    public void checkpoint() {
        try (PreparedStatement p = connection.prepareStatement("CHECKPOINT")) {
            p.execute();
        } catch (SQLException e) {
            throw new StoreException("checkpoint failed: " + firstLine(e.getMessage()), e);
        }
    }

    @Override
    public void close() {
        try {
            writer.close();
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("closing " + path + " failed: " + firstLine(e.getMessage()), e);
        }
    }

    static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
