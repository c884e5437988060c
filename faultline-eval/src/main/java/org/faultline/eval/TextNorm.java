package org.faultline.eval;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The name normalisation of score.py's {@code norm()}: names match when their normal forms are equal, so
 * "Al Fallūjah", "al-Fallujah" and "Fallujah" need the same treatment as in the Python scorer.
 */
public final class TextNorm {
    private static final String SPACE_CLASS = "[" + PyText.SPACE_CHARS + "]";
    // Python's \s is Unicode whitespace as str.isspace() defines it, unlike Java's \s (ASCII) or
    // (?U)\s (which lacks U+001C..U+001F): hence the explicit class.
    private static final Pattern LEADING_ARTICLE =
            Pattern.compile("^(the|al|al-|el|el-|ar|ar-|as|an)" + SPACE_CLASS + "+");
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");
    /** U+0345 has the highest canonical combining class (240); see {@link #isCombining}. */
    private static final String YPOGEGRAMMENI = "\u0345";

    private TextNorm() {
    }

    /**
     * NFKD, drop combining marks, lower-case, curly apostrophes to straight ones, strip one leading
     * article ("the", "al", "al-", "el", "el-", "ar", "ar-", "as", "an") followed by whitespace, turn
     * every run of characters other than [a-z0-9] into one space, trim. {@code null} gives "".
     */
    public static String norm(String s) {
        if (s == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFKD);
        StringBuilder kept = new StringBuilder(decomposed.length());
        decomposed.codePoints().filter(c -> !isCombining(c)).forEach(kept::appendCodePoint);
        String lower = kept.toString().toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'');
        String bare = LEADING_ARTICLE.matcher(PyText.strip(lower)).replaceFirst("");
        // Only [a-z0-9] and single spaces remain, so Python's " ".join(s.split()) is a trim.
        return NON_ALNUM.matcher(bare).replaceAll(" ").trim();
    }

    /**
     * Python's {@code unicodedata.combining(c) != 0} (a non-zero canonical combining class, which is not
     * the same as category Mn: U+034F is Mn with class 0). Java has no public API for the class, but
     * canonical ordering reveals it: NFD moves a mark of class 1..239 in front of a preceding U+0345
     * (class 240) and leaves a class-0 character where it is. Valid for decomposed characters, which is
     * all this class sees after NFKD.
     */
    private static boolean isCombining(int c) {
        if (c < 0x300) {
            return false; // nothing below U+0300 has a non-zero class
        }
        String mark = Character.toString(c);
        if (mark.equals(YPOGEGRAMMENI)) {
            return true;
        }
        return Normalizer.normalize(YPOGEGRAMMENI + mark, Normalizer.Form.NFD).startsWith(mark);
    }
}
