package org.faultline.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Data files name their columns, and a column the code would not read fails at load. */
class DataTableTest {
    private static final List<String> COLUMNS = List.of("name", "code");

    @Test
    void readsRowsByColumnName() {
        List<DataTable.Row> rows = DataTable.read("datatable/good.tsv", COLUMNS);
        assertEquals(2, rows.size());
        assertEquals("IZ", rows.get(0).get("code"));
        assertNull(rows.get(1).optional("code"));
        assertEquals(4, rows.get(1).line());
    }

    private static String failure(String resource) {
        return assertThrows(IllegalStateException.class, () -> DataTable.read(resource, COLUMNS)).getMessage();
    }

    @Test
    void unknownColumnFails() {
        assertTrue(failure("datatable/unknown-column.tsv").contains("unknown [extra]"));
    }

    @Test
    void missingColumnFails() {
        assertTrue(failure("datatable/missing-column.tsv").contains("missing [code]"));
    }

    @Test
    void rowOfTheWrongWidthFails() {
        assertTrue(failure("datatable/ragged-row.tsv").startsWith("datatable/ragged-row.tsv:2:"));
    }

    @Test
    void repeatedKeyFails() {
        String message = assertThrows(IllegalStateException.class,
                () -> DataTable.byKey("datatable/repeated-key.tsv", COLUMNS, "name", r -> r.get("code"))).getMessage();
        assertEquals("datatable/repeated-key.tsv:3: second row for Iraq", message);
    }
}
