package org.faultline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.faultline.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code watch} and {@code sources} against a loopback server, with the stand-in analyzer. */
class WatchCommandTest {
    @TempDir
    Path dir;

    private HttpServer server;
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", x -> {
            String path = x.getRequestURI().getPath();
            hits.computeIfAbsent(path, k -> new AtomicInteger()).incrementAndGet();
            String body;
            String type;
            if (path.equals("/rss.xml")) {
                type = "application/rss+xml";
                body = "<rss version=\"2.0\"><channel><title>t</title><link>" + url("/") + "</link><description>d"
                        + "</description><item><link>" + url("/one") + "</link></item><item><link>" + url("/two")
                        + "</link></item></channel></rss>";
            } else if (path.equals("/index.xml")) {
                type = "application/xml";
                body = "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><sitemap><loc>" + url("/sm-a.xml")
                        + "</loc></sitemap><sitemap><loc>" + url("/sm-b.xml") + "</loc></sitemap></sitemapindex>";
            } else if (path.startsWith("/sm-")) {
                type = "application/xml";
                String[] pages = path.equals("/sm-a.xml") ? new String[] {"/one", "/two"} : new String[] {"/three", "/four"};
                body = "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>" + url(pages[0])
                        + "</loc></url><url><loc>" + url(pages[1]) + "</loc></url></urlset>";
            } else if (path.equals("/one") || path.equals("/two") || path.equals("/three") || path.equals("/four")) {
                type = "text/html";
                body = "<html><body><article><p>Rebels attacked the town in report " + path.substring(1)
                        + " on Monday, officials said.</p></article></body></html>";
            } else {
                x.sendResponseHeaders(404, -1);
                x.close();
                return;
            }
            byte[] b = body.getBytes(StandardCharsets.UTF_8);
            x.getResponseHeaders().set("Content-Type", type);
            x.sendResponseHeaders(200, b.length);
            try (OutputStream o = x.getResponseBody()) {
                o.write(b);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String url(String path) {
        return "http://" + InetAddress.getLoopbackAddress().getHostAddress() + ":" + server.getAddress().getPort() + path;
    }

    @Test
    void watchOnceStoresNewArticlesAndSourcesListsTheirHealth() throws Exception {
        Path sources = dir.resolve("sources.txt");
        Files.writeString(sources, "# test feeds\n" + url("/rss.xml") + " every=30m\n" + url("/gone.xml") + "\n");
        String db = dir.resolve("w.db").toString();
        StandInModels models = new StandInModels();
        Cli.Result first = Cli.run(models, "watch", sources.toString(), "--db", db, "--once", "--host-delay", "0s");
        assertEquals(0, first.code(), first.err());
        assertTrue(first.err().contains("2 stored"), first.err());
        assertTrue(first.err().contains("gone.xml: HTTP 404"), first.err());

        Cli.Result again = Cli.run(models, "watch", sources.toString(), "--db", db, "--once", "--host-delay", "0s");
        assertEquals(0, again.code(), again.err());
        assertTrue(again.err().contains("0 fetched, 0 stored, 2 already known"), again.err());
        assertEquals(1, hits.get("/one").get());
        try (Store s = Store.open(Path.of(db))) {
            assertEquals(2, s.count("articles"));
        }

        Cli.Result list = Cli.run("sources", "--db", db);
        assertEquals(0, list.code(), list.err());
        String[] lines = list.out().strip().split("\n");
        assertEquals(3, lines.length, list.out());
        assertTrue(lines[1].startsWith("failing\t2\t") && lines[1].endsWith("HTTP 404"), lines[1]);
        assertTrue(lines[2].startsWith("ok\t0\t") && lines[2].contains("\t2\t2\t" + url("/rss.xml")), lines[2]);
    }

    @Test
    void theWatchLoopReleasesTheStoreBetweenRounds() throws Exception {
        Path sources = dir.resolve("sources.txt");
        Files.writeString(sources, url("/rss.xml") + " every=1h\n");
        Path db = dir.resolve("loop.db");
        Thread watcher = new Thread(() -> Cli.run(new StandInModels(), "watch", sources.toString(), "--db", db.toString(),
                "--host-delay", "0s"));
        watcher.start();
        try {
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (hits.getOrDefault("/two", new AtomicInteger()).get() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            Thread.sleep(1500); // the round ends, then the loop waits an hour for the next
            // read-only: refused ("different configuration") while the watcher holds the file read-write
            try (Store s = Store.openReadOnly(db)) {
                assertEquals(2, s.count("articles"));
            }
            assertTrue(watcher.isAlive(), "still watching");
        } finally {
            watcher.interrupt();
            watcher.join(10_000);
        }
    }

    @Test
    void backfillStoresASitemapTreeWithAProgressBarAndResumes() {
        String db = dir.resolve("b.db").toString();
        StandInModels models = new StandInModels();
        Cli.Result first = Cli.run(models, "backfill", url("/index.xml"), "--db", db, "--host-delay", "0s");
        assertEquals(0, first.code(), first.err());
        assertTrue(first.err().contains("lists 4 articles, 0 stored or settled before: fetching 4"), first.err());
        assertTrue(first.err().matches("(?s).*\\[#{30}\\] 4/4  0\\.0 MB.*"), "the bar, full, with the bytes: " + first.err());
        assertTrue(first.err().contains("4 links, 4 fetched, 4 stored"), first.err());

        Cli.Result again = Cli.run(models, "backfill", url("/index.xml"), "--db", db, "--host-delay", "0s");
        assertEquals(0, again.code(), again.err());
        assertTrue(again.err().contains("4 stored or settled before: fetching 0"), again.err());
        assertTrue(again.err().contains("0 fetched, 0 stored, 4 already known"), again.err());
        assertEquals(1, hits.get("/three").get());

        Cli.Result page = Cli.run(models, "backfill", url("/one"), "--db", db, "--host-delay", "0s");
        assertEquals(1, page.code());
        assertTrue(page.err().contains("not a sitemap or feed"), page.err());
        assertEquals(2, Cli.run(models, "backfill", "ftp://x/y", "--db", db).code());
    }

    @Test
    void serveWatchChecksTheSourcesFileBeforeOpeningTheStore() throws Exception {
        Path sources = dir.resolve("serve-sources.txt");
        Files.writeString(sources, url("/rss.xml") + " every=often\n");
        Cli.Result r = Cli.run("serve", "--watch", sources.toString(), "--db", dir.resolve("none.db").toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("serve-sources.txt:1:"), r.err());
        Cli.Result missing = Cli.run("serve", "--watch", dir.resolve("nope.txt").toString(), "--db", dir.resolve("none.db").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("cannot read"), missing.err());
    }

    @Test
    void anUnknownSettingInTheSourcesFileFailsWithItsLine() throws Exception {
        Path sources = dir.resolve("sources.txt");
        Files.writeString(sources, url("/rss.xml") + "\n" + url("/b.xml") + " evry=5m\n");
        Cli.Result r = Cli.run(new StandInModels(), "watch", sources.toString(), "--db", dir.resolve("x.db").toString(),
                "--once");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("sources.txt:2: unknown setting 'evry=5m'"), r.err());
        assertTrue(!Files.exists(dir.resolve("x.db")), "nothing created");
    }
}
