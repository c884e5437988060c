package org.faultline.geo;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.faultline.nlp.Token;
import org.faultline.text.DataFiles;

/** The shapes of words that recognition tests: capitals, articles, possessives, hyphens, headings. */
final class NameShapes {
    /** "al-Hasakah", "d'Ivoire": a lower-case article or elision before a capital still starts a name. */
    private static final Pattern ARTICLE_PREFIX =
            Pattern.compile("^(?:(?:al|el|ar|as|ad|an|ash|at|az|ed|ez)[-\u2011]|[dl]['\u2019])\\p{Lu}.*");
    private static final Set<String> ARTICLES = DataFiles.words("faultline/lexicon/en/articles.txt");

    private NameShapes() {
    }

    /** Capitalised, or an Arabic article before a capital ("al-Hasakah"). */
    static boolean isNameStart(String w) {
        if (w.isEmpty()) {
            return false;
        }
        int cp = w.codePointAt(0);
        return Character.isUpperCase(cp) || Character.isTitleCase(cp) || ARTICLE_PREFIX.matcher(w).matches();
    }

    static boolean hasLetter(String w) {
        return w.chars().anyMatch(Character::isLetter);
    }

    static boolean isDeterminer(String w) {
        String l = Names.lower(w);
        return ARTICLES.contains(l);
    }

    static boolean isPossessive(String w) {
        return w.equals("'s") || w.equals("\u2019s") || w.equals("'") || w.equals("\u2019");
    }

    /** Length of a possessive ending left on the last token ("Iraq's"), or 0. */
    static int possessiveLength(String s) {
        if (s.endsWith("'s") || s.endsWith("\u2019s")) {
            return 2;
        }
        return 0;
    }

    static boolean isHyphen(String w) {
        return w.equals("-") || w.equals("\u2010") || w.equals("\u2011") || w.equals("\u2013");
    }

    static boolean isOpening(String w) {
        return w.equals("\"") || w.equals("\u201c") || w.equals("'") || w.equals("\u2018") || w.equals("(")
                || w.equals("-LRB-") || w.equals("``") || w.equals(":") || w.equals("\u2013") || w.equals("\u2014");
    }

    /** A headline or heading: most words capitalised, so capitals say nothing about names. */
    static boolean isTitleCase(List<Token> toks) {
        int words = 0;
        int caps = 0;
        for (Token t : toks) {
            String w = t.word();
            if (w.length() > 3 && hasLetter(w)) {
                words++;
                if (Character.isUpperCase(w.codePointAt(0))) {
                    caps++;
                }
            }
        }
        return words >= 3 && caps * 10 >= words * 7;
    }
}
