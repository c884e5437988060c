package org.faultline.pipeline;

/**
 * Thrown by the analyzer for an article it does not analyse on purpose: one written in a language other
 * than English. Not a failure: the batch reports it with its reason and goes on; the watcher records it
 * as skipped, not to be fetched again.
 */
public final class ArticleSkippedException extends RuntimeException {
    private final String articleId;
    private final String reason;

    public ArticleSkippedException(String articleId, String reason) {
        super("article " + articleId + " not analysed: " + reason);
        this.articleId = articleId;
        this.reason = reason;
    }

    public String articleId() {
        return articleId;
    }

    public String reason() {
        return reason;
    }
}
