package org.faultline.store;

import java.util.ArrayList;
import java.util.List;
import org.faultline.text.DataFiles;

/** A line of a two-column (tab-separated) dedup data file, with the "FILE:LINE: " its errors begin with. */
record TwoColumns(String where, String key, String value) {

    /** The lines of {@code file}; a line without exactly two columns fails. */
    static List<TwoColumns> of(String file, List<DataFiles.Line> lines) {
        List<TwoColumns> out = new ArrayList<>();
        for (DataFiles.Line l : lines) {
            String[] f = l.text().strip().split("\t");
            TwoColumns c = new TwoColumns(file + ":" + l.number() + ": ", f[0].strip(), f.length > 1 ? f[1].strip() : null);
            if (f.length != 2) {
                throw c.error("expected 2 tab-separated columns");
            }
            out.add(c);
        }
        return out;
    }

    IllegalStateException error(String what) {
        return new IllegalStateException(where + what);
    }
}
