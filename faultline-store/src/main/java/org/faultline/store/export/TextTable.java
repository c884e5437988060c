package org.faultline.store.export;

import java.io.PrintStream;
import java.util.List;

/** A plain-text table with columns padded to their widest cell (capped, longer cells are clipped). */
public final class TextTable {
    private static final int MAX_WIDTH = 48;

    private TextTable() {
    }

    public static void print(PrintStream out, List<String> header, List<List<String>> rows) {
        int[] width = new int[header.size()];
        for (int i = 0; i < width.length; i++) {
            width[i] = header.get(i).length();
            for (List<String> r : rows) {
                width[i] = Math.min(MAX_WIDTH, Math.max(width[i], cell(r.get(i)).length()));
            }
        }
        line(out, header, width);
        for (List<String> r : rows) {
            line(out, r, width);
        }
    }

    private static void line(PrintStream out, List<String> cells, int[] width) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String c = cell(cells.get(i));
            if (c.length() > width[i]) {
                c = c.substring(0, width[i] - 1) + "\u2026";
            }
            b.append(c);
            if (i < cells.size() - 1) {
                b.append(" ".repeat(width[i] - c.length() + 2));
            }
        }
        out.println(b.toString().stripTrailing());
    }

    private static String cell(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ");
    }
}
