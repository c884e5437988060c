package org.faultline.store.feeds;

/** A source document that is no feed or sitemap this reader knows, or is malformed. */
public final class FeedFormatException extends Exception {
    public FeedFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
