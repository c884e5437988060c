package org.faultline.pipeline;

/** Thrown by {@link TimeLimitedAnalyzer} when one article's analysis runs past the limit. */
public final class AnalysisTimeoutException extends RuntimeException {
    private final String articleId;

    public AnalysisTimeoutException(String articleId, long seconds) {
        super("article " + articleId + ": analysis exceeded " + seconds + " s");
        this.articleId = articleId;
    }

    public String articleId() {
        return articleId;
    }
}
