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
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.faultline.analysis.Analysis;
import org.faultline.ingest.Article;

/**
 * The embedded DuckDB store ({@code faultline.db} by default). One open store holds the file's lock:
 * DuckDB lets one process write it, or several processes read it ({@link #openReadOnly}), never both.
 * Opening for writing migrates the schema or refuses a store this version cannot read. Canonical events
 * (clusters) are recomputed lazily: any read of them first re-clusters if articles were written since the
 * last clustering, so a killed ingest never leaves stale clusters behind (a read-only store cannot
 * re-cluster: it reads them as they are and {@link #clustersStale()} says so).
 */
public final class Store implements AutoCloseable {
    public static final Path DEFAULT_PATH = Path.of("faultline.db");
    private static final Pattern LOCK_HOLDER = Pattern.compile("\\(PID (\\d+)\\)");

    private final Path path;
    private final Connection connection;
    private final AnalysisWriter writer;
    private final Dedup dedup;
    private final boolean readOnly;

    private Store(Path path, Connection connection, Dedup dedup, boolean readOnly) {
        this.path = path;
        this.connection = connection;
        this.writer = new AnalysisWriter(connection);
        this.dedup = dedup;
        this.readOnly = readOnly;
    }

    /** Opens the store for reading and writing, creating the file (and its folder) when it is missing. */
    public static Store open(Path path) {
        return open(path, Migrations.standard(), new Dedup(SameHappening.DEFAULT));
    }

    /** Opens an existing store for reading and writing: a missing file is an error, not a new store. */
    public static Store openExisting(Path path) {
        requireExisting(path);
        return open(path);
    }

    /**
     * Opens an existing store to read it: read-write when no other process holds the file (so that stale
     * canonical events are recomputed), read-only when other processes read it (a running {@code faultline
     * serve}): DuckDB lets one process write a file, or several read it.
     */
    public static Store openForReading(Path path) {
        requireExisting(path);
        try {
            return open(path);
        } catch (StoreBusyException e) {
            return openReadOnly(path);
        }
    }

    /**
     * Opens an existing store read-only; other processes may read it at the same time, none can write it.
     * Nothing is migrated or re-clustered: canonical events are as the last writer left them.
     */
    public static Store openReadOnly(Path path) {
        requireExisting(path);
        Path abs = path.toAbsolutePath();
        Connection c = connect(path, abs, true);
        try {
            Migrations.standard().requireCurrent(c, path.toString());
            return new Store(abs, c, new Dedup(SameHappening.DEFAULT), true);
        } catch (SQLException | RuntimeException e) {
            throw closeAfter(c, path, e);
        }
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
        Connection c = connect(path, abs, false);
        try {
            migrations.migrate(c, path.toString());
            return new Store(abs, c, dedup, false);
        } catch (SQLException | RuntimeException e) {
            throw closeAfter(c, path, e);
        }
    }

    /** A store path that names no file is refused, so that a mistyped path never becomes an empty store. */
    private static void requireExisting(Path path) {
        if (Files.isDirectory(path)) {
            throw new NoSuchPathException(path.toAbsolutePath() + " is a folder, not a store file");
        }
        if (!Files.exists(path)) {
            throw new NoSuchPathException("no store at " + path.toAbsolutePath() + " (the file does not exist; "
                    + "'faultline ingest' or 'faultline import' create one)");
        }
    }

    private static Connection connect(Path path, Path abs, boolean readOnly) {
        Properties props = new Properties();
        if (readOnly) {
            props.setProperty("duckdb.read_only", "true");
        }
        try {
            return DriverManager.getConnection("jdbc:duckdb:" + abs, props);
        } catch (SQLException e) {
            String m = String.valueOf(e.getMessage());
            // "Could not set lock": another process; "different configuration": this one, opened the other way
            if (m.contains("lock") || m.contains("different configuration")) {
                Matcher pid = LOCK_HOLDER.matcher(m);
                String holder = pid.find() ? "another process (PID " + pid.group(1) + ")"
                        : m.contains("different configuration") ? "another connection of this process" : "another process";
                throw new StoreBusyException(path + " is in use by " + holder + ": DuckDB lets one process write a "
                        + "store, or several read it", e);
            }
            throw new StoreException("cannot open " + path + " as a DuckDB store: " + firstLine(m), e);
        }
    }

    /** Closes a connection whose store could not be prepared and returns the exception to throw. */
    private static RuntimeException closeAfter(Connection c, Path path, Exception e) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // the open failed already; report that
        }
        if (e instanceof StoreException se) {
            return se;
        }
        return new StoreException("cannot prepare " + path + ": " + firstLine(e.getMessage()), e);
    }

    /** True when opened read-only: writes fail and canonical events are not recomputed. */
    public boolean readOnly() {
        return readOnly;
    }

    /** True when articles were stored after the canonical events were last computed (a killed writer). */
    public boolean clustersStale() {
        try {
            long[] g = Dedup.generations(connection);
            return g[0] != g[1];
        } catch (SQLException e) {
            throw new StoreException("reading " + path + " failed: " + firstLine(e.getMessage()), e);
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
        if (readOnly) {
            throw new StoreException("cannot store " + analysis.article().id() + ": " + path + " is open read-only");
        }
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

    /**
     * Recomputes the canonical events if anything was written since they were last computed; a read-only
     * store keeps them as they are (see {@link #clustersStale()}).
     */
    public void recluster() {
        if (readOnly) {
            return;
        }
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
            return new EventQuery(connection).run(FilterSql.selection(this, filter));
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
