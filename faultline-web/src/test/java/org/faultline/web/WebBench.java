package org.faultline.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.faultline.analysis.Actor;
import org.faultline.analysis.ActorRef;
import org.faultline.analysis.Analysis;
import org.faultline.analysis.CountFact;
import org.faultline.analysis.Event;
import org.faultline.analysis.EventCodes;
import org.faultline.analysis.EventDate;
import org.faultline.analysis.Place;
import org.faultline.analysis.PlaceRef;
import org.faultline.analysis.Relation;
import org.faultline.analysis.Span;
import org.faultline.ingest.Article;
import org.faultline.store.Store;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Prints web figures (not a test, no assertions): API latency and the UI's page load time in headless
 * Chromium on a store of hand-built analyses (no NLP), as faultline-store's StoreBench builds them.
 * Usage: WebBench [EVENTS] [DIR].
 */
public final class WebBench {
    private static final String TEXT = "Islamic State fighters attacked the town on Sunday, killing 12 civilians. "
            + "The army shelled positions near the river. The militia backs the alliance against the insurgents. "
            + "Protesters rallied in the capital on Monday.";

    private WebBench() {
    }

    public static void main(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path dir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("faultline-webbench");
        Path db = dir.resolve("web-bench.db");
        Files.deleteIfExists(db);
        try (Store store = Store.open(db)) {
            long t0 = System.nanoTime();
            List<Analysis> corpus = corpus(events / 5, new Random(7));
            corpus.forEach(store::put);
            store.recluster();
            System.out.printf("store: %d articles, %d events, %d canonical events (built in %.1f s)%n",
                    store.count("articles"), store.count("events"), store.count("clusters"), (System.nanoTime() - t0) / 1e9);
            try (WebServer server = WebServer.start(store, () -> {
                throw new IllegalStateException("no analysis in the bench");
            }, "127.0.0.1", 0)) {
                String base = "http://127.0.0.1:" + server.port();
                HttpClient http = HttpClient.newHttpClient();
                for (String path : List.of("/api/events/points", "/api/events?limit=100", "/api/events?limit=100&sort=mentions&order=desc",
                        "/api/events?limit=100&from=2016-03-01&to=2016-03-31", "/api/network",
                        "/api/network?from=2016-03-01&to=2016-03-31", "/api/stats", "/api/actors?q=state",
                        "/api/actors/ISIS", "/api/places", "/api/articles/bench-1")) {
                    long[] ms = new long[7];
                    long bytes = 0;
                    for (int i = 0; i < ms.length; i++) {
                        long s = System.nanoTime();
                        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                                HttpResponse.BodyHandlers.ofByteArray());
                        ms[i] = (System.nanoTime() - s) / 1_000_000;
                        bytes = r.body().length;
                        if (r.statusCode() != 200) {
                            throw new IllegalStateException(path + ": " + r.statusCode());
                        }
                    }
                    Arrays.sort(ms);
                    System.out.printf("  GET %-52s median %5d ms  (%d KB)%n", path, ms[ms.length / 2], bytes / 1024);
                }
                pageLoad(base);
            }
        }
    }

    private static void pageLoad(String base) throws Exception {
        if (!BrowserTest.browserInstalled()) {
            System.out.println("page load: no chromium installed");
            return;
        }
        ChromeDriver driver = BrowserTest.chrome(Files.createTempDirectory("faultline-bench-chromium"));
        try {
            for (int i = 0; i < 4; i++) {
                long s = System.nanoTime();
                driver.get(base + "/");
                new WebDriverWait(driver, Duration.ofSeconds(120)).until(d ->
                        "true".equals(d.findElement(By.tagName("body")).getAttribute("data-loaded"))
                                && !d.findElements(By.cssSelector("#events tbody tr[data-event]")).isEmpty()
                                && !d.findElements(By.cssSelector("#network-edges li")).isEmpty()
                                && !d.findElements(By.cssSelector("#map .leaflet-overlay-pane path")).isEmpty());
                long ms = (System.nanoTime() - s) / 1_000_000;
                Object nav = driver.executeScript("const t = performance.getEntriesByType('navigation')[0];"
                        + " return Math.round(t.domContentLoadedEventEnd) + ' ms DOMContentLoaded, '"
                        + " + Math.round(t.loadEventEnd) + ' ms load event'");
                Object markers = driver.executeScript("return document.querySelectorAll('#map .event-marker').length");
                System.out.printf("page load %s: %d ms until map, timeline, table and network are drawn (%s; %s markers)%n",
                        i == 0 ? "(cold)" : "(warm)", ms, nav, markers);
            }
            Files.createDirectories(BrowserTest.SHOTS);
            Files.copy(driver.getScreenshotAs(org.openqa.selenium.OutputType.FILE).toPath(),
                    BrowserTest.SHOTS.resolve("bench-10k.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } finally {
            driver.quit();
        }
    }

    /** Articles with five events each over a year, at 60 places around the Middle East and North Africa, 12 actors. */
    static List<Analysis> corpus(int articles, Random rnd) {
        List<ActorRef> cast = new ArrayList<>();
        String[][] who = {{"ISIS", "Islamic State", "JIHADIST"}, {"IRQ/MIL", "Iraq military", "STATE_FORCES"},
            {"SYR/MIL", "Syria military", "STATE_FORCES"}, {"YPG", "People's Protection Units", "REBEL"},
            {"SDF", "Syrian Democratic Forces", "REBEL"}, {"PESHMERGA", "Peshmerga", "STATE_FORCES"},
            {"USA/MIL", "United States military", "STATE_FORCES"}, {"RUS/MIL", "Russia military", "STATE_FORCES"},
            {"TUR/MIL", "Turkey military", "STATE_FORCES"}, {"generic:civilians", "civilians", "CIVILIANS"},
            {"LNA", "Libyan National Army", "MILITIA"}, {"HTS", "Hayat Tahrir al-Sham", "JIHADIST"}};
        for (String[] w : who) {
            cast.add(new ActorRef(w[0], w[1], "fighters", null, w[2], true, new Span(15, 23)));
        }
        List<Place> places = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            double lat = 25 + rnd.nextDouble() * 14;
            double lon = 10 + rnd.nextDouble() * 38;
            places.add(new Place("gn:" + (900000 + i), "Town " + i, lat, lon, lon < 25 ? "LBY" : lon < 42 ? "SYR" : "IRQ",
                    "Province " + (i % 9), 900000L + i, "PPL", "point", List.of(new Span(35, 39))));
        }
        String[] types = {"ASSAULT", "ASSAULT", "ASSAULT", "COERCE", "PROTEST", "MOBILIZE", "AID", "THREATEN"};
        String[] relTypes = {"SUPPORTS", "ALLIED", "HOSTILE", "PART_OF"};
        List<Analysis> out = new ArrayList<>();
        for (int i = 0; i < articles; i++) {
            LocalDate published = LocalDate.of(2016, 1, 1).plusDays(rnd.nextInt(365));
            Article a = new Article("bench-" + i, published, "Title " + i, "outlet" + rnd.nextInt(40),
                    "https://example.org/" + i, TEXT, "bench");
            List<Event> events = new ArrayList<>();
            Map<String, Actor> actors = new LinkedHashMap<>();
            Map<String, Place> used = new LinkedHashMap<>();
            for (int e = 0; e < 5; e++) {
                ActorRef src = cast.get(rnd.nextInt(cast.size()));
                ActorRef tgt = cast.get(rnd.nextInt(cast.size()));
                Place p = places.get(rnd.nextInt(places.size()));
                String type = types[rnd.nextInt(types.length)];
                String day = published.minusDays(rnd.nextInt(20)).toString();
                events.add(new Event(type, null, List.of(src), List.of(tgt), new PlaceRef(p, new Span(35, 39), "sentence"),
                        new EventDate(day, "day", new Span(40, 49), "timex"), "asserted",
                        rnd.nextInt(3) == 0 ? Map.of("killed", (long) rnd.nextInt(30)) : Map.of(), new Span(0, 73),
                        new Span(24, 32), null, new EventCodes("19", 4, "Battles", "Armed clash")));
                for (ActorRef r : List.of(src, tgt)) {
                    actors.putIfAbsent(r.id(), new Actor(r.id(), r.name(), r.type(), r.country(), null, null, true,
                            List.of(r.name()), List.of(r.mention())));
                }
                used.putIfAbsent(p.id(), p);
            }
            ActorRef rs = cast.get(rnd.nextInt(cast.size()));
            ActorRef rt = cast.get(rnd.nextInt(cast.size()));
            List<Relation> relations = rs.id().equals(rt.id()) ? List.of() : List.of(new Relation(
                    relTypes[rnd.nextInt(relTypes.length)], rs, rt, null, published.toString(), new Span(74, 120),
                    new Span(80, 85)));
            for (ActorRef r : List.of(rs, rt)) {
                actors.putIfAbsent(r.id(), new Actor(r.id(), r.name(), r.type(), r.country(), null, null, true,
                        List.of(r.name()), List.of(r.mention())));
            }
            out.add(new Analysis(a, events, List.copyOf(actors.values()), List.copyOf(used.values()), relations,
                    List.of(new CountFact("killed", 12, null, "civilians", "Town", new Span(50, 72)))));
        }
        return out;
    }
}
