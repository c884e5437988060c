package org.faultline.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rows written through the appender read back as the old INSERT statements stored them, and a write that
 * fails in Java or in DuckDB leaves nothing behind once its transaction is rolled back.
 */
class RowInserterTest {
    private static final String TABLE = "CREATE TABLE t (id INTEGER PRIMARY KEY, name VARCHAR, big BIGINT, x DOUBLE, "
            + "ok BOOLEAN, day DATE, stamp TIMESTAMP, tags VARCHAR[])";

    private static Connection memory() throws SQLException {
        Connection c = DriverManager.getConnection("jdbc:duckdb:");
        try (Statement s = c.createStatement()) {
            s.execute(TABLE);
        }
        return c;
    }

    private static List<String> rows(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT * FROM t ORDER BY id")) {
            while (r.next()) {
                StringBuilder b = new StringBuilder();
                for (int i = 1; i <= 8; i++) {
                    b.append(i > 1 ? "|" : "").append(r.getString(i));
                }
                out.add(b.toString());
            }
        }
        return out;
    }

    @Test
    void appendedRowsEqualInsertedRows() throws SQLException {
        Object[][] values = {
            {1, "Mosul", 7L, 36.34, true, LocalDate.of(2016, 10, 17), LocalDateTime.of(2024, 1, 2, 3, 4, 5, 6000),
                List.of("ISIS", "Daesh")},
            {2, null, 3_000_000_000L, null, false, null, null, List.of()},
            {3, "é \u2019 😀", null, -0.5, null, LocalDate.of(1999, 12, 31), null, null}};
        try (Connection appended = memory(); Connection inserted = memory()) {
            Sql.inTransaction(appended, () -> {
                try (RowInserter r = new RowInserter(appended, "t", 8)) {
                    for (Object[] v : values) {
                        r.add(v);
                    }
                    r.flush();
                }
                return null;
            });
            for (Object[] v : values) {
                try (var p = inserted.prepareStatement("INSERT INTO t VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                    for (int i = 0; i < 7; i++) {
                        p.setObject(i + 1, v[i]);
                    }
                    p.setObject(8, v[7] == null ? null
                            : inserted.createArrayOf("VARCHAR", ((List<?>) v[7]).toArray()));
                    p.executeUpdate();
                }
            }
            assertEquals(rows(inserted), rows(appended));
            assertEquals(3, rows(appended).size());
        }
    }

    @Test
    void aFailedFlushLeavesNothingAndTheNextWriteStands() throws SQLException {
        try (Connection c = memory(); RowInserter r = new RowInserter(c, "t", 8)) {
            // DuckDB refuses the duplicate key; Java refuses a BIGINT value for an INTEGER column
            for (Object[] bad : List.of(new Object[] {1, "a", null, null, null, null, null, null},
                    new Object[] {(long) Integer.MAX_VALUE + 1, "b", null, null, null, null, null, null})) {
                assertThrows(Exception.class, () -> Sql.inTransaction(c, () -> {
                    try (Statement s = c.createStatement()) {
                        s.execute("SELECT 1"); // the transaction has begun, as a store write's has
                    }
                    r.add(5, "kept?", null, null, null, null, null, null);
                    r.add(bad);
                    r.add(bad);
                    r.flush();
                    return null;
                }));
            }
            Sql.inTransaction(c, () -> {
                r.add(2, "next", null, null, null, null, null, null);
                r.flush();
                return null;
            });
            assertEquals(List.of("2|next|null|null|null|null|null|null"), rows(c));
        }
    }
}
