package org.faultline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The analyst's desk in headless Chromium (skipped without chromium and chromedriver, as {@link BrowserTest}):
 * a place found by three spellings through the Place box's typeahead, a world map without bands from shapes
 * crossing the antimeridian (pixels along the top and bottom rows of the world), and a 500-actor network whose
 * shown labels never overlap, coloured from one palette with a distinct colour per knowledge-base actor type.
 */
class DeskBrowserTest {
    private ChromeDriver driver;
    private Path profile;

    @BeforeEach
    void open() throws IOException {
        assumeTrue(BrowserTest.browserInstalled(), "headless browser tests need chromium and chromedriver");
        profile = Files.createTempDirectory("faultline-chromium-desk");
        driver = BrowserTest.chrome(profile);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    @AfterEach
    void close() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private WebDriverWait waitFor(int seconds) {
        return new WebDriverWait(driver, Duration.ofSeconds(seconds));
    }

    private void load(TestServer server) {
        driver.get(server.base + "/");
        waitFor(30).until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-loaded")));
    }

    private static JsonNode api(TestServer server, String path) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.base + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return new ObjectMapper().readTree(r.body());
    }

    @Test
    void aPlaceIsFoundByThreeSpellings() throws Exception {
        TestServer server = TestServer.control();
        load(server);
        long expected = api(server, "/api/events?place=" + URLEncoder.encode("Al Fallūjah", StandardCharsets.UTF_8))
                .path("total").asLong();
        assertTrue(expected > 0);
        WebElement box = driver.findElement(By.cssSelector("#filters input[name=place]"));
        for (String spelling : List.of("Fallujah", "Falluja", "Al Fallūjah")) {
            js("window.faultline.$('#filters').reset()");
            box.clear();
            box.sendKeys(spelling);
            // the list answering the whole spelling (answers to the first letters typed may come before it)
            By suggestion = By.cssSelector("#place-suggestions[data-q='" + spelling + "'] li[data-id='gn:99454']");
            waitFor(10).until(d -> !d.findElements(suggestion).isEmpty() && d.findElement(By.id("place-suggestions")).isDisplayed());
            WebElement li = driver.findElement(suggestion);
            assertEquals("Al Fallūjah", li.getAttribute("data-name"));
            assertTrue(li.getText().contains("Anbar, IRQ"), li.getText());
            li.click();
            waitFor(10).until(d -> "Al Fallūjah".equals(box.getAttribute("value"))
                    && d.findElement(By.id("table-status")).getText().equals(expected + " events"));
            // the table may be redrawn once more after the status line settles: its cells are read in one script
            String script = "return [...new Set([...document.querySelectorAll('#events tbody tr[data-event] td:nth-child(6)')]"
                    + ".map(td => td.textContent.trim()))].join('|')";
            String places = waitFor(10).until(d -> {
                Object got = ((org.openqa.selenium.JavascriptExecutor) d).executeScript(script);
                return "Al Fallūjah".equals(got) ? (String) got : null;
            });
            assertEquals("Al Fallūjah", places, spelling);
            BrowserTest.copyShot(driver, "desk-place-" + spelling.replaceAll("\\W", "_"));
        }
        box.clear();
        box.sendKeys("Hodeidah");
        waitFor(10).until(d -> d.findElement(By.id("place-suggestions")).getText().contains("no stored place"));
    }

    @Test
    void theChoroplethShadesDivisionsAsItsLegendSays() throws Exception {
        TestServer server = TestServer.control();
        load(server);
        JsonNode anbar = api(server, "/api/divisions").path("divisions").get(0);
        assertEquals("Anbar", anbar.path("admin1").asText());
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("choropleth"))).selectByValue("events");
        By shape = By.cssSelector("#map path.division[data-admin1='Anbar']");
        waitFor(20).until(d -> !d.findElements(shape).isEmpty());
        WebElement path = driver.findElement(shape);
        assertEquals(anbar.path("events").asText(), path.getAttribute("data-value"));
        // the legend's one class is this division's value, in the colour the shape is filled with
        List<WebElement> classes = driver.findElements(By.cssSelector("#choropleth-legend span"));
        assertEquals(1, classes.size());
        assertEquals(anbar.path("events").asText(), classes.get(0).getText());
        assertEquals(path.getAttribute("data-fill"), path.getAttribute("fill"));
        String swatch = (String) js("return getComputedStyle(document.querySelector('#choropleth-legend i')).backgroundColor");
        assertEquals(rgb(path.getAttribute("fill")), swatch);
        // a period without events there empties the layer
        js("window.faultline.setRange('2015-01-01', '2015-12-31')");
        waitFor(20).until(d -> d.findElements(shape).isEmpty());
        BrowserTest.copyShot(driver, "desk-choropleth");
    }

    private static String rgb(String hex) {
        int v = Integer.parseInt(hex.substring(1), 16);
        return "rgb(" + (v >> 16 & 0xff) + ", " + (v >> 8 & 0xff) + ", " + (v & 0xff) + ")";
    }

    /** The share of pixels of {@code row} (CSS pixels of the map element) between x0 and x1 that are land-coloured. */
    private static double landShare(BufferedImage img, int row, int x0, int x1) {
        int land = 0;
        int n = 0;
        for (int x = Math.max(0, x0); x < Math.min(img.getWidth(), x1); x++, n++) {
            land += isLand(img.getRGB(x, row)) ? 1 : 0;
        }
        return (double) land / n;
    }

    /** The basemap's land fill #f5f3ea (sea is #cfe3ef), allowing for antialiasing. */
    private static boolean isLand(int rgb) {
        int r = rgb >> 16 & 0xff;
        int g = rgb >> 8 & 0xff;
        int b = rgb & 0xff;
        return Math.abs(r - 0xf5) < 12 && Math.abs(g - 0xf3) < 12 && Math.abs(b - 0xea) < 12;
    }

    /** The longest run of pixels in a row that are not the sea's #cfe3ef. */
    private static int longestWithoutSea(BufferedImage img, int row, int x0, int x1) {
        int run = 0;
        int best = 0;
        for (int x = Math.max(0, x0); x < Math.min(img.getWidth(), x1); x++) {
            int rgb = img.getRGB(x, row);
            boolean sea = Math.abs((rgb >> 16 & 0xff) - 0xcf) < 10 && Math.abs((rgb >> 8 & 0xff) - 0xe3) < 10
                    && Math.abs((rgb & 0xff) - 0xef) < 10;
            run = sea ? 0 : run + 1;
            best = Math.max(best, run);
        }
        return best;
    }

    private static boolean landAround(BufferedImage img, int x, int y) {
        int land = 0;
        for (int dx = -1; dx <= 1; dx++) {
            for (int dy = -1; dy <= 1; dy++) {
                land += isLand(img.getRGB(x + dx, y + dy)) ? 1 : 0;
            }
        }
        return land >= 5;
    }

    @Test
    void theWorldMapHasNoBandsAndKeepsChukotka() throws Exception {
        load(TestServer.control());
        waitFor(30).until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-basemap")));
        // the whole world at zoom 1, taller than the page's map so that both polar rows are inside it
        js("const m = window.faultline.map; document.getElementById('map').style.height = '500px'; m.invalidateSize(false);"
                + "m.setView([0, 0], 1, {animate: false}); window.faultline.markers.clearLayers();"
                + "document.querySelector('#map .leaflet-control-container').style.display = 'none';");
        Thread.sleep(500);
        WebElement map = driver.findElement(By.id("map"));
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(map.getScreenshotAs(OutputType.BYTES)));
        @SuppressWarnings("unchecked")
        Map<String, Long> at = (Map<String, Long>) js("const m = window.faultline.map;"
                + "const p = (lat, lon) => m.latLngToContainerPoint([lat, lon]);"
                + "return {top: Math.round(p(84.5, 0).y), bottom: Math.round(p(-84, 0).y), west: Math.round(p(0, -179.5).x),"
                + " east: Math.round(p(0, 179.5).x), chukWy: Math.round(p(67, 179).y), chukWx: Math.round(p(67, 179).x),"
                + " chukEx: Math.round(p(67, -179).x), width: m.getSize().x, height: m.getSize().y}");
        BrowserTest.copyShot(driver, "desk-world-map");
        assertTrue(at.get("top") > 2 && at.get("bottom") < at.get("height") - 2, at.toString());
        int x0 = at.get("west").intValue();
        int x1 = at.get("east").intValue();
        // north of 84.5°N there is only the Arctic Ocean: a band of land colour there is a shape drawn across the map
        double top = landShare(img, at.get("top").intValue(), x0, x1);
        assertTrue(top < 0.01, "land along 84.5°N: " + top);
        // south of 84°S there is only Antarctica: it must be filled along the row
        double bottom = landShare(img, at.get("bottom").intValue(), x0, x1);
        assertTrue(bottom > 0.9, "land along 84°S: " + bottom); // less the Ross Ice Shelf (not land in Natural Earth)
        // a shape drawn across the map leaves a row without sea from edge to edge (the old bands near 65–72°N):
        // north of 60°S no row may go 90 % of the world's width without sea
        int south = ((Long) js("return Math.round(window.faultline.map.latLngToContainerPoint([-60, 0]).y)")).intValue();
        for (int y = at.get("top").intValue(); y <= south; y++) {
            int run = longestWithoutSea(img, y, x0, x1);
            assertTrue(run < 0.9 * (x1 - x0), "row " + y + " goes " + run + " of " + (x1 - x0) + " pixels without sea");
        }
        // Chukotka on both sides of the antimeridian (67°N 179°E and 179°W)
        assertTrue(landAround(img, at.get("chukWx").intValue(), at.get("chukWy").intValue()), "Chukotka west of 180°");
        assertTrue(landAround(img, at.get("chukEx").intValue(), at.get("chukWy").intValue()), "Chukotka east of 180°");
    }

    @Test
    void fiveHundredActorsWithoutOverlappingLabels() throws Exception {
        TestServer server = TestServer.network();
        load(server);
        waitFor(60).until(d -> !"0".equals(String.valueOf(js("return String(window.faultline.networkDraws)"))));
        assertEquals((long) NetworkFixtures.ACTORS, js("return window.faultline.cy.nodes().length"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> boxes = (List<Map<String, Object>>) js("return window.faultline.cy.nodes().not('.quiet').map(n => {"
                + " const b = n.renderedBoundingBox({includeNodes: false, includeEdges: false, includeLabels: true});"
                + " return {id: n.id(), label: n.data('label'), x1: b.x1, x2: b.x2, y1: b.y1, y2: b.y2}; })");
        assertTrue(boxes.size() >= 25, "labelled actors: " + boxes.size());
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                Map<String, Object> a = boxes.get(i);
                Map<String, Object> b = boxes.get(j);
                boolean overlap = num(a, "x1") < num(b, "x2") && num(b, "x1") < num(a, "x2")
                        && num(a, "y1") < num(b, "y2") && num(b, "y1") < num(a, "y2");
                assertFalse(overlap, a + " overlaps " + b);
            }
        }
        // the labels that are shown are real text, and the best-connected actor is among them
        String hub = (String) js("return window.faultline.cy.nodes().max(n => n.data('degree')).ele.id()");
        assertTrue(boxes.stream().anyMatch(b -> hub.equals(b.get("id"))), "hub " + hub + " unlabelled");
        // hovering shows a hidden label
        String quiet = (String) js("return window.faultline.cy.nodes('.quiet')[0].id()");
        js("window.faultline.cy.getElementById(arguments[0]).emit('mouseover')", quiet);
        assertEquals(Boolean.TRUE, js("const n = window.faultline.cy.getElementById(arguments[0]);"
                + " return n.hasClass('hover') && n.style('label') === n.data('label')", quiet));
        BrowserTest.copyShot(driver, "desk-network-500");

        // one palette: every actor type of the knowledge base has its own colour, and nodes use it
        @SuppressWarnings("unchecked")
        Map<String, String> palette = (Map<String, String>) js("return window.faultline.ACTOR_COLOURS");
        Set<String> kbTypes = knowledgeBaseTypes();
        assertTrue(palette.keySet().containsAll(kbTypes), "palette " + palette.keySet() + " lacks some of " + kbTypes);
        assertEquals(palette.size(), new TreeSet<>(palette.values()).size(), "colours shared: " + palette);
        assertEquals(0L, js("return window.faultline.cy.nodes().filter(n => n.data('colour') !== window.faultline.actorColour(n.data('type'))).length"));
        String legend = driver.findElement(By.id("network-legend")).getText();
        for (String t : NetworkFixtures.TYPES) {
            assertTrue(legend.contains(t), legend);
        }
        // qualified names: the generic "government" attached to Iraq
        assertEquals("Government of Iraq", js("return window.faultline.cy.getElementById(arguments[0]).data('label')",
                NetworkFixtures.GENERIC));

        // filters: without HOSTILE no hostile edge is drawn; a period keeps only the relations dated in it
        long hostile = (Long) js("return window.faultline.cy.edges('[relation = \"HOSTILE\"]').length");
        assertTrue(hostile > 0);
        driver.findElement(By.cssSelector("#network-relations input[value=HOSTILE]")).click();
        waitFor(30).until(d -> (Long) js("return window.faultline.cy.edges('[relation = \"HOSTILE\"]').length") == 0);
        long all = (Long) js("return window.faultline.cy.edges().length");
        js("window.faultline.setRange('2020-01-01', '2020-01-07')");
        waitFor(60).until(d -> (Long) js("return window.faultline.cy.edges().length") < all);
        long expected = api(server, "/api/network?from=2020-01-01&to=2020-01-07").path("edges").findValues("relation").stream()
                .filter(r -> !r.asText().equals("HOSTILE")).count();
        assertEquals(expected, (Long) js("return window.faultline.cy.edges().length"));
    }

    private static double num(Map<String, Object> m, String k) {
        return ((Number) m.get(k)).doubleValue();
    }

    /** The actor types the bundled knowledge base uses. */
    private static Set<String> knowledgeBaseTypes() throws IOException {
        Set<String> types = new TreeSet<>();
        ObjectMapper mapper = new ObjectMapper();
        try (InputStream list = DeskBrowserTest.class.getResourceAsStream("/faultline/actors/files.txt")) {
            for (String f : new String(list.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                if (f.isBlank() || f.startsWith("#")) {
                    continue;
                }
                try (InputStream in = DeskBrowserTest.class.getResourceAsStream("/faultline/actors/" + f.strip())) {
                    mapper.readTree(in).findValues("type").forEach(t -> types.add(t.asText()));
                }
            }
        }
        return types;
    }
}
