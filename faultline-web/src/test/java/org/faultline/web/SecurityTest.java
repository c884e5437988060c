package org.faultline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.faultline.analysis.Analyzer;
import org.faultline.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Server hardening, against servers with a fake analyzer (no CoreNLP): the token on write endpoints,
 * body limits, the analysis gate (429) and time limit (503), idle connections, path traversal, security
 * headers, no CORS, no stack traces, and SQL metacharacters in parameters.
 */
class SecurityTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String ANALYZE = "{\"text\": \"Rebels attacked the town of Marib on Monday.\"}";

    @TempDir
    Path dir;
    private final List<AutoCloseable> open = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close();
        }
    }

    private String start(Analyzer analyzer, ServerOptions options) {
        Store store = Store.open(dir.resolve("s" + open.size() + ".db"));
        open.add(store);
        WebServer server = WebServer.start(store, () -> analyzer, "127.0.0.1", 0, options);
        open.add(server);
        return "http://127.0.0.1:" + server.port();
    }

    record Reply(int status, String body, HttpResponse<String> raw) {
        JsonNode json() throws IOException {
            return JSON.readTree(body);
        }
    }

    private static Reply send(HttpRequest.Builder req) throws IOException, InterruptedException {
        HttpResponse<String> r = HTTP.send(req.build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(r.statusCode(), r.body(), r);
    }

    private static Reply post(String url, String body, String token) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return send(b);
    }

    private static Reply get(String url) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    private static void assertNoStackTrace(String body) {
        assertFalse(body.contains("\tat ") || body.contains("at org.") || body.contains("at io.javalin")
                || body.contains("at org.eclipse"), "no stack trace in: " + body);
    }

    @Test
    void withoutATokenWritingIsRefusedAndReadingWorks() throws Exception {
        String base = start(LoadTest.standIn(0), ServerOptions.defaults());
        Reply articles = post(base + "/api/articles", "{\"id\": \"a\", \"text\": \"x\"}\n", null);
        assertEquals(403, articles.status());
        assertTrue(articles.json().path("error").asText().contains("--token"), articles.body());
        assertTrue(articles.json().path("error").asText().contains(ServerOptions.TOKEN_ENV));
        assertEquals(403, post(base + "/api/analyze?store=true", ANALYZE, "anything").status());
        assertEquals(200, post(base + "/api/analyze", ANALYZE, null).status(), "analysing without storing is open");
        assertEquals(200, get(base + "/api/events").status());
    }

    @Test
    void writeEndpointsNeedTheRightBearerToken() throws Exception {
        String base = start(LoadTest.standIn(0), ServerOptions.defaults().withToken("s3cret"));
        Reply missing = post(base + "/api/analyze?store=true", ANALYZE, null);
        assertEquals(401, missing.status());
        assertEquals("Bearer", missing.raw().headers().firstValue("WWW-Authenticate").orElse(""));
        assertEquals(401, post(base + "/api/analyze?store=true", ANALYZE, "s3cre").status());
        assertEquals(401, post(base + "/api/articles", "{\"id\": \"a\", \"text\": \"x\"}\n", "S3CRET").status());
        assertFalse(missing.body().contains("s3cret"), "the token is never echoed");
        Reply ok = post(base + "/api/analyze?store=true", ANALYZE, "s3cret");
        assertEquals(200, ok.status(), ok.body());
        assertFalse(ok.json().path("stored").asText().isEmpty(), ok.body());
        Reply ingest = post(base + "/api/articles", "{\"id\": \"b\", \"text\": \"Police arrested ten people.\"}\n", "s3cret");
        assertEquals(200, ingest.status(), ingest.body());
    }

    @Test
    void oversizedBodiesAreAnswered413() throws Exception {
        ServerOptions small = new ServerOptions("t", 2, 8, Duration.ofSeconds(10), Duration.ofSeconds(30), 10_000);
        String base = start(LoadTest.standIn(0), small);
        Reply big = post(base + "/api/articles", "{\"id\": \"a\", \"text\": \"" + "x".repeat(20_000) + "\"}\n", "t");
        assertEquals(413, big.status(), big.body());
        assertNoStackTrace(big.body());
        Reply text = post(base + "/api/analyze", "{\"text\": \"" + "y".repeat(12_000) + "\"}", null);
        assertEquals(413, text.status(), text.body());
    }

    @Test
    void overloadIsAnswered429AndNeverWithA5xx() throws Exception {
        String base = start(LoadTest.standIn(1500), ServerOptions.defaults().withAnalysis(1, 1, Duration.ofSeconds(20)));
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            List<Future<Reply>> replies = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String body = ANALYZE.replace("Monday", "day " + i);
                replies.add(clients.submit(() -> post(base + "/api/analyze", body, null)));
            }
            int ok = 0;
            int refused = 0;
            for (Future<Reply> f : replies) {
                Reply r = f.get();
                if (r.status() == 200) {
                    ok++;
                } else {
                    assertEquals(429, r.status(), r.body());
                    assertTrue(r.json().path("error").asText().contains("retry later"));
                    refused++;
                }
            }
            assertTrue(ok >= 1 && ok <= 2 + 1, "one running and one waiting get through: " + ok);
            assertTrue(refused >= 5, "the rest are refused at once: " + refused);
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    void slowAnalysisIsCutOffWith503() throws Exception {
        String base = start(LoadTest.standIn(10_000), ServerOptions.defaults().withAnalysis(1, 1, Duration.ofMillis(500)));
        long start = System.nanoTime();
        Reply r = post(base + "/api/analyze", ANALYZE, null);
        assertTrue((System.nanoTime() - start) / 1_000_000 < 5000, "answered within the limit, not after the analysis");
        assertEquals(503, r.status(), r.body());
        assertTrue(r.json().path("error").asText().contains("analysis exceeded"), r.body());
    }

    @Test
    void idleConnectionsAreClosed() throws Exception {
        ServerOptions quick = new ServerOptions(null, 2, 8, Duration.ofSeconds(10), Duration.ofMillis(800), 1 << 20);
        String base = start(LoadTest.standIn(0), quick);
        int port = URI.create(base).getPort();
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write("POST /api/analyze HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\n{\"te".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            long start = System.nanoTime();
            InputStream in = s.getInputStream();
            while (in.read() >= 0) {
                // drain whatever error response comes before the close
            }
            long ms = (System.nanoTime() - start) / 1_000_000;
            assertTrue(ms < 8000, "stalled request dropped after " + ms + " ms");
        }
    }

    /** Raw request over a socket, so no client library normalises the path first. */
    private static String raw(String base, String path) throws IOException {
        int port = URI.create(base).getPort();
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(10_000);
            s.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            return new String(s.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    @Test
    void staticFilesCannotEscapeTheWebDirectory() throws Exception {
        String base = start(LoadTest.standIn(0), ServerOptions.defaults());
        assertTrue(raw(base, "/js/core.js").startsWith("HTTP/1.1 200"));
        for (String path : List.of("/../../etc/passwd", "/../../../../../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd",
                "/..%2f..%2f..%2fetc%2fpasswd", "/%2e%2e%2f%2e%2e%2fetc%2fpasswd", "/vendor/../../../etc/passwd",
                "/vendor/..%2f..%2f..%2fetc/passwd", "/..%5c..%5cetc%5cpasswd", "/%252e%252e/%252e%252e/etc/passwd",
                "/..;/..;/etc/passwd", "/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd", "/web/../../org/faultline/web/Api.class",
                "/../org/faultline/web/Api.class", "/org/faultline/web/Api.class", "/simplelogger.properties",
                "/web-api/../simplelogger.properties", "/META-INF/MANIFEST.MF")) {
            String response = raw(base, path);
            String status = response.substring(0, response.indexOf("\r\n"));
            assertTrue(status.startsWith("HTTP/1.1 400") || status.startsWith("HTTP/1.1 404"), path + " -> " + status);
            assertFalse(response.contains("root:") || response.contains("Exception"), path + " -> " + response);
            assertNoStackTrace(response);
        }
    }

    @Test
    void pagesAndApiCarrySecurityHeadersAndNoCors() throws Exception {
        String base = start(LoadTest.standIn(0), ServerOptions.defaults());
        for (String path : List.of("/", "/index.html", "/js/core.js", "/api/events", "/api/nothing-here")) {
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Origin", "http://evil.example").GET()).raw();
            String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("default-src 'self'") && csp.contains("frame-ancestors 'none'"), path + ": " + csp);
            assertFalse(csp.contains("unsafe-inline") || csp.contains("unsafe-eval"), csp);
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), path);
            assertEquals("DENY", r.headers().firstValue("X-Frame-Options").orElse(""), path);
            assertEquals("no-referrer", r.headers().firstValue("Referrer-Policy").orElse(""), path);
            assertTrue(r.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), "no CORS on " + path);
            assertTrue(r.headers().firstValue("Server").map(v -> !v.contains("Jetty(")).orElse(true), "no server version");
        }
        HttpResponse<String> preflight = send(HttpRequest.newBuilder(URI.create(base + "/api/analyze"))
                .header("Origin", "http://evil.example").header("Access-Control-Request-Method", "POST")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())).raw();
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
        String page = get(base + "/").body();
        assertFalse(page.contains("style=\"") || page.matches("(?s).*<script>.*"), "no inline style or script for the CSP");
    }

    @Test
    void errorsCarryNoStackTraces() throws Exception {
        String base = start(a -> {
            throw new IllegalStateException("secret internal detail at org.faultline.Secret");
        }, ServerOptions.defaults());
        Reply failed = post(base + "/api/analyze", ANALYZE, null);
        assertEquals(500, failed.status());
        assertFalse(failed.body().contains("secret internal detail"), failed.body());
        assertNoStackTrace(failed.body());
        for (String path : List.of("/api/events?limit=abc", "/api/events?from=not-a-date", "/api/events/%00",
                "/api/actors/" + "x".repeat(5000), "/api/network?from=2020-01-01&to=2019-01-01")) {
            Reply r = get(base + path);
            assertTrue(r.status() >= 400 && r.status() < 500 || r.status() == 200, path + " -> " + r.status());
            assertNoStackTrace(r.body());
        }
        String bad = raw(base, "/api/events?x=%zz");
        assertNoStackTrace(bad);
    }

    @Test
    void sqlMetacharactersInParametersAreJustData() throws Exception {
        String base = start(LoadTest.standIn(0), ServerOptions.defaults().withToken("t"));
        assertEquals(200, post(base + "/api/articles", "{\"id\": \"x'; DROP TABLE events; --\", \"text\": \"Police arrested ten people.\"}\n", "t").status());
        for (String q : List.of("' OR 1=1 --", "'; DROP TABLE events; --", "\" OR \"\"=\"", "%' UNION SELECT * FROM articles --",
                "\\'; SELECT 1; --")) {
            String e = URLEncoder.encode(q, StandardCharsets.UTF_8);
            for (String path : List.of("/api/events?actor=" + e, "/api/events?place=" + e, "/api/events?type=" + e,
                    "/api/actors?q=" + e, "/api/places?q=" + e, "/api/actors/" + e.replace("+", "%20"),
                    "/api/articles/" + e.replace("+", "%20"), "/api/events?country=" + e, "/api/stats?actor=" + e)) {
                Reply r = get(base + path);
                assertTrue(r.status() == 200 || r.status() == 400 || r.status() == 404, path + " -> " + r.status() + " " + r.body());
                assertNoStackTrace(r.body());
                if (r.status() == 200 && path.startsWith("/api/events?")) {
                    assertEquals(0, r.json().path("total").asInt(), "an injected condition matches nothing: " + path);
                }
            }
        }
        Reply articles = get(base + "/api/articles");
        assertEquals(1, articles.json().path("total").asInt(), "the stored article is still there: " + articles.body());
    }
}
