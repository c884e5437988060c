package org.faultline.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A bundled tab-separated data file whose first data line names its columns. The reader states the
 * columns it reads, and the file must name exactly those: a column the code would not read, or one it
 * needs and the file lacks, fails at load rather than being silently ignored.
 */
public final class DataTable {
    private DataTable() {
    }

    /** One data line: its number in the file and its cells by column name. */
    public record Row(String resource, int line, Map<String, String> cells) {
        public String get(String column) {
            String v = cells.get(column);
            if (v == null) {
                throw new IllegalStateException(resource + ": no column " + column);
            }
            return v;
        }

        /** The cell, or null where the file writes "-" (no value). */
        public String optional(String column) {
            String v = get(column);
            return v.equals("-") ? null : v;
        }

        public int integer(String column) {
            try {
                return Integer.parseInt(get(column));
            } catch (NumberFormatException e) {
                throw fail(column + " is not a whole number: " + get(column));
            }
        }

        public double number(String column) {
            try {
                return Double.parseDouble(get(column));
            } catch (NumberFormatException e) {
                throw fail(column + " is not a number: " + get(column));
            }
        }

        public IllegalStateException fail(String what) {
            return new IllegalStateException(resource + ":" + line + ": " + what);
        }
    }

    /**
     * The rows keyed by one column, each mapped to a value (which may be null); a key that appears twice is
     * a data error.
     */
    public static <V> Map<String, V> byKey(String resource, List<String> columns, String key, Function<Row, V> value) {
        Map<String, V> out = new HashMap<>();
        for (Row r : read(resource, columns)) {
            if (out.containsKey(r.get(key))) {
                throw r.fail("second row for " + r.get(key));
            }
            out.put(r.get(key), value.apply(r));
        }
        return Collections.unmodifiableMap(out);
    }

    public static List<Row> read(String resource, List<String> columns) {
        List<DataFiles.Line> lines = DataFiles.lines(resource);
        if (lines.isEmpty()) {
            throw new IllegalStateException(resource + ": no header line");
        }
        List<String> header = List.of(lines.get(0).text().split("\t", -1));
        Set<String> unknown = new LinkedHashSet<>(header);
        columns.forEach(unknown::remove);
        Set<String> missing = new LinkedHashSet<>(columns);
        header.forEach(missing::remove);
        if (!unknown.isEmpty() || !missing.isEmpty() || header.size() != Set.copyOf(header).size()) {
            throw new IllegalStateException(resource + ":" + lines.get(0).number() + ": columns " + header
                    + " must be exactly " + columns + (unknown.isEmpty() ? "" : "; unknown " + unknown)
                    + (missing.isEmpty() ? "" : "; missing " + missing));
        }
        List<Row> rows = new ArrayList<>();
        for (DataFiles.Line l : lines.subList(1, lines.size())) {
            String[] cells = l.text().split("\t", -1);
            if (cells.length != header.size()) {
                throw new IllegalStateException(resource + ":" + l.number() + ": " + cells.length + " cells, "
                        + header.size() + " columns");
            }
            Map<String, String> byName = new HashMap<>();
            for (int i = 0; i < cells.length; i++) {
                byName.put(header.get(i), cells[i].strip());
            }
            rows.add(new Row(resource, l.number(), Map.copyOf(byName)));
        }
        return rows;
    }
}
