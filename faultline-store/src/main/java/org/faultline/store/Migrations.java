package org.faultline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Brings a store to the schema version this Faultline writes. Step {@code i} (1-based) takes a store
 * from version {@code i - 1} to {@code i}; a new store runs every step. All steps and the version bump
 * run in one transaction, so a crash leaves the old version intact. A store from a newer Faultline,
 * or a database that is not a Faultline store, is refused rather than touched.
 */
public final class Migrations {
    private final List<List<String>> steps;

    public Migrations(List<List<String>> steps) {
        this.steps = List.copyOf(steps);
    }

    /**
     * The migrations of this release: step 1 creates the version 1 schema, step 2 reshapes the cluster
     * tables, step 3 gives relations their end,
     * step 4 adds the live-source tables, step 5 records each event role's basis.
     */
    public static Migrations standard() {
        return new Migrations(List.of(Schema.V1, Schema.V2, Schema.V3, Schema.V4, Schema.V5));
    }

    public int latest() {
        return steps.size();
    }

    /** Migrates the store behind {@code c} and returns the version it was at (0 for a new store). */
    public int migrate(Connection c, String where) throws SQLException {
        int found = currentVersion(c, where);
        refuseNewer(found, where);
        if (found == latest()) {
            return found;
        }
        Sql.inTransaction(c, () -> {
            try (Statement s = c.createStatement()) {
                if (found == 0) {
                    s.execute("CREATE TABLE schema_version (version INTEGER NOT NULL, applied_at TIMESTAMP NOT NULL)");
                }
                for (int v = found + 1; v <= latest(); v++) {
                    for (String sql : steps.get(v - 1)) {
                        s.execute(sql);
                    }
                    try (PreparedStatement p = c.prepareStatement(
                            "INSERT INTO schema_version VALUES (?, current_timestamp)")) {
                        p.setInt(1, v);
                        p.executeUpdate();
                    }
                }
            }
            return null;
        });
        return found;
    }

    /**
     * Refuses, without writing anything, a store that is not at this release's version: a read-only
     * connection cannot migrate, and an empty database is no store.
     */
    public void requireCurrent(Connection c, String where) throws SQLException {
        int found = currentVersion(c, where);
        refuseNewer(found, where);
        if (found == 0) {
            throw new StoreException(where + " is an empty DuckDB database, not a Faultline store");
        }
        if (found < latest()) {
            throw new StoreException(where + " has schema version " + found + " and must be upgraded to " + latest()
                    + ", which needs the file to itself: stop the process that holds it and run the command again");
        }
    }

    private void refuseNewer(int found, String where) {
        if (found > latest()) {
            throw new StoreException(where + " has schema version " + found + ", written by a newer Faultline; "
                    + "this one reads up to version " + latest() + ". Upgrade Faultline or use another --db.");
        }
    }

    /** The highest applied version, 0 for an empty database; refuses a database with other tables. */
    static int currentVersion(Connection c, String where) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT count(*) FILTER (WHERE table_name = 'schema_version'), count(*) "
                     + "FROM information_schema.tables WHERE table_schema = 'main'")) {
            r.next();
            if (r.getInt(1) == 0) {
                if (r.getInt(2) > 0) {
                    throw new StoreException(where + " is a DuckDB database but not a Faultline store "
                            + "(it has no schema_version table)");
                }
                return 0;
            }
        }
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT max(version) FROM schema_version")) {
            r.next();
            return r.getInt(1);
        }
    }
}
