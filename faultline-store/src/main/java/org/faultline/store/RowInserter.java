package org.faultline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Buffers rows for one table and inserts them with multi-row {@code INSERT ... VALUES (?, ...), (?, ...)}
 * prepared statements, {@value #CHUNK} rows at a time: DuckDB's JDBC batch runs one statement per row,
 * which made writing clusters twenty times slower.
 */
final class RowInserter implements AutoCloseable {
    static final int CHUNK = 100;

    private final Connection c;
    private final String table;
    private final int columns;
    private final List<Object[]> rows = new ArrayList<>();
    private PreparedStatement full;

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
        try {
            for (int from = 0; from < rows.size(); from += CHUNK) {
                int n = Math.min(CHUNK, rows.size() - from);
                PreparedStatement p = n == CHUNK ? fullStatement() : c.prepareStatement(sql(n));
                try {
                    List<Object> values = new ArrayList<>(n * columns);
                    for (Object[] row : rows.subList(from, from + n)) {
                        values.addAll(Arrays.asList(row));
                    }
                    Sql.bind(p, values).executeUpdate();
                } finally {
                    if (p != full) {
                        p.close();
                    }
                }
            }
        } finally {
            rows.clear();
        }
    }

    /** Drops buffered rows (after a failure, so they do not leak into the next transaction). */
    void clear() {
        rows.clear();
    }

    private PreparedStatement fullStatement() throws SQLException {
        if (full == null) {
            full = c.prepareStatement(sql(CHUNK));
        }
        return full;
    }

    private String sql(int n) {
        String row = "(" + "?, ".repeat(columns - 1) + "?)";
        return "INSERT INTO " + table + " VALUES " + String.join(", ", java.util.Collections.nCopies(n, row));
    }

    @Override
    public void close() throws SQLException {
        if (full != null) {
            full.close();
        }
    }
}
