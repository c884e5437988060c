package org.faultline.store.feeds;

import java.time.Duration;

/** One line of a sources file: a feed, sitemap or article URL and how often to poll it. */
public record Source(String url, Duration every, String origin) {
}
