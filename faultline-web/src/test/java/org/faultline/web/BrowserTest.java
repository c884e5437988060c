package org.faultline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web UI in headless Chromium (Debian's chromium and chromium-driver; skipped when they are not
 * installed): map markers, the network edge, the timeline brush filtering the table, the article view and
 * the analyse box, against the test server with the seed article. Screenshots go to target/screenshots.
 * Selenium Manager is never asked for anything: the driver and browser paths are given explicitly.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserTest {
    static final Path CHROMIUM = Path.of(System.getProperty("faultline.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("faultline.chromedriver", "/usr/bin/chromedriver"));
    static final Path SHOTS = Path.of("target", "screenshots");

    private static ChromeDriver driver;
    private static Path profile;
    private static TestServer server;

    @BeforeAll
    static void open() throws IOException {
        if (!browserInstalled()) {
            return; // each test is then reported skipped by the assumption in needsBrowser()
        }
        server = TestServer.get();
        profile = Files.createTempDirectory("faultline-chromium");
        driver = chrome(profile);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        Files.createDirectories(SHOTS);
        driver.get(server.base + "/");
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d ->
                "true".equals(d.findElement(By.tagName("body")).getAttribute("data-loaded")));
    }

    static boolean browserInstalled() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    @BeforeEach
    void needsBrowser() {
        assumeTrue(browserInstalled(), "headless browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                + " (apt-get install chromium chromium-driver)");
    }

    /**
     * Headless Chromium with a fresh profile, driven by the system chromedriver: paths given explicitly, so
     * Selenium Manager neither looks for nor downloads a driver or browser.
     */
    static ChromeDriver chrome(Path profile) {
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        System.setProperty("SE_OFFLINE", "true");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1400,1900", "--user-data-dir=" + profile);
        // console messages, to catch Content-Security-Policy violations
        org.openqa.selenium.logging.LoggingPreferences logs = new org.openqa.selenium.logging.LoggingPreferences();
        logs.enable(org.openqa.selenium.logging.LogType.BROWSER, java.util.logging.Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        return new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build(), options);
    }

    @AfterAll
    static void close() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void shot(String name) throws IOException {
        copyShot(driver, name);
    }

    /** A screenshot of the whole window into target/screenshots. */
    static void copyShot(org.openqa.selenium.WebDriver d, String name) throws IOException {
        File f = ((TakesScreenshot) d).getScreenshotAs(OutputType.FILE);
        Files.createDirectories(SHOTS);
        Files.copy(f.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private static WebDriverWait waitFor(int seconds) {
        return new WebDriverWait(driver, Duration.ofSeconds(seconds));
    }

    private static int tableRows() {
        return driver.findElements(By.cssSelector("#events tbody tr[data-event]")).size();
    }

    @Test
    @Order(1)
    void mapShowsMarkersAtFallujahAndSirte() throws IOException {
        waitFor(20).until(d -> !d.findElements(By.cssSelector("#map .event-marker")).isEmpty()
                && !d.findElements(By.cssSelector("#map .leaflet-countries-pane path")).isEmpty());
        List<String> places = driver.findElements(By.cssSelector("#map .event-marker")).stream()
                .map(e -> ApiTest.plain(e.getAttribute("data-places"))).toList();
        assertTrue(places.stream().anyMatch(p -> p.contains("fallujah")), "markers: " + places);
        assertTrue(places.stream().anyMatch(p -> p.contains("sirte")), "markers: " + places);
        // the offline basemap: country polygons drawn from world-atlas, in their own pane under the events
        long countries = (Long) js("return document.querySelectorAll('#map .leaflet-countries-pane path').length");
        assertTrue(countries > 100, "country shapes: " + countries);
        assertTrue(driver.findElement(By.tagName("footer")).getText().contains("Natural Earth"));
        assertTrue(driver.findElement(By.tagName("footer")).getText().contains("GeoNames"));
        shot("1-overview");
    }

    @Test
    @Order(2)
    void networkShowsTheUnitedStatesSupportingThePeshmerga() throws IOException {
        waitFor(20).until(d -> !d.findElements(By.cssSelector("#network-edges li")).isEmpty());
        boolean found = driver.findElements(By.cssSelector("#network-edges li[data-relation=SUPPORTS]")).stream()
                .anyMatch(li -> ApiTest.plain(li.getAttribute("data-source-name")).contains("united states")
                        && ApiTest.plain(li.getAttribute("data-target-name")).contains("peshmerga"));
        assertTrue(found, "edges: " + driver.findElements(By.cssSelector("#network-edges li")).stream()
                .map(e -> e.getAttribute("textContent")).toList());
        // the same edge in the Cytoscape instance itself
        Object inCy = js("return window.faultline.cy.edges().filter(e => e.data('relation') === 'SUPPORTS'"
                + " && /united states/i.test(e.source().data('label')) && /peshmerga/i.test(e.target().data('label'))).length");
        assertTrue(((Long) inCy) >= 1, "cytoscape edges");
        String us = (String) js("return window.faultline.cy.nodes().filter(n => /^united states$/i.test(n.data('label')))[0].id()");
        js("window.faultline.cy.getElementById(arguments[0]).emit('tap')", us);
        waitFor(10).until(d -> !d.findElements(By.cssSelector("#dossier-relations li")).isEmpty());
        assertTrue(driver.findElement(By.id("dossier-relations")).getText().contains("SUPPORTS"));
        shot("2-network");
    }

    @Test
    @Order(3)
    void brushOnTheTimelineFiltersTheTable() throws IOException {
        waitFor(20).until(d -> tableRows() > 0);
        int before = tableRows();
        WebElement svg = driver.findElement(By.id("timeline-svg"));
        int w = svg.getSize().getWidth();
        // a real drag over the left part of the timeline sets a period
        new Actions(driver).moveToElement(svg, -w / 2 + 40, 0).clickAndHold().moveByOffset(w / 4, 0).release().perform();
        waitFor(10).until(d -> js("return window.faultline.range") != null);
        @SuppressWarnings("unchecked")
        List<String> range = (List<String>) js("return window.faultline.range");
        waitFor(10).until(d -> driver.findElement(By.id("table-status")).getText().contains("in the period"));
        long expected = (Long) js("return window.faultline.points.filter(p => p.day && p.day <= arguments[1]"
                + " && (p.dayLast || p.day) >= arguments[0]).length", range.get(0), range.get(1));
        waitFor(10).until(d -> tableRows() == Math.min(expected, 100) || (expected == 0
                && !d.findElements(By.cssSelector("#events td.empty")).isEmpty()));
        shot("3-brushed");
        // the brush's API: the earliest day alone holds fewer events than the whole store
        String first = (String) js("return window.faultline.points.filter(p => p.datePrecision === 'day')"
                + ".map(p => p.day).sort()[0]");
        js("window.faultline.setRange(arguments[0], arguments[0])", first);
        long onFirstDay = (Long) js("return window.faultline.points.filter(p => p.day && p.day <= arguments[0]"
                + " && (p.dayLast || p.day) >= arguments[0]).length", first);
        waitFor(10).until(d -> tableRows() == onFirstDay);
        assertNotEquals(before, tableRows(), "rows before the brush: " + before + ", on " + first + ": " + onFirstDay);
        js("window.faultline.clearRange()");
        waitFor(10).until(d -> tableRows() == before);
        assertEquals(before, tableRows());
    }

    @Test
    @Order(4)
    void clickingAnEventShowsItsArticleWithHighlights() throws IOException {
        waitFor(20).until(d -> tableRows() > 0);
        driver.findElement(By.cssSelector("#events tbody tr[data-event]")).click();
        waitFor(20).until(d -> !d.findElements(By.cssSelector("#article-text .hl-evidence")).isEmpty());
        assertFalse(driver.findElements(By.cssSelector("#article-text .hl-actor")).isEmpty());
        assertFalse(driver.findElements(By.cssSelector("#article-text .hl-place")).isEmpty());
        assertFalse(driver.findElements(By.cssSelector("#article-text .hl-trigger")).isEmpty());
        shot("4-article");
    }

    @Test
    @Order(4)
    void anInferredRoleIsLabelledWithWhereItCameFromAndItsMentionOutlined() throws IOException {
        // an event of the seed with a role the article's sentence does not state (found through the API)
        Object id = driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "(async () => { const list = await window.faultline.api('api/events?limit=200');"
                + " for (const e of list.events) {"
                + "  const d = await window.faultline.api('api/event?id=' + encodeURIComponent(e.id));"
                + "  if (d.roles.some((r) => r.basis !== 'stated' && r.basis !== 'unrecorded')) return e.id; }"
                + " return null; })().then(done, () => done(null));");
        assertTrue(id instanceof String, "the seed article has an event with an inferred role");
        js("window.faultline.showEvent(arguments[0])", id);
        // read in one script and waited for: the detail view redraws, so a found element can go stale
        Object label = waitFor(20).until(d -> {
            Object text = js("const e = document.querySelector('#event-detail .inferred-role');"
                    + " return e ? e.textContent : null;");
            return text instanceof String t && t.contains("inferred from") ? t : null;
        });
        assertTrue(label.toString().contains("inferred from"), label.toString());
        waitFor(20).until(d -> !d.findElements(By.cssSelector("#article-text .hl-inferred")).isEmpty());
        shot("4-inferred-role");
    }

    @Test
    @Order(5)
    void analyseBoxShowsTheEventsOfAPastedSentence() throws IOException {
        WebElement text = driver.findElement(By.cssSelector("#analyze-form textarea"));
        text.sendKeys("Turkish jets bombed Kurdish militants near Sirte on Monday, killing 12 people.");
        js("document.querySelector('#analyze-form input[name=published]').value = '2016-06-09'");
        driver.findElement(By.cssSelector("#analyze-form button[type=submit]")).click();
        waitFor(180).until(d -> !d.findElements(By.cssSelector("#analyze-result .analysis-event")).isEmpty()
                || d.findElement(By.id("analyze-status")).getAttribute("class").contains("error"));
        List<WebElement> events = driver.findElements(By.cssSelector("#analyze-result .analysis-event"));
        assertFalse(events.isEmpty(), driver.findElement(By.id("analyze-status")).getText());
        assertTrue(events.stream().anyMatch(e -> "ASSAULT".equals(e.getAttribute("data-type"))),
                events.stream().map(WebElement::getText).toList().toString());
        assertFalse(driver.findElements(By.cssSelector("#analyze-text .hl-evidence")).isEmpty());
        js("document.getElementById('analyze-panel').scrollIntoView()");
        shot("5-analyse");
    }

    @Test
    @Order(6)
    void errorsAreShownReadably() throws IOException {
        Map<?, ?> reply = (Map<?, ?>) ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                + "fetch('api/events?from=nonsense').then(r => r.json().then(b => done({status: r.status, body: b})));");
        assertEquals(400L, reply.get("status"));
        js("document.querySelector('#filters input[name=country]').value = 'Atlantis'");
        driver.findElement(By.cssSelector("#filters button[type=submit]")).click();
        waitFor(10).until(d -> !d.findElements(By.cssSelector("#events td.empty")).isEmpty()
                || d.findElement(By.id("table-status")).getAttribute("class").contains("error"));
        shot("6-empty-or-error");
        js("document.querySelector('#filters input[name=country]').value = ''");
    }

    @Test
    @Order(7)
    void thePageRunsUnderItsContentSecurityPolicy() {
        String csp = String.valueOf(((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                + "fetch('./').then(r => done(r.headers.get('Content-Security-Policy')));"));
        assertEquals(WebServer.CSP, csp);
        driver.get(server.base + "/");
        waitFor(20).until(d -> !d.findElements(By.cssSelector(".leaflet-interactive, .leaflet-marker-icon")).isEmpty());
        // the log holds every message since the browser started: all earlier tests' pages and clicks too
        List<String> violations = driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(org.openqa.selenium.logging.LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy")).toList();
        assertEquals(List.of(), violations);
    }
}
