package org.faultline.ingest;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One news article as read from any input. {@code published} may be null (unknown); relative dates
 * then stay unresolved. {@code origin} says where it came from ("file.jsonl:12") for error messages.
 */
public record Article(String id, LocalDate published, String title, String source, String url,
                      String text, String origin) {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }

    public Article withText(String newText) {
        return new Article(id, published, title, source, url, newText, origin);
    }
}
