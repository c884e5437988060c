package org.faultline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every API endpoint over plain HTTP against the test server (seed article stored), bad requests included. */
class ApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static TestServer server;

    record Reply(int status, JsonNode json, String contentType) {
    }

    @BeforeAll
    static void start() {
        server = TestServer.get();
    }

    static Reply get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(server.base + path)).GET().build());
    }

    static Reply post(String path, String body, String type) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(server.base + path)).header("Content-Type", type)
                .header("Authorization", "Bearer " + TestServer.TOKEN).POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private static Reply send(HttpRequest req) throws IOException, InterruptedException {
        HttpResponse<String> r = HTTP.send(req, HttpResponse.BodyHandlers.ofString());
        String type = r.headers().firstValue("Content-Type").orElse("");
        JsonNode json = type.startsWith("application/json") ? JSON.readTree(r.body()) : null;
        return new Reply(r.statusCode(), json, type);
    }

    private static void assertError(Reply r, int status) {
        assertEquals(status, r.status(), String.valueOf(r.json()));
        assertTrue(r.json() != null && r.json().path("error").isTextual() && !r.json().path("error").asText().isEmpty(),
                "JSON error body: " + r.json());
        assertFalse(r.json().toString().contains("\tat "), "no stack trace: " + r.json());
    }

    /** Lower case without diacritics: "Al Fallūjah" is "al fallujah". */
    static String plain(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(java.util.Locale.ROOT);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void openapiDescribesEveryPath() throws Exception {
        Reply r = get("/openapi.json");
        assertEquals(200, r.status());
        assertEquals("3.0.3", r.json().path("openapi").asText());
        for (String p : List.of("/api/events", "/api/events/points", "/api/events/{id}", "/api/actors",
                "/api/actors/{id}", "/api/places", "/api/network", "/api/stats", "/api/articles",
                "/api/articles/{id}", "/api/analyze")) {
            assertTrue(r.json().path("paths").has(p), p);
        }
    }

    @Test
    void eventsArePagedSortedAndFiltered() throws Exception {
        Reply all = get("/api/events?limit=1000");
        assertEquals(200, all.status());
        long total = all.json().path("total").asLong();
        assertTrue(total >= 3, "seed events: " + total);
        assertEquals(total, all.json().path("events").size());
        Reply page = get("/api/events?limit=2&offset=1&sort=type&order=desc");
        assertEquals(2, page.json().path("events").size());
        assertEquals(total, page.json().path("total").asLong());
        String t0 = page.json().path("events").get(0).path("type").asText();
        String t1 = page.json().path("events").get(1).path("type").asText();
        assertTrue(t0.compareTo(t1) >= 0, t0 + " then " + t1);
        // GeoNames spells it "Al Fallūjah"
        Reply fallujah = get("/api/events?place=" + enc("Al Fallūjah"));
        assertTrue(fallujah.json().path("total").asLong() >= 1);
        fallujah.json().path("events").forEach(e -> assertEquals("fallujah", plain(e.path("place").path("name").asText())
                .replace("al ", "")));
        Reply none = get("/api/events?from=1990-01-01&to=1990-12-31");
        assertEquals(0, none.json().path("total").asLong());
        JsonNode f = fallujah.json().path("events").get(0).path("place");
        Reply near = get("/api/events?near=" + enc(f.path("lat").asDouble() + "," + f.path("lon").asDouble()) + "&radius=5");
        assertEquals(200, near.status());
        assertTrue(near.json().path("total").asLong() >= fallujah.json().path("total").asLong(), "events near Fallujah");
    }

    @Test
    void eventsRefuseBadParameters() throws Exception {
        assertError(get("/api/events?from=yesterday"), 400);
        assertError(get("/api/events?limit=0"), 400);
        assertError(get("/api/events?limit=abc"), 400);
        assertError(get("/api/events?offset=-1"), 400);
        assertError(get("/api/events?sort=colour"), 400);
        assertError(get("/api/events?order=up"), 400);
        assertError(get("/api/events?near=1"), 400);
        assertError(get("/api/events?radius=-5&near=1,2"), 400);
        assertError(get("/api/events?from=2016-02-01&to=2016-01-01"), 400);
        assertError(get("/api/events?min_mentions=many"), 400);
        assertError(get("/api/events/points?to=2016-13-45"), 400);
        assertError(get("/api/stats?top=0"), 400);
    }

    @Test
    void pointsCarryPlacesForTheMap() throws Exception {
        Reply r = get("/api/events/points");
        assertEquals(200, r.status());
        List<String> places = new ArrayList<>();
        r.json().path("points").forEach(p -> places.add(plain(p.path("place").asText())));
        assertTrue(places.contains("al fallujah"), places.toString());
        assertTrue(places.contains("sirte"), places.toString());
    }

    @Test
    void oneEventHasEvidenceAndArticles() throws Exception {
        String id = get("/api/events?limit=1").json().path("events").get(0).path("id").asText();
        Reply r = get("/api/events/" + enc(id));
        assertEquals(200, r.status());
        assertEquals(id, r.json().path("event").path("id").asText());
        assertFalse(r.json().path("event").path("evidence").get(0).path("sentence").asText().isEmpty());
        assertEquals("seed-isis-2016", r.json().path("articles").get(0).path("id").asText());
        assertEquals(id, r.json().path("event").path("members").get(0).path("eventId").asText());
        assertEquals("seed-isis-2016", r.json().path("event").path("members").get(0).path("articleId").asText());
        assertTrue(r.json().path("event").path("countRanges").isObject(), r.json().toString());
        // the OpenAPI file describes every field an event carries
        JsonNode described = get("/openapi.json").json().path("components").path("schemas").path("Event").path("properties");
        r.json().path("event").fieldNames().forEachRemaining(f -> assertTrue(described.has(f), "undescribed field " + f));
        assertError(get("/api/events/no-such-event"), 404);
    }

    @Test
    void anEventsRolesSayHowTheyGotTheirActorsAndPointAtTheirMention() throws Exception {
        List<String> words = java.util.Arrays.stream(org.faultline.analysis.RoleBasis.values())
                .map(org.faultline.analysis.RoleBasis::word).toList();
        List<String> described = new ArrayList<>();
        get("/openapi.json").json().path("paths").path("/api/event").path("get").path("responses").path("200")
                .path("content").path("application/json").path("schema").path("properties").path("roles").path("items")
                .path("properties").path("basis").path("enum").forEach(w -> described.add(w.asText()));
        assertEquals(words, described, "the API describes the bases Faultline writes");
        int roles = 0;
        for (JsonNode listed : get("/api/events?limit=200").json().path("events")) {
            JsonNode r = get("/api/event?id=" + enc(listed.path("id").asText())).json();
            for (String role : List.of("source", "target")) {
                for (JsonNode actor : r.path("event").path(role + "s")) {
                    java.util.Set<String> bases = new java.util.TreeSet<>();
                    r.path("roles").forEach(x -> {
                        if (x.path("role").asText().equals(role) && x.path("actorId").asText().equals(actor.path("id").asText())) {
                            bases.add(x.path("basis").asText());
                        }
                    });
                    List<String> listedBases = new ArrayList<>();
                    actor.path("bases").forEach(b -> listedBases.add(b.asText()));
                    assertEquals(bases, new java.util.TreeSet<>(listedBases), "the actor's bases are its roles' bases");
                }
            }
            for (JsonNode x : r.path("roles")) {
                assertTrue(words.contains(x.path("basis").asText()), x.toString());
                assertTrue(!x.path("basis").asText().equals("unrecorded"), "a fresh store records every basis: " + x);
                String text = get("/api/article?id=" + enc(x.path("articleId").asText())).json().path("text").asText();
                int[] cps = text.codePoints().toArray();
                assertEquals(x.path("text").asText(), new String(cps, x.path("start").asInt(),
                        x.path("end").asInt() - x.path("start").asInt()), "the role points at its mention: " + x);
                roles++;
            }
        }
        assertTrue(roles > 0, "the seed's events have roles");
    }

    @Test
    void actorsSearchAndDossier() throws Exception {
        Reply r = get("/api/actors?q=peshmerga");
        assertEquals(200, r.status());
        assertTrue(r.json().path("actors").size() >= 1, r.json().toString());
        String usId = usSupportsPeshmerga(get("/api/network").json())[0];
        Reply d = get("/api/actors/" + enc(usId));
        assertEquals(200, d.status());
        assertEquals(usId, d.json().path("id").asText());
        boolean supports = false;
        for (JsonNode rel : d.json().path("relations")) {
            supports |= rel.path("relation").asText().equals("SUPPORTS") && rel.path("direction").asText().equals("out")
                    && rel.path("otherName").asText().toLowerCase().contains("peshmerga");
        }
        assertTrue(supports, "US SUPPORTS Peshmerga in " + d.json().path("relations"));
        assertTrue(d.json().path("aliases").isArray());
        assertError(get("/api/actors/NOBODY-42"), 404);
        assertError(get("/api/actors?limit=100000"), 400);
        assertEquals(0, get("/api/actors?q=" + enc("'; DROP TABLE actors; --")).json().path("actors").size());
        assertEquals(200, get("/api/actors").status());
    }

    @Test
    void placesListed() throws Exception {
        Reply r = get("/api/places?q=sirte");
        assertEquals(200, r.status());
        assertEquals("Sirte", r.json().path("places").get(0).path("name").asText());
        assertEquals(200, get("/api/places").status());
        assertError(get("/api/places?limit=x"), 400);
    }

    @Test
    void networkHasTheSupportEdgeAndHonoursDates() throws Exception {
        Reply r = get("/api/network");
        assertEquals(200, r.status());
        assertTrue(hasUsSupportsPeshmerga(r.json()), r.json().toString());
        Reply period = get("/api/network?from=2016-06-01&to=2016-06-30");
        assertTrue(hasUsSupportsPeshmerga(period.json()), period.json().toString());
        assertEquals(0, get("/api/network?from=2000-01-01&to=2000-01-02").json().path("edges").size());
        assertError(get("/api/network?from=2016-07-01&to=2016-06-01"), 400);
        assertError(get("/api/network?from=June"), 400);
    }

    static boolean hasUsSupportsPeshmerga(JsonNode graph) {
        return usSupportsPeshmerga(graph) != null;
    }

    /** The ids of the SUPPORTS edge from the United States to the Peshmerga, or null. */
    static String[] usSupportsPeshmerga(JsonNode graph) {
        java.util.Map<String, String> names = new java.util.HashMap<>();
        graph.path("nodes").forEach(n -> names.put(n.path("id").asText(), n.path("name").asText().toLowerCase()));
        for (JsonNode e : graph.path("edges")) {
            if (e.path("relation").asText().equals("SUPPORTS")
                    && names.getOrDefault(e.path("source").asText(), "").contains("united states")
                    && names.getOrDefault(e.path("target").asText(), "").contains("peshmerga")) {
                return new String[] {e.path("source").asText(), e.path("target").asText()};
            }
        }
        return null;
    }

    @Test
    void statsTables() throws Exception {
        Reply r = get("/api/stats?top=5");
        assertEquals(200, r.status());
        assertEquals(3, r.json().path("tables").size());
        assertEquals(List.of("week", "type", "events").toString(),
                r.json().path("tables").get(0).path("columns").toString().replace("\"", "").replace(",", ", "));
    }

    @Test
    void articlesListAndTextWithSpans() throws Exception {
        Reply list = get("/api/articles");
        assertEquals(200, list.status());
        assertTrue(list.json().path("total").asLong() >= 1);
        Reply a = get("/api/articles/seed-isis-2016");
        assertEquals(200, a.status());
        String text = a.json().path("text").asText();
        int cps = text.codePointCount(0, text.length());
        java.util.Set<String> kinds = new java.util.HashSet<>();
        for (JsonNode s : a.json().path("spans")) {
            kinds.add(s.path("kind").asText());
            assertTrue(s.path("start").asInt() <= s.path("end").asInt() && s.path("end").asInt() <= cps, s.toString());
        }
        assertEquals(java.util.Set.of("actor", "place", "evidence", "trigger"), kinds);
        assertError(get("/api/articles/nope"), 404);
        assertError(get("/api/articles?offset=x"), 400);
    }

    @Test
    void ingestJsonLines() throws Exception {
        String line = "{\"id\": \"api-test-1\", \"published\": \"2016-06-10\", \"text\": "
                + "\"Iraqi forces shelled Fallujah on Friday, killing 12 fighters.\"}\n";
        Reply r = post("/api/articles", line + "not json\n", "application/x-ndjson");
        assertEquals(200, r.status(), r.json().toString());
        assertEquals(1, r.json().path("stored").asInt() + r.json().path("unchanged").asInt());
        assertEquals(1, r.json().path("problems").size());
        assertEquals(200, get("/api/articles/api-test-1").status());
        Reply again = post("/api/articles", line, "application/x-ndjson");
        assertEquals(1, again.json().path("unchanged").asInt());
        assertError(post("/api/articles", "", "application/x-ndjson"), 400);
        assertError(post("/api/articles", "{broken\n", "application/x-ndjson"), 400);
        assertError(post("/api/articles", "x".repeat((int) WebServer.MAX_BODY + 10), "application/x-ndjson"), 413);
    }

    @Test
    void analyzeReturnsEventsAndStoresOnRequest() throws Exception {
        String body = "{\"text\": \"Turkish jets bombed Kurdish militants near Sirte.\", \"published\": \"2016-06-09\"}";
        Reply r = post("/api/analyze", body, "application/json");
        assertEquals(200, r.status(), String.valueOf(r.json()));
        assertTrue(r.json().path("analysis").path("events").size() >= 1, r.json().toString());
        assertFalse(r.json().has("stored"));
        Reply kept = post("/api/analyze?store=true", body.replace("Sirte", "Mosul"), "application/json");
        assertEquals("stored", kept.json().path("stored").asText());
        String id = kept.json().path("analysis").path("id").asText();
        assertEquals(200, get("/api/articles/" + enc(id)).status());
        assertError(post("/api/analyze", "{\"text\": \"\"}", "application/json"), 400);
        assertError(post("/api/analyze", "{\"title\": \"no text\"}", "application/json"), 400);
        assertError(post("/api/analyze", "not json", "application/json"), 400);
        assertError(post("/api/analyze", "[1, 2]", "application/json"), 400);
        assertError(post("/api/analyze", "{\"text\": \"x\", \"published\": \"soon\"}", "application/json"), 400);
        assertError(post("/api/analyze?store=maybe", body, "application/json"), 400);
        assertError(post("/api/analyze", "{\"text\": \"" + "a".repeat(Api.MAX_ANALYZE_CHARS + 1) + "\"}",
                "application/json"), 413);
    }

    @Test
    void unknownPathsAndMethodsAreJsonErrors() throws Exception {
        assertError(get("/api/nothing-here"), 404);
        Reply r = send(HttpRequest.newBuilder(URI.create(server.base + "/api/events")).DELETE().build());
        assertTrue(r.status() == 404 || r.status() == 405, "status " + r.status());
    }

    @Test
    void uiAndVendorFilesAreServed() throws Exception {
        for (String p : List.of("/", "/js/core.js", "/app.css", "/vendor/leaflet.js", "/vendor/cytoscape.min.js",
                "/vendor/countries-50m.json", "/vendor/topojson-client.min.js")) {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(server.base + p)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), p);
        }
    }
}
