package org.faultline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.faultline.store.SharedStore;
import org.faultline.store.Store;
import org.faultline.store.feeds.FetchOptions;
import org.faultline.store.feeds.Source;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * {@code serve --watch} over HTTP on loopback: a news site (a JDK server) publishes an RSS feed; the
 * server's watcher stores its articles with the real pipeline, and a client of {@code /api/live} hears an
 * article published after it connected, with its events, as the API then lists them; {@code /api/sources}
 * and the stream's {@code sources} events carry each source's health. In headless Chromium (when installed)
 * the page's live panel shows the source's health and the new article with its event, and the event table
 * is redrawn with it.
 */
class LiveWatchTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private HttpServer site;
    private final List<String> published = new CopyOnWriteArrayList<>(List.of("/one"));
    private final Map<String, String> pages = new ConcurrentHashMap<>(Map.of(
            "/one", page("Aid convoy reaches Goma", "A United Nations aid convoy reached Goma on Tuesday, officials said."),
            "/two", page("Rebels attack Goma", "M23 rebels attacked the city of Goma in eastern Congo on Wednesday, "
                    + "killing three civilians, the army said.")));
    private final Map<String, Integer> hitCounts = new ConcurrentHashMap<>();
    private SharedStore store;
    private WebServer server;

    @BeforeEach
    void start() throws Exception {
        site = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        site.createContext("/", x -> {
            String path = x.getRequestURI().getPath();
            hitCounts.merge(path, 1, Integer::sum);
            String body = path.equals("/rss.xml") ? rss() : pages.get(path);
            byte[] b = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            x.getResponseHeaders().set("Content-Type", path.equals("/rss.xml") ? "application/rss+xml" : "text/html");
            x.sendResponseHeaders(body == null ? 404 : 200, b.length == 0 ? -1 : b.length);
            if (b.length > 0) {
                try (OutputStream o = x.getResponseBody()) {
                    o.write(b);
                }
            }
            x.close();
        });
        site.start();
        Path db = dir.resolve("live.db");
        Store.open(db).close();
        store = SharedStore.open(db);
        server = WebServer.start(store, TestServer::pipeline, "127.0.0.1", 0, ServerOptions.defaults());
    }

    @AfterEach
    void stop() {
        server.close();
        store.close();
        site.stop(0);
    }

    @Test
    void aNewArticlesEventsReachTheLiveStreamAndTheApi() throws Exception {
        String base = "http://127.0.0.1:" + server.port();
        JsonNode before = get(base + "/api/sources");
        assertEquals(false, before.get("watching").asBoolean());

        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        HttpClient client = HttpClient.newHttpClient();
        List<String> types = new CopyOnWriteArrayList<>();
        client.sendAsync(HttpRequest.newBuilder(URI.create(base + "/api/live")).header("Accept", "text/event-stream")
                .build(), HttpResponse.BodyHandlers.ofLines()).thenAccept(r -> { // as a browser's EventSource asks
                    types.add(r.headers().firstValue("Content-Type").orElse(""));
                    r.body().forEach(lines::add);
                });
        JsonNode hello = event(lines, "sources", Duration.ofSeconds(10));
        assertTrue(hello.get("sources").isEmpty(), "nothing polled yet");
        assertTrue(types.get(0).startsWith("text/event-stream"), types.toString());

        server.watch(List.of(new Source(site() + "/rss.xml", Duration.ofSeconds(1), "test")),
                FetchOptions.DEFAULT.withHostDelay(Duration.ZERO).withTimeout(Duration.ofSeconds(5)));
        JsonNode first = event(lines, "article", Duration.ofSeconds(180)); // the pipeline loads first
        assertEquals("Aid convoy reaches Goma", first.at("/article/title").asText());

        published.add("/two"); // published while the page follows the stream
        JsonNode second = event(lines, "article", Duration.ofSeconds(60));
        assertEquals("Rebels attack Goma", second.at("/article/title").asText());
        assertEquals(site() + "/two", second.at("/article/url").asText());
        JsonNode assault = null;
        for (JsonNode e : second.get("events")) {
            if (e.get("type").asText().equals("ASSAULT")) {
                assault = e;
            }
        }
        assertNotNull(assault, "the attack's event on the stream: " + second.get("events"));
        assertEquals("Goma", assault.at("/place/name").asText());

        JsonNode stored = get(base + "/api/events/" + assault.get("id").asText().replace("#", "%23"));
        assertEquals(second.at("/article/id").asText(), stored.at("/articles/0/id").asText(),
                "the event the stream announced is the API's, with its article");

        JsonNode health = get(base + "/api/sources");
        assertTrue(health.get("watching").asBoolean());
        JsonNode src = health.get("sources").get(0);
        assertEquals(site() + "/rss.xml", src.get("url").asText());
        assertEquals("ok", src.get("status").asText());
        assertEquals(2, src.get("stored").asInt());
        assertEquals(2, src.get("entries").asInt());
        assertTrue(src.get("lastPoll").asText().endsWith("Z"), src.toString());
        JsonNode poll = event(lines, "sources", Duration.ofSeconds(10));
        assertEquals(site() + "/rss.xml", poll.at("/poll/source").asText());
        assertEquals(2, poll.at("/sources/0/stored").asInt());
        assertEquals(1, hits("/two"), "the second article fetched once although the feed is polled every second");
        JsonNode paths = get(base + "/openapi.json").get("paths");
        assertTrue(paths.has("/api/sources") && paths.has("/api/live"), "described in /openapi.json");
    }

    @Test
    void thePageShowsEachSourcesHealthAndANewArticleAsItArrives() throws Exception {
        assumeTrue(BrowserTest.browserInstalled(), "the browser part needs chromium and chromium-driver");
        String base = "http://127.0.0.1:" + server.port();
        server.watch(List.of(new Source(site() + "/rss.xml", Duration.ofSeconds(1), "test")),
                FetchOptions.DEFAULT.withHostDelay(Duration.ZERO).withTimeout(Duration.ofSeconds(5)));
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos(); // the pipeline loads first
        while (get(base + "/api/sources").at("/sources/0/stored").asInt() < 1 && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        Path profile = Files.createTempDirectory("faultline-chromium-live");
        ChromeDriver driver = BrowserTest.chrome(profile);
        try {
            driver.get(base + "/");
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
            // text read in one script: the panel is redrawn after every poll, so elements go stale
            wait.until(d -> text(d, "#live-sources tbody").contains(site() + "/rss.xml\tok\t"));
            // the stream's state stays put while each poll's summary replaces the last one beside it
            wait.until(d -> text(d, "#live-status").equals("following"));
            wait.until(d -> text(d, "#live-poll").contains(site() + "/rss.xml ok"));
            assertEquals("following", text(driver, "#live-status"), "a poll does not overwrite the stream's state");

            published.add("/two"); // published while the page is open
            String item = wait.until(d -> {
                String t = text(d, "#live-articles li.live-article");
                return t.contains("Rebels attack Goma") ? t : null;
            });
            assertTrue(item.contains("ASSAULT by March 23 Movement against civilians at Goma"), item);
            wait.until(d -> text(d, "#events tbody").contains("ASSAULT"));
            ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("document.getElementById('live-panel').scrollIntoView()");
            Files.createDirectories(BrowserTest.SHOTS);
            Files.copy(driver.getScreenshotAs(org.openqa.selenium.OutputType.FILE).toPath(),
                    BrowserTest.SHOTS.resolve("live-sources.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            List<String> violations = driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll()
                    .stream().map(org.openqa.selenium.logging.LogEntry::getMessage)
                    .filter(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy")).toList();
            assertEquals(List.of(), violations);
        } finally {
            driver.quit();
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** The text of the first element {@code css} selects, empty when none. */
    private static String text(org.openqa.selenium.WebDriver d, String css) {
        Object t = ((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                "const e = document.querySelector(arguments[0]); return e ? e.innerText : '';", css);
        return t == null ? "" : t.toString();
    }

    private int hits(String path) {
        return hitCounts.getOrDefault(path, 0);
    }

    /** The data of the next event of this name on the stream (earlier events of other names are passed over). */
    private static JsonNode event(BlockingQueue<String> lines, String name, Duration within) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        String current = null;
        while (true) {
            String line = lines.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (line == null) {
                throw new AssertionError("no '" + name + "' event within " + within);
            }
            if (line.startsWith("event:")) {
                current = line.substring(6).strip();
            } else if (line.startsWith("data:") && name.equals(current)) {
                return JSON.readTree(line.substring(5).strip());
            }
        }
    }

    private static JsonNode get(String url) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }

    private String site() {
        return "http://127.0.0.1:" + site.getAddress().getPort();
    }

    private String rss() {
        return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Site</title><link>" + site() + "/</link>"
                + "<description>d</description>" + published.stream().map(p -> "<item><link>" + site() + p
                + "</link></item>").collect(Collectors.joining()) + "</channel></rss>";
    }

    private static String page(String title, String text) {
        return "<html><head><title>" + title + "</title><meta property=\"article:published_time\" "
                + "content=\"2026-12-02T09:00:00Z\"></head><body><article><h1>" + title + "</h1><p>" + text
                + "</p></article></body></html>";
    }
}
