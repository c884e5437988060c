package org.faultline.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.faultline.store.StoreException;
import org.faultline.store.feeds.PollReport;
import org.faultline.store.feeds.Source;
import org.faultline.store.feeds.Watcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The watcher inside {@code serve --watch}: polls due sources on its own thread, then sleeps until the
 * next is due, until the server closes. A store that stays busy (another process reading it) or a store
 * error is logged and the round tried again a minute later; network and analysis problems never reach
 * here (the watcher records them).
 */
final class LiveWatch implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LiveWatch.class);
    private static final Duration AFTER_STORE_ERROR = Duration.ofMinutes(1);

    private final Watcher watcher;
    private final List<Source> sources;
    private final Clock clock;
    private final Thread thread;
    private volatile boolean closed;

    LiveWatch(Watcher watcher, List<Source> sources, Clock clock) {
        this.watcher = watcher;
        this.sources = List.copyOf(sources);
        this.clock = clock;
        this.thread = new Thread(this::run, "faultline-watch");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        while (!closed) {
            Instant next;
            try {
                for (PollReport r : watcher.pollDue(sources)) {
                    LOG.info("{}: {} links, {} stored, {} failed ({})", r.source(), r.links(), r.stored(), r.failed(), r.status());
                }
                next = watcher.nextDue(sources);
            } catch (StoreException e) {
                LOG.warn("watching sources: {}; trying again in a minute", e.getMessage());
                next = clock.instant().plus(AFTER_STORE_ERROR);
            }
            if (!sleepUntil(next)) {
                return;
            }
        }
    }

    private boolean sleepUntil(Instant next) {
        try {
            Thread.sleep(Math.max(200, Duration.between(clock.instant(), next).toMillis()));
            return true;
        } catch (InterruptedException e) {
            return false; // closed
        }
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
