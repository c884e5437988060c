package org.faultline.ingest;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One news article as read from any input. {@code published} may be null (unknown); relative dates
 * then stay unresolved. {@code origin} says where it came from ("file.jsonl:12") for error messages.
 */
public record Article(String id, LocalDate published, String title, String source, String url,
                      String text, String origin) {
    /**
     * The default cap on an article's text (characters): larger texts are reported by the readers as a
     * problem and not analysed. News articles are rarely over 100,000 characters; CoreNLP time and memory
     * grow with the text, so a runaway input (a whole dump in one field) must not reach it.
     */
    public static final int DEFAULT_MAX_CHARS = 5 * 1024 * 1024;

    /**
     * How much of an article is analysed: the text up to the last sentence end before this many
     * characters. CoreNLP takes 0.13 ms a character on one free core and several times that on a busy
     * machine, so this keeps an article inside the default 120 s time limit with room to spare; longer
     * news articles are rare.
     */
    public static final int MAX_ANALYSED_CHARS = 100_000;

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }

    /**
     * The problem to report for {@code text} (origin {@code origin}) if it is longer than {@code maxChars},
     * else null. Shared by every reader so the message is the same whatever the input format.
     */
    public static ReadProblem tooLong(String origin, String text, int maxChars) {
        if (text.length() <= maxChars) {
            return null;
        }
        return new ReadProblem(origin, String.format(java.util.Locale.ROOT,
                "article of %,d characters is longer than the limit of %,d; not analysed", text.length(), maxChars));
    }

    /** A warning that only the start of this article is analysed, or null when all of it is. */
    public ReadProblem partlyAnalysed() {
        if (text.length() <= MAX_ANALYSED_CHARS) {
            return null;
        }
        return ReadProblem.warning(origin == null ? id : origin, String.format(java.util.Locale.ROOT,
                "article of %,d characters: only the first %,d (to a sentence end) are analysed", text.length(),
                MAX_ANALYSED_CHARS));
    }

    public Article withText(String newText) {
        return new Article(id, published, title, source, url, newText, origin);
    }
}
