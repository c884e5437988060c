package org.faultline.geo;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Name normalisation shared by the index builder and the lookups, so both sides produce the same
 * keys. {@link #normalize} folds case, diacritics, apostrophes and punctuation; {@link #key} also
 * folds the spelling variants of transliterated Arabic names that journalists and GeoNames write
 * differently ("al-Fallujah" / "Falluja", "Ar Raqqah" / "Raqqa", "Sana'a" / "Sanaa").
 */
public final class Names {

    private Names() {
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /** Arabic articles (and "the") that transliterations keep or drop at will. */
    private static final Set<String> ARTICLES = org.faultline.lexicon.Lexicon.english().words("name-articles");

    /**
     * Lower-case ASCII words separated by single spaces: NFKD without combining marks, letters that
     * do not decompose mapped by hand (ø, ł, ß, ı, ...), apostrophes and similar marks removed, every
     * other non-alphanumeric character (hyphens included) a word break.
     */
    public static String normalize(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        String d = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("");
        StringBuilder out = new StringBuilder(d.length());
        boolean space = true;
        for (int i = 0; i < d.length(); i++) {
            char c = Character.toLowerCase(d.charAt(i));
            String mapped = null;
            switch (c) {
                case '\'', '\u2019', '\u2018', '\u02bc', '\u02bb', '\u02be', '\u02bf', '`', '\u00b4', '\u2032' -> {
                    continue; // Sana'a = Sanaa, Qa'ida = Qaida
                }
                case '\u00f8' -> mapped = "o";
                case '\u0142' -> mapped = "l";
                case '\u0111', '\u00f0' -> mapped = "d";
                case '\u00df' -> mapped = "ss";
                case '\u00e6' -> mapped = "ae";
                case '\u0153' -> mapped = "oe";
                case '\u0131' -> mapped = "i";
                case '\u00fe' -> mapped = "th";
                case '\u0127' -> mapped = "h";
                case '\u0259' -> mapped = "e"; // Azerbaijani schwa: Xankəndi = Xankendi
                default -> {
                }
            }
            if (mapped != null) {
                out.append(mapped);
                space = false;
            } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                out.append(c);
                space = false;
            } else if (!space) {
                out.append(' ');
                space = true;
            }
        }
        int n = out.length();
        if (n > 0 && out.charAt(n - 1) == ' ') {
            out.setLength(n - 1);
        }
        return out.toString();
    }

    /**
     * The lookup key of a name: {@link #normalize}d, with Arabic articles and "the" dropped wherever
     * they stand as a word (unless nothing else is left) and a final "-ah" of each word shortened to
     * "-a", so that "Al Fallūjah", "al-Falluja" and "Fallujah" share the key "falluja".
     */
    public static String key(String s) {
        String n = normalize(s);
        if (n.isEmpty()) {
            return n;
        }
        String[] words = n.split(" ");
        StringBuilder out = new StringBuilder(n.length());
        int kept = 0;
        for (String w : words) {
            if (ARTICLES.contains(w) && words.length > 1) {
                continue;
            }
            if (kept++ > 0) {
                out.append(' ');
            }
            out.append(w.length() > 3 && w.endsWith("ah") ? w.substring(0, w.length() - 1) : w);
        }
        return kept == 0 ? n : out.toString();
    }

    /** The key with a trailing generic word ("province", "governorate", ...) removed, or null if none. */
    public static String withoutAdminSuffix(String key) {
        int sp = key.lastIndexOf(' ');
        if (sp <= 0) {
            return null;
        }
        return ADMIN_WORDS.contains(key.substring(sp + 1)) ? key.substring(0, sp) : null;
    }

    /** Generic words that follow the name of a first-order division. */
    static final Set<String> ADMIN_WORDS = org.faultline.lexicon.Lexicon.english().words("division-nouns");

    /** True for a surface written in capitals only, like "US", "UAE" or "DRC". */
    public static boolean isAllCaps(String s) {
        boolean letter = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                letter = true;
                if (!Character.isUpperCase(c)) {
                    return false;
                }
            }
        }
        return letter;
    }

    static String lower(String s) { return s.toLowerCase(Locale.ROOT); }
}
