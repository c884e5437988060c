package org.faultline.ingest;

/**
 * One item yielded by a reader: exactly one of {@code article} and {@code problem} is set. Kept as a
 * single ordered stream so that problems appear next to the input they concern.
 */
public record ReadResult(Article article, ReadProblem problem) {

    public ReadResult {
        if ((article == null) == (problem == null)) {
            throw new IllegalArgumentException("exactly one of article and problem must be set");
        }
    }

    public static ReadResult of(Article article) {
        return new ReadResult(article, null);
    }

    public static ReadResult of(ReadProblem problem) {
        return new ReadResult(null, problem);
    }

    public boolean isArticle() {
        return article != null;
    }
}
