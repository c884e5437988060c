package org.faultline.ingest;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Consumer;

/**
 * A plain-text file is one article. The text is the whole file (trimmed), title line included, so that
 * nothing the author wrote is lost; the title is only guessed, from a short first line set off by a
 * blank line as news copy is usually laid out.
 */
public final class TextFileReader implements ArticleReader {

    static final int MAX_TITLE_LENGTH = 200;

    private final int maxArticleChars;
    private final InvalidUtf8 invalid;

    public TextFileReader() {
        this(Article.DEFAULT_MAX_CHARS);
    }

    /** @param maxArticleChars longer texts are reported as a problem and not returned */
    public TextFileReader(int maxArticleChars) {
        this(maxArticleChars, InvalidUtf8.REPLACE);
    }

    /** @param invalid what to do with a file that is not valid UTF-8 (it is reported either way) */
    public TextFileReader(int maxArticleChars, InvalidUtf8 invalid) {
        this.maxArticleChars = maxArticleChars;
        this.invalid = invalid;
    }

    /** Reads {@code file} with an id derived from its text ({@link ArticleIds#contentId}). */
    @Override
    public void read(Path file, LocalDate published, Consumer<? super ReadResult> out) {
        read(file, null, published, out);
    }

    /**
     * @param id        the article id, or null to derive one from the text
     * @param published publication date (text files carry none of their own), or null
     */
    public void read(Path file, String id, LocalDate published, Consumer<? super ReadResult> out) {
        String raw = FileText.read(file, invalid, out);
        if (raw == null) {
            return;
        }
        String origin = file.toString();
        String text = raw.strip();
        if (text.isEmpty()) {
            out.accept(ReadResult.of(new ReadProblem(origin, "empty article")));
            return;
        }
        ReadProblem tooLong = Article.tooLong(origin, text, maxArticleChars);
        if (tooLong != null) {
            out.accept(ReadResult.of(tooLong));
            return;
        }
        String articleId = id != null ? id : ArticleIds.contentId(text);
        out.accept(ReadResult.of(new Article(articleId, published, title(text), null, null, text, origin)));
    }

    /** The first line if it is short and followed by a blank line; else null. Expects stripped text. */
    static String title(String text) {
        int end = text.indexOf('\n');
        if (end < 0) {
            return null;
        }
        String first = text.substring(0, end).strip();
        int nextEnd = text.indexOf('\n', end + 1);
        String second = text.substring(end + 1, nextEnd < 0 ? text.length() : nextEnd);
        if (first.length() >= MAX_TITLE_LENGTH || !second.isBlank()) {
            return null;
        }
        return first;
    }
}
