package org.faultline.eval;

/**
 * Python string indexing on Java strings. Python indexes code points, Java UTF-16 units: the two differ
 * as soon as a text holds a character outside the Basic Multilingual Plane (an emoji), and FORMAT.md
 * offsets are code points.
 */
final class PyText {
    /** Python's str.isspace() characters (also what {@code \s} matches in a str pattern). */
    static final String SPACE_CHARS = "\t\n\u000b\f\r\u001c\u001d\u001e\u001f \u0085\u00a0\u1680"
            + "\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000";

    private PyText() {
    }

    static boolean isSpace(char c) {
        return SPACE_CHARS.indexOf(c) >= 0;
    }

    /** Python {@code s.strip()}. */
    static String strip(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && isSpace(s.charAt(from))) {
            from++;
        }
        while (to > from && isSpace(s.charAt(to - 1))) {
            to--;
        }
        return s.substring(from, to);
    }

    static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    /** Python {@code s[start:end]}: negative bounds count from the end, out-of-range bounds are clamped. */
    static String slice(String s, long start, long end) {
        int n = length(s);
        int from = clamp(start, n);
        int to = clamp(end, n);
        if (from >= to) {
            return "";
        }
        int i = s.offsetByCodePoints(0, from);
        return s.substring(i, s.offsetByCodePoints(i, to - from));
    }

    private static int clamp(long i, int n) {
        if (i < 0) {
            i += n;
            return i < 0 ? 0 : (int) i;
        }
        return i > n ? n : (int) i;
    }

    /** Python {@code s.find(sub)}: a code point index, or -1. */
    static int find(String s, String sub) {
        int at = s.indexOf(sub);
        return at < 0 ? -1 : s.codePointCount(0, at);
    }
}
