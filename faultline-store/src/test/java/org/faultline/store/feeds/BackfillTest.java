package org.faultline.store.feeds;

import static org.faultline.store.feeds.FixtureServer.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;
import org.faultline.analysis.Analysis;
import org.faultline.analysis.Analyzer;
import org.faultline.ingest.Article;
import org.faultline.store.Store;
import org.faultline.store.StoreAccess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Backfill of a sitemap tree: an index of sitemaps, one of them an index again (and listing the first
 * index: a cycle), one gzip-compressed, one missing; a backfill stopped part-way and run again fetches
 * only what it had not stored.
 */
class BackfillTest {
    private static final FetchOptions FAST = FetchOptions.DEFAULT.withHostDelay(Duration.ZERO)
            .withTimeout(Duration.ofMillis(800));
    private static final List<String> ARTICLES = List.of("/p1", "/p2", "/p3", "/p4", "/p5");

    @TempDir
    Path dir;

    private FixtureServer server;
    private final WatcherTest.MutableClock clock = new WatcherTest.MutableClock(Instant.parse("2026-12-01T08:00:00Z"));
    private final AtomicInteger analysed = new AtomicInteger();

    @BeforeEach
    void start() throws Exception {
        Map<String, FixtureServer.Reply> r = new ConcurrentHashMap<>();
        server = new FixtureServer(r);
        for (String a : ARTICLES) {
            r.put(a, page("text/html", WatcherTest.article(a)));
        }
        r.put("/index.xml", page("application/xml", index("/news-1.xml", "/nested.xml", "/gone.xml")));
        r.put("/news-1.xml", page("application/xml", urlset("/p1", "/p2")));
        r.put("/nested.xml", page("text/xml", index("/news-2.xml.gz", "/index.xml")));
        byte[] packed = gzip(urlset("/p3", "/p4", "/p2", "/p5"));
        r.put("/news-2.xml.gz", x -> {
            x.getResponseHeaders().set("Content-Type", "application/gzip");
            x.sendResponseHeaders(200, packed.length);
            try (OutputStream o = x.getResponseBody()) {
                o.write(packed);
            }
        });
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void readsTheWholeSitemapTreeOnceAndResumesWhereItStopped() {
        Path db = dir.resolve("b.db");
        Listener heard = new Listener();
        try (Store s = Store.open(db)) {
            Analyzer dying = a -> {
                if (analysed.incrementAndGet() == 3) {
                    throw new OutOfMemoryError("killed"); // the process dies here
                }
                return empty(a);
            };
            Watcher w = new Watcher(StoreAccess.batching(s), () -> dying, new Fetcher(FAST, clock), clock).listener(heard);
            assertThrows(OutOfMemoryError.class, () -> w.backfill(server.url("/index.xml")));
            assertEquals(List.of("5 links, 5 to fetch"), heard.listed);
            assertEquals(2, s.count("articles"));
        }
        Listener again = new Listener();
        try (Store s = Store.open(db)) {
            Analyzer counting = a -> {
                analysed.incrementAndGet();
                return empty(a);
            };
            PollReport r = new Watcher(StoreAccess.batching(s), () -> counting, new Fetcher(FAST, clock), clock)
                    .listener(again).backfill(server.url("/index.xml"));
            assertEquals("ok", r.status());
            assertEquals(5, r.links(), "p2 listed twice, read once");
            assertEquals(2, r.known());
            assertEquals(3, r.stored());
            assertEquals(5, s.count("articles"));
            assertEquals(List.of("5 links, 3 to fetch"), again.listed);
            assertEquals(3, again.done.size());
            assertEquals(3, again.stored.size());
            assertTrue(again.bytes > 0);
            assertTrue(r.bytes() > again.bytes, "the sitemaps' bytes count too");
            assertEquals(1, r.problems().size(), r.problems().toString());
            assertTrue(r.problems().get(0).endsWith("/gone.xml: HTTP 404"), r.problems().get(0));
        }
        for (String a : List.of("/p1", "/p2", "/p4", "/p5")) {
            assertEquals(1, server.hits(a), a + " fetched once over both runs");
        }
        assertEquals(2, server.hits("/p3"), "fetched, then killed in analysis: fetched again");
        assertEquals(2, server.hits("/index.xml"), "once per run: the cycle back to it is not followed");
    }

    @Test
    void refusesAnHtmlPageAsAListing() {
        try (Store s = Store.open(dir.resolve("h.db"))) {
            PollReport r = new Watcher(StoreAccess.batching(s), () -> BackfillTest::empty, new Fetcher(FAST, clock), clock)
                    .backfill(server.url("/p1"));
            assertEquals("failing", r.status());
            assertTrue(r.problems().get(0).contains("not a sitemap or feed"), r.problems().get(0));
            assertEquals(0, s.count("articles"));
        }
    }

    private static final class Listener implements WatchListener {
        final List<String> listed = new ArrayList<>();
        final List<String> done = new ArrayList<>();
        final List<String> stored = new ArrayList<>();
        long bytes;

        @Override
        public void listed(String sourceUrl, int links, int toFetch) {
            listed.add(links + " links, " + toFetch + " to fetch");
        }

        @Override
        public void done(String url, String outcome, long b) {
            done.add(url + " " + outcome);
            bytes += b;
        }

        @Override
        public void stored(String sourceUrl, Article article) {
            stored.add(article.id());
        }
    }

    private static Analysis empty(Article a) {
        return new Analysis(a, List.of(), List.of(), List.of(), List.of(), List.of());
    }

    private String index(String... paths) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\"?><sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
        for (String p : paths) {
            b.append("<sitemap><loc>").append(server.url(p)).append("</loc></sitemap>");
        }
        return b.append("</sitemapindex>").toString();
    }

    private String urlset(String... paths) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
        for (String p : paths) {
            b.append("<url><loc>").append(server.url(p)).append("</loc></url>");
        }
        return b.append("</urlset>").toString();
    }

    private static byte[] gzip(String s) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(s.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
