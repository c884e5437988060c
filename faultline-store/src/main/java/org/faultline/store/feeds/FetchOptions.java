package org.faultline.store.feeds;

import java.time.Duration;

/**
 * How the watcher fetches: the time allowed for a response, redirects followed, the largest body read
 * (a larger page is not parsed), the least time between two requests to one host, and the user agent
 * that robots.txt rules are matched against.
 */
public record FetchOptions(Duration timeout, int maxRedirects, int maxBytes, Duration hostDelay, String userAgent) {
    public static final FetchOptions DEFAULT = new FetchOptions(Duration.ofSeconds(20), 5, 5 * 1024 * 1024,
            Duration.ofSeconds(2), "faultline");

    public FetchOptions withHostDelay(Duration d) {
        return new FetchOptions(timeout, maxRedirects, maxBytes, d, userAgent);
    }

    public FetchOptions withTimeout(Duration t) {
        return new FetchOptions(t, maxRedirects, maxBytes, hostDelay, userAgent);
    }

    public FetchOptions withMaxBytes(int bytes) {
        return new FetchOptions(timeout, maxRedirects, bytes, hostDelay, userAgent);
    }
}
