package org.faultline.text;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a count from a token: digits with separators ("68,000", "1.5"), number words ("two",
 * "twenty-one") and a following scale ("1.5 million"). Vague quantities ("dozens", "thousands")
 * are not counts and give null.
 */
public final class NumberWords {
    private static final Map<String, Long> WORDS = Map.ofEntries(Map.entry("one", 1L), Map.entry("two", 2L),
            Map.entry("three", 3L), Map.entry("four", 4L), Map.entry("five", 5L), Map.entry("six", 6L),
            Map.entry("seven", 7L), Map.entry("eight", 8L), Map.entry("nine", 9L), Map.entry("ten", 10L),
            Map.entry("eleven", 11L), Map.entry("twelve", 12L), Map.entry("thirteen", 13L), Map.entry("fourteen", 14L),
            Map.entry("fifteen", 15L), Map.entry("sixteen", 16L), Map.entry("seventeen", 17L),
            Map.entry("eighteen", 18L), Map.entry("nineteen", 19L), Map.entry("twenty", 20L), Map.entry("thirty", 30L),
            Map.entry("forty", 40L), Map.entry("fifty", 50L), Map.entry("sixty", 60L), Map.entry("seventy", 70L),
            Map.entry("eighty", 80L), Map.entry("ninety", 90L), Map.entry("hundred", 100L), Map.entry("dozen", 12L));
    /** Compiled once: {@code String.matches} compiled it for every token tried. */
    private static final Pattern DIGITS = Pattern.compile("\\d+(\\.\\d+)?");
    private static final Map<String, Long> SCALES = Map.of("dozen", 12L, "hundred", 100L, "thousand", 1_000L,
            "million", 1_000_000L);

    private NumberWords() {
    }

    public static Long parse(String word, String next) {
        String w = word.toLowerCase(Locale.ROOT).replace(",", "");
        Long base = null;
        try {
            if (DIGITS.matcher(w).matches()) {
                double d = Double.parseDouble(w);
                base = next != null && SCALES.containsKey(next.toLowerCase(Locale.ROOT))
                        ? Math.round(d * SCALES.get(next.toLowerCase(Locale.ROOT))) : Math.round(d);
                return base;
            }
        } catch (NumberFormatException e) {
            return null;
        }
        if (w.contains("-")) {
            String[] p = w.split("-");
            if (p.length != 2) {
                return null; // a dash alone, or "twenty-one-year": no count
            }
            Long a = WORDS.get(p[0]);
            Long b = p.length > 1 ? WORDS.get(p[1]) : null;
            return a != null && b != null ? a + b : null;
        }
        base = WORDS.get(w);
        if (base != null && next != null && SCALES.containsKey(next.toLowerCase(Locale.ROOT))) {
            return base * SCALES.get(next.toLowerCase(Locale.ROOT));
        }
        return base;
    }
}
