package org.faultline.store.feeds;

import static org.faultline.store.feeds.FixtureServer.page;
import static org.faultline.store.feeds.FixtureServer.redirect;
import static org.faultline.store.feeds.FixtureServer.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

class WatcherTest {
    private static final FetchOptions FAST = FetchOptions.DEFAULT.withHostDelay(Duration.ZERO)
            .withTimeout(Duration.ofMillis(800)).withMaxBytes(100_000);
    private static final Set<String> ARTICLES = Set.of("/a1", "/a2", "/a3", "/a4", "/a5", "/a6", "/a7", "/a8");

    @TempDir
    Path dir;

    private FixtureServer server;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T08:00:00Z"));
    private final AtomicInteger analysed = new AtomicInteger();

    @BeforeEach
    void start() throws Exception {
        Map<String, FixtureServer.Reply> r = new ConcurrentHashMap<>(); // filled once the server has its port
        server = new FixtureServer(r);
        for (String a : ARTICLES) {
            r.put(a, page("text/html; charset=utf-8", article(a)));
        }
        r.put("/a1-copy", page("text/html", article("/a1"))); // the same story under another URL
        r.put("/redirect-a3", redirect("/a3"));
        r.put("/loop", redirect("/loop"));
        r.put("/busy", status(429));
        AtomicInteger flaky = new AtomicInteger();
        r.put("/flaky", x -> { // down on the first fetch only
            if (flaky.incrementAndGet() == 1) {
                FixtureServer.send(x, 503, "text/plain", "try later");
            } else {
                FixtureServer.send(x, 200, "text/html", article("/flaky"));
            }
        });
        r.put("/down", status(500));
        r.put("/slow", FixtureServer.slow(3000, page("text/html", article("/slow"))));
        r.put("/trickle", x -> { // headers at once, then the body too slowly
            x.getResponseHeaders().set("Content-Type", "text/html");
            x.sendResponseHeaders(200, 0);
            try (java.io.OutputStream o = x.getResponseBody()) {
                for (int i = 0; i < 30; i++) {
                    o.write("<p>Shelling continued overnight.</p>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    o.flush();
                    Thread.sleep(100);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        r.put("/huge", page("text/html", "<html><body><article><p>" + "Shelling continued. ".repeat(10_000)
                + "</p></article></body></html>"));
        r.put("/report.pdf", page("application/pdf", "%PDF-1.4 not a page"));
        r.put("/robots.txt", page("text/plain", "User-agent: *\nDisallow: /private/\n"));
        r.put("/private/a9", page("text/html", article("/private/a9")));
        r.put("/rss.xml", page("application/rss+xml", rss("/a1?utm_source=rss&utm_medium=feed", "/a2", "/redirect-a3",
                "/missing", "/busy", "/down", "/slow", "/huge", "/report.pdf", "/private/a9", "/loop", "/trickle")));
        r.put("/atom.xml", page("application/atom+xml", atom("/a1#comments", "/a4", "/a1-copy")));
        r.put("/feed.json", page("application/feed+json", jsonFeed("/a2?utm_campaign=x", "/a5")));
        r.put("/broken.xml", page("application/xml", "<rss version=\"2.0\"><channel><item><link>/a8</link></channel>"));
        r.put("/etag.xml", x -> {
            if ("\"v1\"".equals(x.getRequestHeaders().getFirst("If-None-Match"))) {
                FixtureServer.send(x, 304, null, "");
            } else {
                x.getResponseHeaders().set("ETag", "\"v1\"");
                FixtureServer.send(x, 200, "application/rss+xml", rss("/a6", "/flaky"));
            }
        });
        r.put("/sitemap.xml", page("application/xml", sitemap("/a7", "/a1")));
        r.put("/slow-feed.xml", FixtureServer.slow(3000, page("application/rss+xml", rss("/a6"))));
        r.put("/huge-feed.xml", page("application/rss+xml", rss("/a6").replace("<title>T</title>",
                "<title>" + "T".repeat(200_000) + "</title>")));
        r.put("/moved.xml", redirect("/feed.json"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void storesEveryArticleOnceAndReportsEachFailure() {
        List<Source> sources = sources();
        try (Store s = Store.open(dir.resolve("w.db"))) {
            List<PollReport> reports = watcher(s, FAST).pollDue(sources);
            assertEquals(sources.size(), reports.size());
            assertEquals(8, s.count("articles"), "a1..a8, the copy of a1 under another URL not twice");
            assertEquals(8, analysed.get());
            for (String a : ARTICLES) {
                assertEquals(1, server.hits(a), a + " fetched once though linked from several feeds");
            }
            assertEquals(0, server.hits("/private/a9"), "robots.txt disallows it");
            assertEquals(1, server.hits("/robots.txt"), "read once per host");

            Map<String, PollReport> by = reports.stream().collect(Collectors.toMap(PollReport::source, p -> p));
            PollReport rss = by.get(server.url("/rss.xml"));
            assertEquals("ok", rss.status());
            assertEquals(12, rss.links());
            String problems = String.join("\n", rss.problems());
            for (String expected : List.of("/missing: HTTP 404", "/busy: HTTP 429", "/down: HTTP 500",
                    "/slow: no complete response within", "/trickle: no complete response within", "/huge: larger than 100000 bytes", "/private/a9: disallowed by robots.txt",
                    "/loop: more than 5 redirects")) {
                assertTrue(problems.contains(expected), expected + " in\n" + problems);
            }
            assertEquals("failing", by.get(server.url("/broken.xml")).status());
            assertTrue(by.get(server.url("/broken.xml")).problems().get(0).contains("not a readable RSS or Atom feed"));
            assertEquals("article", by.get(server.url("/a8")).status());

            SourceLog log = new SourceLog(s);
            Map<String, String> outcomes = log.articles(null).stream()
                    .collect(Collectors.toMap(a -> a.url().replace(server.url(""), ""), SourceLog.ArticleRecord::outcome));
            assertEquals("duplicate", outcomes.get("/a1-copy"));
            assertEquals("skipped", outcomes.get("/report.pdf"));
            assertEquals("failed", outcomes.get("/missing"));
            assertEquals("stored", outcomes.get("/redirect-a3"));
            for (String retry : List.of("/busy", "/down", "/slow", "/flaky")) {
                assertEquals("retry", outcomes.get(retry), retry + ": a failure that may pass is tried again");
            }
            SourceState broken = log.state(server.url("/broken.xml")).orElseThrow();
            assertEquals(1, broken.failures());
            assertTrue(broken.lastError().contains("not a readable RSS or Atom feed"), broken.lastError());
            assertEquals("\"v1\"", log.state(server.url("/etag.xml")).orElseThrow().etag());
        }
    }

    @Test
    void aRestartedWatcherFetchesNothingItStoredAndBacksOffFailingSources() {
        List<Source> sources = sources();
        Path db = dir.resolve("r.db");
        try (Store s = Store.open(db)) {
            watcher(s, FAST).pollDue(sources);
        }
        clock.advance(Duration.ofMinutes(11));
        try (Store s = Store.open(db)) { // a new process: a new store connection, fetcher and watcher
            Map<String, PollReport> by = watcher(s, FAST).pollDue(sources).stream()
                    .collect(Collectors.toMap(PollReport::source, p -> p));
            assertTrue(new SourceLog(s).known(server.url("/flaky")));
            for (String a : ARTICLES) {
                assertEquals(1, server.hits(a), a + " not fetched again");
            }
            assertEquals(1, server.hits("/missing"), "a 404 is not retried");
            assertEquals(2, server.hits("/busy"), "a 429 is retried on the next poll");
            assertEquals("not modified", by.get(server.url("/etag.xml")).status());
            assertEquals(9, s.count("articles"), "the 503 article of the unchanged feed retried and stored");
            assertEquals(9, analysed.get());
            assertTrue(server.ifNoneMatch.contains("/etag.xml \"v1\""));
            assertEquals("article", by.get(server.url("/a8")).status());
            assertEquals(1, server.hits("/a8"), "a stored single-article source is not fetched again");

            SourceState broken = new SourceLog(s).state(server.url("/broken.xml")).orElseThrow();
            assertEquals(2, broken.failures());
            assertEquals(Duration.ofMinutes(20), Duration.between(broken.lastPoll(), broken.nextPoll()),
                    "twice the interval after two failures in a row");
        }
        clock.advance(Duration.ofMinutes(11));
        try (Store s = Store.open(db)) {
            List<PollReport> due = watcher(s, FAST).pollDue(sources);
            assertTrue(due.stream().noneMatch(p -> p.source().endsWith("/broken.xml")), "still backing off");
        }
    }

    @Test
    void aWatcherKilledMidPollKeepsWhatItStoredAndDoesNotFetchItAgain() {
        List<Source> sources = List.of(new Source(server.url("/rss.xml"), Duration.ofMinutes(10), "test"),
                new Source(server.url("/atom.xml"), Duration.ofMinutes(10), "test"));
        Path db = dir.resolve("k.db");
        try (Store s = Store.open(db)) {
            Analyzer dying = a -> {
                if (analysed.incrementAndGet() == 3) {
                    throw new OutOfMemoryError("killed"); // not caught anywhere: the process dies here
                }
                return empty(a);
            };
            Watcher w = new Watcher(StoreAccess.batching(s), () -> dying, new Fetcher(FAST, clock), clock);
            assertThrows(OutOfMemoryError.class, () -> w.pollDue(sources));
            assertEquals(2, s.count("articles"));
        }
        analysed.set(0);
        try (Store s = Store.open(db)) {
            watcher(s, FAST).pollDue(sources);
            assertEquals(4, s.count("articles"), "a1 a2 a3 from the RSS feed, a4 from Atom");
            assertEquals(2, analysed.get(), "only the two not stored before the kill");
            assertEquals(1, server.hits("/a1"));
            assertEquals(1, server.hits("/a2"));
            assertEquals(2, server.hits("/a3"), "fetched, then killed in analysis: fetched again");
        }
    }

    @Test
    void aSourceThatFailsIsReportedAndBackedOffWithoutLosingItsArticles() {
        List<Source> sources = List.of("/slow-feed.xml", "/huge-feed.xml", "/down", "/missing-feed.xml", "/report.pdf",
                "/moved.xml").stream().map(p -> new Source(server.url(p), Duration.ofMinutes(10), "test")).toList();
        try (Store s = Store.open(dir.resolve("f.db"))) {
            Map<String, PollReport> by = watcher(s, FAST).pollDue(sources).stream()
                    .collect(Collectors.toMap(p -> p.source().replace(server.url(""), ""), p -> p));
            Map<String, String> expected = Map.of("/slow-feed.xml", "no complete response within 800 ms",
                    "/huge-feed.xml", "larger than 100000 bytes", "/down", "HTTP 500", "/missing-feed.xml", "HTTP 404",
                    "/report.pdf", "malformed XML");
            expected.forEach((source, problem) -> {
                PollReport p = by.get(source);
                assertEquals("failing", p.status(), source);
                assertTrue(p.problems().get(0).contains(problem), source + ": " + p.problems());
                SourceState st = new SourceLog(s).state(server.url(source)).orElseThrow();
                assertEquals(1, st.failures(), source);
                assertTrue(st.lastError().contains(problem), st.lastError());
            });
            PollReport moved = by.get("/moved.xml");
            assertEquals("ok", moved.status(), "a redirected feed is read where it moved");
            assertEquals(2, moved.stored(), "a2 and a5 from the JSON Feed it moved to");
            assertEquals(2, s.count("articles"), "nothing from the failing sources, nothing twice");
            assertEquals(0, server.hits("/a6"));
        }
        clock.advance(Duration.ofMinutes(11));
        server.replies().put("/slow-feed.xml", page("application/rss+xml", rss("/a6"))); // back to normal
        try (Store s = Store.open(dir.resolve("f.db"))) {
            PollReport slow = watcher(s, FAST).pollDue(sources).stream()
                    .filter(p -> p.source().endsWith("/slow-feed.xml")).findFirst().orElseThrow();
            assertEquals("ok", slow.status());
            assertEquals(1, slow.stored(), "the article of the feed that timed out arrives once it answers");
            assertEquals(0, new SourceLog(s).state(server.url("/slow-feed.xml")).orElseThrow().failures());
        }
    }

    @Test
    void anArticleTheAnalyzerRefusesIsRecordedAsSkippedWithItsReasonAndNotFetchedAgain() {
        List<Source> sources = List.of(new Source(server.url("/feed.json"), Duration.ofMinutes(10), "test"));
        Analyzer refusing = a -> {
            if (a.url().endsWith("/a5")) {
                throw new org.faultline.pipeline.ArticleSkippedException(a.id(), "written in French (fr, confidence 1.00)");
            }
            return empty(a);
        };
        try (Store s = Store.open(dir.resolve("s.db"))) {
            Watcher w = new Watcher(StoreAccess.batching(s), () -> refusing, new Fetcher(FAST, clock), clock);
            PollReport r = w.pollDue(sources).get(0);
            assertEquals("ok", r.status(), "a refused article is no failure of the source");
            assertEquals(1, r.stored());
            assertEquals(0, r.failed());
            assertTrue(r.problems().get(0).contains("/a5: skipped: article "), r.problems().toString());
            SourceLog.ArticleRecord rec = new SourceLog(s).articles(null).stream()
                    .filter(a -> a.url().endsWith("/a5")).findFirst().orElseThrow();
            assertEquals("skipped", rec.outcome());
            assertEquals("written in French (fr, confidence 1.00)", rec.detail());
            clock.advance(Duration.ofMinutes(11));
            w.pollDue(sources);
            assertEquals(1, server.hits("/a5"), "settled: not fetched again");
            assertEquals(1, s.count("articles"));
        }
    }

    @Test
    void perHostRateLimitSpacesRequests() {
        Fetcher f = new Fetcher(FAST.withHostDelay(Duration.ofMillis(150)));
        long start = System.nanoTime();
        for (int i = 0; i < 3; i++) {
            assertTrue(f.get(java.net.URI.create(server.url("/a1"))).ok());
        }
        // robots.txt, then three pages: three gaps of 150 ms
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() >= 450);
    }

    private List<Source> sources() {
        Duration every = Duration.ofMinutes(10);
        return List.of("/rss.xml", "/atom.xml", "/feed.json", "/broken.xml", "/etag.xml", "/sitemap.xml", "/a8")
                .stream().map(p -> new Source(server.url(p), every, "test")).toList();
    }

    private Watcher watcher(Store s, FetchOptions options) {
        Analyzer counting = a -> {
            analysed.incrementAndGet();
            return empty(a);
        };
        return new Watcher(StoreAccess.batching(s), () -> counting, new Fetcher(options, clock), clock);
    }

    private static Analysis empty(org.faultline.ingest.Article a) {
        return new Analysis(a, List.of(), List.of(), List.of(), List.of(), List.of());
    }

    static String article(String path) {
        String name = path.replaceAll("\\W", "");
        return "<html><head><title>Report " + name + "</title></head><body><nav>Home | World</nav><article>"
                + "<h1>Report " + name + "</h1><p>Fighting was reported near the town in dispatch " + name
                + " on Monday, officials said.</p><p>Residents of the area described heavy shelling overnight "
                + "in the story numbered " + name + ".</p></article></body></html>";
    }

    private String rss(String... paths) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title>"
                + "<link>" + server.url("/") + "</link><description>d</description>");
        for (String p : paths) {
            b.append("<item><title>").append(p).append("</title><link>").append(xml(server.url(p)))
                    .append("</link></item>");
        }
        return b.append("</channel></rss>").toString();
    }

    private String atom(String... paths) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"
                + "<title>T</title><id>urn:t</id><updated>2026-12-01T00:00:00Z</updated>");
        for (String p : paths) {
            // the host spelled in capitals: the same URL once canonical
            String url = server.url(p).replace("http://", "HTTP://");
            b.append("<entry><title>").append(p).append("</title><id>urn:").append(p.hashCode())
                    .append("</id><updated>2026-12-01T00:00:00Z</updated><link href=\"").append(xml(url))
                    .append("\"/></entry>");
        }
        return b.append("</feed>").toString();
    }

    private String jsonFeed(String... paths) {
        return "{\"version\": \"https://jsonfeed.org/version/1.1\", \"title\": \"T\", \"items\": ["
                + java.util.Arrays.stream(paths).map(p -> "{\"id\": \"" + p + "\", \"url\": \"" + server.url(p) + "\"}")
                .collect(Collectors.joining(", ")) + "]}";
    }

    private String sitemap(String... paths) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
        for (String p : paths) {
            b.append("<url><loc>").append(xml(server.url(p))).append("</loc></url>");
        }
        return b.append("</urlset>").toString();
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;");
    }

    /** A clock the test moves. */
    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
