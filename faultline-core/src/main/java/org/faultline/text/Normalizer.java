package org.faultline.text;

import java.text.Normalizer.Form;
import java.util.Locale;
import java.util.regex.Pattern;

/** Folds names for dictionary lookups: no diacritics, straight apostrophes, one space between words. */
public final class Normalizer {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Normalizer() {
    }

    /** Case-preserving fold (for acronyms, which must match case-sensitively). */
    public static String fold(String s) {
        if (isFolded(s)) {
            return s; // most names tried: NFKD and the two regexes would return them unchanged
        }
        String t = java.text.Normalizer.normalize(s, Form.NFKD);
        t = MARKS.matcher(t).replaceAll("");
        t = t.replace('\u2019', '\'').replace('\u2018', '\'').replace('`', '\'')
                .replace('\u2013', '-').replace('\u2014', '-').replace('\u201c', '"').replace('\u201d', '"');
        return SPACES.matcher(t.trim()).replaceAll(" ");
    }

    /**
     * Printable ASCII without a backquote, without leading, trailing or doubled spaces: what
     * {@link #fold} returns unchanged (ASCII has no decompositions or marks; space is its only
     * whitespace from 0x20 on).
     */
    private static boolean isFolded(String s) {
        int n = s.length();
        if (n > 0 && (s.charAt(0) == ' ' || s.charAt(n - 1) == ' ')) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c > 0x7e || c == '`' || c == ' ' && s.charAt(i - 1) == ' ') {
                return false;
            }
        }
        return true;
    }

    /** Lower-case fold, for case-insensitive matching. */
    public static String key(String s) {
        return fold(s).toLowerCase(Locale.ROOT);
    }

    /** True when the name is an acronym-like token ("UN", "SDF", "U.S.") that must match case-sensitively. */
    public static boolean isAcronym(String s) {
        String letters = s.replace(".", "").replace("-", "");
        if (letters.isEmpty() || letters.length() > 6) {
            return false;
        }
        int upper = 0;
        for (char c : letters.toCharArray()) {
            if (Character.isUpperCase(c) || Character.isDigit(c)) {
                upper++;
            }
        }
        return upper == letters.length() || (letters.length() >= 3 && upper >= letters.length() - 1
                && Character.isUpperCase(letters.charAt(0)) && !Character.isLowerCase(letters.charAt(1)));
    }
}
