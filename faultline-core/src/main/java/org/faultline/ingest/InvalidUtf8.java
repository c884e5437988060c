package org.faultline.ingest;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What a reader does with input that is not valid UTF-8. Either way the input is reported as an error,
 * at FILE:LINE:COLUMN with the offending bytes in hex, and the run fails (exit code 1).
 */
public enum InvalidUtf8 {
    /** Read it with U+FFFD in place of each invalid sequence; everything else is kept as written. */
    REPLACE,
    /** Leave the JSON line, or the whole text or HTML file, out. */
    SKIP;

    private static final int LISTED = 3;

    /**
     * The problem for one input (a JSON line, or a whole file) holding invalid sequences: its origin is
     * {@code file:LINE:COLUMN} of the first one. {@code firstLine} is the file line the decoded bytes began on.
     */
    ReadProblem problem(String file, int firstLine, List<Utf8Decoder.BadBytes> bad) {
        Utf8Decoder.BadBytes first = bad.get(0);
        String listed = bad.stream().limit(LISTED)
                .map(b -> b.hex() + " at " + (firstLine + b.line() - 1) + ":" + b.column())
                .collect(Collectors.joining(", "));
        String more = bad.size() > LISTED ? " and " + (bad.size() - LISTED) + " more" : "";
        return new ReadProblem(file + ":" + (firstLine + first.line() - 1) + ":" + first.column(),
                "invalid UTF-8: bytes " + listed + more + "; " + (this == REPLACE ? "read with U+FFFD in their place"
                        : "skipped") + " (if the file is Windows-1252: iconv -f windows-1252 -t utf-8)");
    }
}
