package org.faultline.ingest;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A saved news web page is one article: its main text (see {@link MainText}) with title, date, url and
 * site name from the page's metadata. The id is derived from the extracted text.
 */
public final class HtmlFileReader implements ArticleReader {

    /** Pages larger than this many characters are not parsed: jsoup's tree takes several times the text. */
    public static final int MAX_PAGE_CHARS = 20 * 1024 * 1024;

    private final int maxArticleChars;
    private final InvalidUtf8 invalid;

    public HtmlFileReader() {
        this(Article.DEFAULT_MAX_CHARS);
    }

    /** @param maxArticleChars longer main texts are reported as a problem and not returned */
    public HtmlFileReader(int maxArticleChars) {
        this(maxArticleChars, InvalidUtf8.REPLACE);
    }

    /** @param invalid what to do with a file that is not valid UTF-8 (it is reported either way) */
    public HtmlFileReader(int maxArticleChars, InvalidUtf8 invalid) {
        this.maxArticleChars = maxArticleChars;
        this.invalid = invalid;
    }

    /** @param defaultPublished used when the page carries no recognisable publication date; may be null */
    @Override
    public void read(Path file, LocalDate defaultPublished, Consumer<? super ReadResult> out) {
        String html = FileText.read(file, invalid, out);
        if (html != null) {
            out.accept(parse(html, file.toString(), defaultPublished));
        }
    }

    /** Turns an HTML document already in memory (e.g. fetched from the web) into an article or a problem. */
    public ReadResult parse(String html, String origin, LocalDate defaultPublished) {
        if (html.length() > MAX_PAGE_CHARS) {
            return ReadResult.of(new ReadProblem(origin, String.format(java.util.Locale.ROOT,
                    "HTML page of %,d characters is larger than the limit of %,d; not parsed", html.length(), MAX_PAGE_CHARS)));
        }
        HtmlMetadata meta;
        String text;
        try {
            Document doc = Jsoup.parse(html);
            meta = HtmlMetadata.of(doc);
            text = MainText.extract(doc);
        } catch (RuntimeException e) {
            // jsoup accepts any tag soup; this only guards against a parser bug stopping a whole batch.
            return ReadResult.of(new ReadProblem(origin, "cannot parse HTML: " + FileText.describe(e)));
        }
        if (text.isBlank()) {
            return ReadResult.of(new ReadProblem(origin, "empty article"));
        }
        ReadProblem tooLong = Article.tooLong(origin, text, maxArticleChars);
        if (tooLong != null) {
            return ReadResult.of(tooLong);
        }
        LocalDate published = meta.published() != null ? meta.published() : defaultPublished;
        return ReadResult.of(new Article(ArticleIds.contentId(text), published, meta.title(), meta.source(),
                meta.url(), text, origin));
    }
}
