package org.faultline.store.feeds;

import java.util.List;

/**
 * What a source document lists: article links (absolute, in document order) and its format
 * ({@code rss_2.0}, {@code atom_1.0}, {@code json feed}, {@code sitemap}); a sitemap index lists sitemaps.
 */
public record FeedLinks(String format, List<String> links) {
    public boolean sitemapIndex() {
        return format.equals("sitemap index");
    }
}
