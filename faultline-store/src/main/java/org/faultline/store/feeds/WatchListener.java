package org.faultline.store.feeds;

import org.faultline.ingest.Article;

/**
 * What a {@link Watcher} tells whoever follows it as it goes: the web server's live page (new articles,
 * each source's health after its poll) and the backfill's progress bar (the listing's size, each article
 * dealt with and its bytes). Called on the watcher's thread; a listener must not block it for long.
 */
public interface WatchListener {
    WatchListener NONE = new WatchListener() {
    };

    /** An article was newly stored (committed: readers see it) from {@code sourceUrl}. */
    default void stored(String sourceUrl, Article article) {
    }

    /** One source was polled, and its state saved. */
    default void polled(PollReport report) {
    }

    /** A listing was read: {@code links} article links, {@code toFetch} of them neither stored nor settled before. */
    default void listed(String sourceUrl, int links, int toFetch) {
    }

    /** One article link was dealt with ({@code outcome} as recorded), its response holding {@code bytes}. */
    default void done(String url, String outcome, long bytes) {
    }
}
