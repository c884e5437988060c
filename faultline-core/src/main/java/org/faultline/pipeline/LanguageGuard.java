package org.faultline.pipeline;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import org.faultline.ingest.Article;
import org.faultline.text.DataFiles;

/**
 * Tells the language an article is written in (Lingua, low-accuracy mode: trigram models of the languages
 * of {@code faultline/pipeline/detected-languages.txt} only, loaded at the first article, a few tens of MB),
 * so that one Faultline cannot read is reported and skipped rather than analysed into nothing or into
 * wrong events. Judged on the title and the first {@value #SAMPLE_CHARS} characters. A text in a script
 * only other languages use (Arabic, Cyrillic, Han, ...) is judged at any length; a Latin-script text needs
 * {@value #MIN_LETTERS} letters, below which it is left to the analysis (Lingua's trigrams are unreliable on
 * a few words, and a headline-sized English text must not be refused). Thread-safe.
 */
public final class LanguageGuard {
    static final String LANGUAGES = "faultline/pipeline/detected-languages.txt";
    static final int SAMPLE_CHARS = 3000;
    static final int MIN_LETTERS = 80;

    private final List<Language> languages;
    private volatile LanguageDetector detector;

    public LanguageGuard() {
        this.languages = load();
    }

    private static List<Language> load() {
        List<Language> out = new ArrayList<>();
        for (DataFiles.Line l : DataFiles.lines(LANGUAGES)) {
            String code = l.text().strip();
            try {
                out.add(Language.getByIsoCode639_1(IsoCode639_1.valueOf(code.toUpperCase(Locale.ROOT))));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(LANGUAGES + ":" + l.number() + ": unknown ISO 639-1 code '" + code + "'");
            }
        }
        if (!out.contains(Language.ENGLISH)) {
            throw new IllegalStateException(LANGUAGES + ": must list en");
        }
        return List.copyOf(out);
    }

    private LanguageDetector detector() {
        LanguageDetector d = detector;
        if (d == null) {
            synchronized (this) {
                if (detector == null) {
                    detector = LanguageDetectorBuilder.fromLanguages(languages.toArray(Language[]::new))
                            .withLowAccuracyMode().build();
                }
                d = detector;
            }
        }
        return d;
    }

    /** Why the article is not analysed (its language, with Lingua's confidence), or null when it is English or undecided. */
    public String refusal(Article article) {
        String sample = sample(article);
        int letters = 0;
        int latin = 0;
        for (int i = 0; i < sample.length(); ) {
            int cp = sample.codePointAt(i);
            if (Character.isLetter(cp)) {
                letters++;
                if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN) {
                    latin++;
                }
            }
            i += Character.charCount(cp);
        }
        if (letters == 0 || (latin * 2 > letters && letters < MIN_LETTERS)) {
            return null;
        }
        SortedMap<Language, Double> confidence = detector().computeLanguageConfidenceValues(sample);
        if (confidence.isEmpty()) {
            return null;
        }
        Language best = confidence.firstKey();
        if (best == Language.ENGLISH || best == Language.UNKNOWN) {
            return null;
        }
        return String.format(Locale.ROOT, "written in %s (%s, confidence %.2f), not English: Faultline reads English only",
                name(best), best.getIsoCode639_1().toString().toLowerCase(Locale.ROOT), confidence.get(best));
    }

    private static String name(Language l) {
        String n = l.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(n.charAt(0)) + n.substring(1);
    }

    private static String sample(Article a) {
        String text = a.text() == null ? "" : a.text();
        String head = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        return a.title() == null ? head : a.title() + "\n" + head;
    }
}
