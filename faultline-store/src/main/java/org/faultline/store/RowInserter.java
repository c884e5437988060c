package org.faultline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Buffers rows for one table and writes them through a DuckDB appender on {@link #flush}, inside the
 * caller's transaction. Multi-row {@code INSERT ... VALUES} statements cost the store writer most of its
 * time (DuckDB plans and binds every statement, and each new row count was a new statement to prepare);
 * the appender hands DuckDB typed column vectors. Rows stay in Java until {@link #flush}, so a failed
 * analysis leaves nothing behind ({@link #clear}).
 */
final class RowInserter implements AutoCloseable {
    private final Connection c;
    private final String table;
    private final int columns;
    private final List<Object[]> rows = new ArrayList<>();
    private List<String> types;
    private DuckDBAppender appender;

    /** {@code table} is a name from {@link Schema}, never input. */
    RowInserter(Connection c, String table, int columns) {
        this.c = c;
        this.table = table;
        this.columns = columns;
    }

    void add(Object... values) {
        if (values.length != columns) {
            throw new IllegalArgumentException(table + " has " + columns + " columns, got " + values.length);
        }
        rows.add(values);
    }

    void flush() throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try {
            DuckDBAppender a = appender();
            for (Object[] row : rows) {
                a.beginRow();
                for (int i = 0; i < columns; i++) {
                    append(a, types.get(i), row[i]);
                }
                a.endRow();
            }
            a.flush();
        } catch (SQLException | RuntimeException e) {
            discard(); // closed while the caller's transaction is open: its rollback takes whatever it held
            throw e;
        } finally {
            rows.clear();
        }
    }

    /** Drops buffered rows (after a failure, so they do not leak into the next transaction). */
    void clear() {
        rows.clear();
    }

    private DuckDBAppender appender() throws SQLException {
        if (appender == null) {
            types = columnTypes();
            if (types.size() != columns) {
                throw new SQLException(table + " has " + types.size() + " columns, the writer gives " + columns);
            }
            appender = c.unwrap(DuckDBConnection.class).createAppender(table);
        }
        return appender;
    }

    private List<String> columnTypes() throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT data_type FROM information_schema.columns "
                + "WHERE table_name = ? AND table_schema = current_schema() ORDER BY ordinal_position")) {
            p.setString(1, table);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(r.getString(1));
                }
            }
        }
        return out;
    }

    /** One value as its column's type; a Java type the column does not take fails (ClassCastException). */
    private void append(DuckDBAppender a, String type, Object v) throws SQLException {
        if (v == null) {
            a.appendNull();
            return;
        }
        switch (type) {
            case "VARCHAR" -> a.append((String) v);
            case "INTEGER" -> a.append(Math.toIntExact(integral(v)));
            case "BIGINT" -> a.append(integral(v));
            case "DOUBLE" -> a.append(((Number) v).doubleValue());
            case "BOOLEAN" -> a.append((boolean) (Boolean) v);
            case "DATE" -> a.append((LocalDate) v);
            case "TIMESTAMP" -> a.append((LocalDateTime) v);
            case "VARCHAR[]" -> a.append((Collection<?>) v);
            default -> throw new SQLException(table + ": no appender for column type " + type);
        }
    }

    private static long integral(Object v) {
        return v instanceof Integer i ? i : (Long) v;
    }

    private void discard() {
        if (appender != null) {
            try {
                appender.close();
            } catch (SQLException | RuntimeException ignored) {
                // the failure being reported is the one that matters
            }
            appender = null;
        }
    }

    @Override
    public void close() throws SQLException {
        rows.clear();
        if (appender != null) {
            appender.close();
            appender = null;
        }
    }
}
