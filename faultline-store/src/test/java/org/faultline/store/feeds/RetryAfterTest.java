package org.faultline.store.feeds;

import static org.faultline.store.feeds.FixtureServer.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.faultline.analysis.Analysis;
import org.faultline.analysis.Analyzer;
import org.faultline.store.SourceLog;
import org.faultline.store.SourceLog.SourceState;
import org.faultline.store.Store;
import org.faultline.store.StoreAccess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Retry-After on 429 and 503: a short wait delays the host's next request, a long one defers every request
 * to that host (recorded for retry, not sent) and the source's next poll. Articles on a second host name
 * ({@code localhost}) of the same loopback server stand for another site.
 */
class RetryAfterTest {
    private static final FetchOptions FAST = FetchOptions.DEFAULT.withHostDelay(Duration.ZERO)
            .withTimeout(Duration.ofMillis(800));

    @TempDir
    Path dir;

    private FixtureServer server;
    private final Map<String, FixtureServer.Reply> replies = new ConcurrentHashMap<>();
    private final WatcherTest.MutableClock clock = new WatcherTest.MutableClock(Instant.parse("2026-12-01T08:00:00Z"));

    @BeforeEach
    void start() throws Exception {
        server = new FixtureServer(replies);
        for (String a : List.of("/a1", "/b1", "/b2", "/b3")) {
            replies.put(a, page("text/html", WatcherTest.article(a)));
        }
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** The same path on the other host name. */
    private String other(String path) {
        return server.url(path).replace("127.0.0.1", "localhost");
    }

    private static FixtureServer.Reply busyOnce(int status, String retryAfter, String path) {
        AtomicInteger n = new AtomicInteger();
        return x -> {
            if (n.incrementAndGet() == 1) {
                x.getResponseHeaders().set("Retry-After", retryAfter);
                FixtureServer.send(x, status, "text/plain", "busy");
            } else {
                FixtureServer.send(x, 200, "text/html", WatcherTest.article(path));
            }
        };
    }

    @Test
    void aLongRetryAfterDefersTheHostsRequestsUntilThenAndNothingIsLost() {
        replies.put("/b0", busyOnce(429, "120", "/b0"));
        replies.put("/feed.xml", page("application/rss+xml", "<rss version=\"2.0\"><channel><title>t</title><link>x</link>"
                + "<description>d</description>" + List.of(other("/b0"), other("/b1"), server.url("/a1"), other("/b2"))
                .stream().map(u -> "<item><link>" + u + "</link></item>").collect(Collectors.joining())
                + "</channel></rss>"));
        List<Source> sources = List.of(new Source(server.url("/feed.xml"), Duration.ofMinutes(10), "test"));
        try (Store s = Store.open(dir.resolve("ra.db"))) {
            Watcher w = watcher(s);
            PollReport first = w.pollDue(sources).get(0);
            assertEquals(1, first.stored(), "a1, on the other host");
            assertEquals(1, server.hits("/b0"));
            assertEquals(0, server.hits("/b1"), "not requested while the host asked to wait");
            assertEquals(0, server.hits("/b2"));
            String problems = String.join("\n", first.problems());
            assertTrue(problems.contains("/b0: HTTP 429, Retry-After 120 s"), problems);
            assertTrue(problems.contains("/b1: not requested: localhost:"), problems);
            assertEquals(List.of("retry", "retry", "retry"), new SourceLog(s).articles(null).stream()
                    .filter(a -> a.url().contains("localhost")).map(SourceLog.ArticleRecord::outcome).toList());

            clock.advance(Duration.ofMinutes(11)); // the wait is over, the source is due
            PollReport second = w.pollDue(sources).get(0);
            assertEquals(3, second.stored(), second.problems().toString());
            assertEquals(4, s.count("articles"));
            assertEquals(2, server.hits("/b0"));
            assertEquals(1, server.hits("/b1"));
            assertEquals(1, server.hits("/a1"), "stored the first time: not fetched again");
        }
    }

    @Test
    void aShortRetryAfterDelaysTheNextRequestToThatHost() {
        replies.put("/short", busyOnce(503, "1", "/short"));
        Fetcher f = new Fetcher(FAST, clock);
        Fetched busy = f.get(URI.create(server.url("/short")));
        assertEquals(Duration.ofSeconds(1), busy.retryAfter());
        assertTrue(busy.retryable());
        long start = System.nanoTime();
        assertTrue(f.get(URI.create(server.url("/a1"))).ok());
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() >= 950, "waited out the Retry-After");
        assertTrue(f.get(URI.create(server.url("/short"))).ok());
    }

    @Test
    void aSourceAnswering503WithRetryAfterIsNotPolledBeforeThen() {
        replies.put("/down.xml", x -> {
            x.getResponseHeaders().set("Retry-After", "Tue, 01 Dec 2026 10:00:00 GMT"); // two hours after the clock
            FixtureServer.send(x, 503, "text/plain", "maintenance");
        });
        List<Source> sources = List.of(new Source(server.url("/down.xml"), Duration.ofMinutes(10), "test"));
        try (Store s = Store.open(dir.resolve("down.db"))) {
            Watcher w = watcher(s);
            assertEquals("failing", w.pollDue(sources).get(0).status());
            SourceState st = new SourceLog(s).state(server.url("/down.xml")).orElseThrow();
            assertEquals(Instant.parse("2026-12-01T10:00:00Z"), st.nextPoll());
            clock.advance(Duration.ofMinutes(30)); // past the back-off, before the Retry-After
            assertTrue(w.pollDue(sources).isEmpty());
            assertEquals(1, server.hits("/down.xml"));
        }
    }

    @Test
    void readsRetryAfterAsSecondsOrHttpDate() {
        Fetcher f = new Fetcher(FAST, clock);
        assertEquals(Duration.ofSeconds(90), f.retryAfter(" 90 "));
        assertEquals(Duration.ofMinutes(30), f.retryAfter("Tue, 01 Dec 2026 08:30:00 GMT"));
        assertEquals(Duration.ZERO, f.retryAfter("Mon, 30 Nov 2026 08:30:00 GMT"), "a date passed: no wait");
        assertEquals(Duration.ofDays(1), f.retryAfter("99999999"), "at most a day");
        assertNull(f.retryAfter("soon"));
        assertNull(f.retryAfter(null));
    }

    private Watcher watcher(Store s) {
        Analyzer empty = a -> new Analysis(a, List.of(), List.of(), List.of(), List.of(), List.of());
        return new Watcher(StoreAccess.batching(s), () -> empty, new Fetcher(FAST, clock), clock);
    }
}
