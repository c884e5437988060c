package org.faultline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** GET /api/control over loopback HTTP on the control fixtures, and its description in /openapi.json. */
class ControlApiTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static JsonNode get(String path, int status) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(TestServer.control().base + path)).GET()
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(status, r.statusCode(), r.body());
        return new ObjectMapper().readTree(r.body());
    }

    @Test
    void onePlaceOnADate() throws Exception {
        JsonNode before = get("/api/control?place=Fallujah&at=2014-01-02", 200).path("answers").get(0);
        assertEquals("IRQ/GOV", before.path("controllers").get(0).path("id").asText());
        JsonNode after = get("/api/control?place=Fallujah&at=2014-01-03", 200).path("answers").get(0);
        assertEquals("held", after.path("status").asText());
        JsonNode isis = after.path("controllers").get(0);
        assertEquals(List.of("ISIS", "2014-01-03"), List.of(isis.path("id").asText(), isis.path("since").asText()));
        JsonNode ev = isis.path("evidence").get(0);
        assertEquals("fx-2", ev.path("articleId").asText());
        assertEquals("Islamic State fighters seized Falluja on 3 January 2014.", ev.path("sentence").asText());
        assertEquals("seized", ev.path("trigger").asText());
        assertEquals("taken", after.path("history").get(0).path("ended").asText());
        assertEquals(33.349, after.path("place").path("lat").asDouble());
    }

    @Test
    void everyHeldPlaceForTheMap() throws Exception {
        JsonNode r = get("/api/control?at=2014-07-01", 200);
        assertEquals("2014-07-01", r.path("at").asText());
        List<String> held = new ArrayList<>();
        r.path("places").forEach(p -> held.add(p.path("place").path("name").asText() + " "
                + p.path("controllers").get(0).path("id").asText()));
        assertEquals(List.of("Mosul ISIS", "Al Fall\u016bjah ISIS"), held);
        assertEquals(0, get("/api/control?at=2013-01-01", 200).path("places").size());
    }

    @Test
    void badDatesAndUnknownPlacesAreErrors() throws Exception {
        assertTrue(get("/api/control?place=Fallujah&at=June", 400).path("error").asText().contains("at must be a date"));
        assertTrue(get("/api/control?place=Atlantis&at=2016-01-01", 404).path("error").asText().contains("Atlantis"));
    }

    @Test
    void theOpenApiFileDescribesTheAnswer() throws Exception {
        JsonNode api = get("/openapi.json", 200);
        assertTrue(api.path("paths").has("/api/control"));
        JsonNode described = api.path("components").path("schemas");
        JsonNode answer = get("/api/control?place=Fallujah&at=2016-07-15", 200).path("answers").get(0);
        answer.fieldNames().forEachRemaining(f -> assertTrue(described.path("ControlAnswer").path("properties").has(f), f));
        answer.path("history").get(2).fieldNames().forEachRemaining(
                f -> assertTrue(described.path("ControlPeriod").path("properties").has(f), f));
        answer.path("history").get(2).path("endEvidence").fieldNames().forEachRemaining(
                f -> assertTrue(described.path("ControlEvidence").path("properties").has(f), f));
    }
}
