package org.faultline.store.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** RFC 4180 output: CRLF line ends; a field with a comma, quote, CR or LF is quoted, quotes doubled. */
public final class Csv {
    private Csv() {
    }

    public static void row(Writer w, List<?> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            w.write(field(fields.get(i)));
        }
        w.write("\r\n");
    }

    static String field(Object value) {
        String s = value == null ? "" : value.toString();
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\r') < 0 && s.indexOf('\n') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
