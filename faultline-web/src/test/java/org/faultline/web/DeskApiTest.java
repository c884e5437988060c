package org.faultline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.faultline.analysis.Analysis;
import org.faultline.ingest.Article;
import org.faultline.store.ControlFixtures;
import org.faultline.store.Store;
import org.junit.jupiter.api.Test;

/**
 * The API's hygiene on the control fixtures (no analysis): ids with "/" and "#" by path and by query, strict
 * numbers, the Host check against DNS rebinding, same-origin writes, places by any spelling; and the analysis
 * queue's fairness between clients with a stand-in analyzer whose time grows with the text.
 */
class DeskApiTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static HttpResponse<String> get(TestServer s, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(s.base + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertError(HttpResponse<String> r, int status) throws Exception {
        assertEquals(status, r.statusCode(), r.body());
        String error = JSON.readTree(r.body()).path("error").asText();
        assertFalse(error.isEmpty(), r.body());
        assertFalse(error.matches(".*\\b(java|org|io)\\.[a-z]+\\..*"), "no Java class names: " + error);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** A request written by hand (HttpClient will not set Host); the status code of the answer. */
    private static int raw(TestServer s, String request) throws Exception {
        int port = URI.create(s.base).getPort();
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(request.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            String status = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8)).readLine();
            return Integer.parseInt(status.split(" ")[1]);
        }
    }

    @Test
    void idsWithSlashesAndHashesByPathOrQuery() throws Exception {
        TestServer s = TestServer.control();
        // an actor id with "/": the rest of the path, or a query parameter
        for (String path : List.of("/api/actors/IRQ/GOV", "/api/actor?id=" + enc("IRQ/GOV"))) {
            HttpResponse<String> r = get(s, path);
            assertEquals(200, r.statusCode(), path + ": " + r.body());
            assertEquals("IRQ/GOV", JSON.readTree(r.body()).path("id").asText());
        }
        // an event id with "#" (sent as %23)
        String id = JSON.readTree(get(s, "/api/events?limit=1").body()).path("events").get(0).path("id").asText();
        assertTrue(id.contains("#"), id);
        for (String path : List.of("/api/events/" + id.replace("#", "%23"), "/api/event?id=" + enc(id))) {
            HttpResponse<String> r = get(s, path);
            assertEquals(200, r.statusCode(), path + ": " + r.body());
            assertEquals(id, JSON.readTree(r.body()).path("event").path("id").asText());
        }
        String article = id.substring(0, id.indexOf('#'));
        assertEquals(200, get(s, "/api/article?id=" + enc(article)).statusCode());
        assertError(get(s, "/api/actors/IRQ/NOBODY"), 404);
        assertError(get(s, "/api/actor"), 400);
    }

    @Test
    void numbersAreStrict() throws Exception {
        TestServer s = TestServer.control();
        for (String bad : List.of("near=NaN,NaN", "near=Infinity,0", "near=36.3,NaN", "near=0x1p3,43", "near=1e999,0",
                "near=91,0", "near=36.3", "near=36.3,43.1&radius=NaN", "near=36.3,43.1&radius=-5", "radius=1e999",
                "limit=1e2", "from=notadate")) {
            assertError(get(s, "/api/events?" + bad), 400);
        }
        assertEquals(200, get(s, "/api/events?near=33.35,43.78&radius=25").statusCode());
        assertEquals(200, get(s, "/api/events/points?near=-33.9,+18.4").statusCode());
    }

    @Test
    void placesByAnySpellingInTheFilterAndTheTypeahead() throws Exception {
        TestServer s = TestServer.control();
        long stored = JSON.readTree(get(s, "/api/events?place=" + enc("Al Fallūjah")).body()).path("total").asLong();
        assertTrue(stored > 0);
        for (String spelling : List.of("Fallujah", "Falluja", "al-Fallujah", "Feluja", "gn:99454", "Anbar")) {
            assertEquals(stored, JSON.readTree(get(s, "/api/events?place=" + enc(spelling)).body()).path("total").asLong(), spelling);
        }
        JsonNode first = JSON.readTree(get(s, "/api/places?q=falluj").body()).path("places").get(0);
        assertEquals("Al Fallūjah", first.path("name").asText());
        assertEquals("Anbar", first.path("admin1").asText());
        assertEquals("IRQ", first.path("country").asText());
        assertEquals("place", first.path("kind").asText());
        JsonNode divisions = JSON.readTree(get(s, "/api/divisions").body()).path("divisions");
        assertEquals("Anbar", divisions.get(0).path("admin1").asText());
        assertEquals(stored, divisions.get(0).path("events").asLong());
    }

    @Test
    void otherHostNamesAreRefused() throws Exception {
        TestServer s = TestServer.control();
        String get = "GET /api/stats HTTP/1.1\nHost: %s\nConnection: close\n\n";
        assertEquals(403, raw(s, get.formatted("rebind.attacker.example")));
        assertEquals(403, raw(s, get.formatted("rebind.attacker.example:" + URI.create(s.base).getPort())));
        assertEquals(403, raw(s, "GET / HTTP/1.1\nHost: attacker.example\nConnection: close\n\n"), "the page too");
        assertEquals(200, raw(s, get.formatted("127.0.0.1:" + URI.create(s.base).getPort())));
        assertEquals(200, raw(s, get.formatted("localhost")));
        assertEquals(200, raw(s, get.formatted("[::1]:8080")));
    }

    @Test
    void crossOriginWritesAreRefused() throws Exception {
        TestServer s = TestServer.control();
        String body = "{\"text\": \"\"}";
        // a form or fetch from another site's page: text/plain needs no preflight, so the server must refuse it
        HttpResponse<String> cross = HTTP.send(HttpRequest.newBuilder(URI.create(s.base + "/api/analyze"))
                .header("Content-Type", "text/plain").header("Origin", "http://attacker.example")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertError(cross, 403);
        HttpResponse<String> site = HTTP.send(HttpRequest.newBuilder(URI.create(s.base + "/api/analyze"))
                .header("Content-Type", "text/plain").header("Sec-Fetch-Site", "cross-site")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertError(site, 403);
        assertError(HTTP.send(HttpRequest.newBuilder(URI.create(s.base + "/api/articles")).header("Origin", "null")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString()), 403);
        // the server's own page (same origin) reaches the handler, which finds the empty text
        HttpResponse<String> own = HTTP.send(HttpRequest.newBuilder(URI.create(s.base + "/api/analyze"))
                .header("Content-Type", "application/json").header("Origin", s.base).header("Sec-Fetch-Site", "same-origin")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertError(own, 400);
    }

    @Test
    void aSmallPasteIsNotStuckBehindAnotherClientsLargeOnes() throws Exception {
        // one worker; the stand-in analysis takes 1 ms per 10 characters
        List<String> finished = Collections.synchronizedList(new ArrayList<>());
        Store store = ControlFixtures.store(Files.createTempDirectory("faultline-fair").resolve("fair.db"));
        WebServer server = WebServer.start(store, () -> article -> {
            try {
                Thread.sleep(article.text().length() / 10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            finished.add(article.title());
            return new Analysis(article, List.of(), List.of(), List.of(), List.of(), List.of());
        }, "127.0.0.1", 0, ServerOptions.defaults().withAnalysis(1, 8, Duration.ofSeconds(30)));
        try {
            String base = "http://127.0.0.1:" + server.port();
            String large = "x".repeat(8000); // 800 ms each
            List<CompletableFuture<HttpResponse<String>>> replies = new ArrayList<>();
            for (int i = 1; i <= 3; i++) {
                replies.add(analyse(base, "client-a", "large-" + i, large));
                Thread.sleep(100); // queued in this order
            }
            replies.add(analyse(base, "client-b", "small", "A short paste."));
            for (CompletableFuture<HttpResponse<String>> r : replies) {
                assertEquals(200, r.get(30, TimeUnit.SECONDS).statusCode());
            }
            // first come first served would give large-1, large-2, large-3, small
            assertEquals(List.of("large-1", "small", "large-2", "large-3"), finished);
        } finally {
            server.close();
            store.close();
        }
    }

    private static CompletableFuture<HttpResponse<String>> analyse(String base, String client, String title, String text) {
        String body = "{\"title\": \"" + title + "\", \"text\": \"" + text + "\"}";
        return HTTP.sendAsync(HttpRequest.newBuilder(URI.create(base + "/api/analyze")).header("Content-Type", "application/json")
                .header(AnalysisGate.CLIENT_HEADER, client).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
