package org.faultline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.faultline.analysis.Analysis;
import org.faultline.analysis.Analyzer;
import org.faultline.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Load on the loopback interface: 100 concurrent clients (a fixed pool; Java 17 has no virtual threads)
 * mix queries with analyse calls against a store of synthetic analyses ({@link WebBench#corpus}). The
 * analyzer is a stand-in that takes 200 ms, so the test measures the server (admission gate, store lock,
 * Jetty), not CoreNLP. Checked: no 5xx and no transport error; analyse calls answered 200 or 429
 * (overload, counted apart); query p99 latency; heap after a GC no more than 256 MB above before.
 * {@code -Dfaultline.load.seconds=N} sets the duration (10 s in the test); {@code main} runs 60 s.
 */
class LoadTest {
    static final int CLIENTS = 100;
    private static final List<String> QUERIES = List.of("/api/events?limit=50", "/api/events?limit=20&sort=mentions&order=desc",
            "/api/events/points", "/api/stats", "/api/network", "/api/actors?q=a", "/api/places", "/api/articles?limit=10",
            "/api/events?limit=50&from=2016-03-01&to=2016-03-31", "/", "/js/core.js");

    @TempDir
    Path dir;

    record Result(int queries, int analyses, int analysesRefused, int serverErrors, int transportErrors,
                  Map<Integer, Integer> statuses, long p50Millis, long p99Millis, long maxMillis, long heapBeforeMb,
                  long heapAfterMb, double seconds) {
        @Override
        public String toString() {
            return String.format("%d clients, %.0f s: %d queries (p50 %d ms, p99 %d ms, max %d ms), %d analyses "
                    + "answered 200, %d refused 429, %d 5xx, %d transport errors; statuses %s; heap after GC %d MB -> %d MB",
                    CLIENTS, seconds, queries, p50Millis, p99Millis, maxMillis, analyses, analysesRefused, serverErrors,
                    transportErrors, statuses, heapBeforeMb, heapAfterMb);
        }
    }

    static long usedHeapMb() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
    }

    static Result run(Path dbDir, Analyzer analyzer, int seconds) throws Exception {
        try (Store store = Store.open(dbDir.resolve("load.db"))) {
            WebBench.corpus(200, new Random(7)).forEach(store::put);
            store.recluster();
            try (WebServer server = WebServer.start(store, () -> analyzer, "127.0.0.1", 0,
                    ServerOptions.defaults().withAnalysis(2, 8, Duration.ofSeconds(60)))) {
                String base = "http://127.0.0.1:" + server.port();
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(10)).executor(Executors.newFixedThreadPool(8)).build();
                // warm up: first requests load classes and fill caches
                for (String q : QUERIES) {
                    http.send(HttpRequest.newBuilder(URI.create(base + q)).build(), HttpResponse.BodyHandlers.discarding());
                }
                long heapBefore = usedHeapMb();
                List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
                Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
                AtomicInteger analyses = new AtomicInteger();
                AtomicInteger refused = new AtomicInteger();
                AtomicInteger serverErrors = new AtomicInteger();
                AtomicInteger transport = new AtomicInteger();
                long start = System.nanoTime();
                long deadline = start + TimeUnit.SECONDS.toNanos(seconds);
                ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
                for (int c = 0; c < CLIENTS; c++) {
                    int id = c;
                    clients.submit(() -> {
                        Random rnd = new Random(id);
                        while (System.nanoTime() < deadline) {
                            boolean analyse = rnd.nextInt(10) == 0;
                            HttpRequest req = analyse
                                    ? HttpRequest.newBuilder(URI.create(base + "/api/analyze")).timeout(Duration.ofSeconds(120))
                                            .header("Content-Type", "application/json")
                                            .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"Rebels attacked the town "
                                                    + id + " on Monday, killing three soldiers.\"}")).build()
                                    : HttpRequest.newBuilder(URI.create(base + QUERIES.get(rnd.nextInt(QUERIES.size()))))
                                            .timeout(Duration.ofSeconds(60)).build();
                            long t = System.nanoTime();
                            try {
                                HttpResponse<Void> r = http.send(req, HttpResponse.BodyHandlers.discarding());
                                long ms = (System.nanoTime() - t) / 1_000_000;
                                statuses.merge(r.statusCode(), 1, Integer::sum);
                                if (r.statusCode() >= 500) {
                                    serverErrors.incrementAndGet();
                                } else if (analyse) {
                                    (r.statusCode() == 429 ? refused : analyses).incrementAndGet();
                                } else {
                                    latencies.add(ms);
                                }
                            } catch (Exception e) {
                                transport.incrementAndGet();
                            }
                        }
                    });
                }
                clients.shutdown();
                clients.awaitTermination(seconds + 180L, TimeUnit.SECONDS);
                double took = (System.nanoTime() - start) / 1e9;
                long heapAfter = usedHeapMb();
                List<Long> sorted = new ArrayList<>(latencies);
                Collections.sort(sorted);
                long p50 = sorted.isEmpty() ? -1 : sorted.get(sorted.size() / 2);
                long p99 = sorted.isEmpty() ? -1 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.99) - 1));
                long max = sorted.isEmpty() ? -1 : sorted.get(sorted.size() - 1);
                return new Result(sorted.size(), analyses.get(), refused.get(), serverErrors.get(), transport.get(),
                        new java.util.TreeMap<>(statuses), p50, p99, max, heapBefore, heapAfter, took);
            }
        }
    }

    /** An analyzer that takes {@code millis} and finds nothing (also {@link SecurityTest}'s fake). */
    static Analyzer standIn(long millis) {
        return a -> {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new Analysis(a, List.of(), List.of(), List.of(), List.of(), List.of());
        };
    }

    @Test
    void hundredClientsForTenSecondsGetNoServerErrors() throws Exception {
        int seconds = Integer.getInteger("faultline.load.seconds", 10);
        Result r = run(dir, standIn(200), seconds);
        System.out.println("load: " + r);
        assertEquals(0, r.serverErrors(), r.toString());
        assertEquals(0, r.transportErrors(), r.toString());
        assertTrue(r.queries() > CLIENTS, "queries were served: " + r);
        assertTrue(r.analyses() > 0, "some analyses got through: " + r);
        assertTrue(r.statuses().keySet().stream().allMatch(s -> s == 200 || s == 429), r.toString());
        // p99 latency is printed, not asserted: speed targets live in benchmarks, not in timed tests
        assertTrue(r.heapAfterMb() - r.heapBeforeMb() < 256, "heap stable: " + r);
    }

    /** The bench: {@code LoadTest [SECONDS]}, 60 s by default. */
    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        Path dir = Files.createTempDirectory("faultline-load");
        System.out.println("load: " + run(dir, standIn(200), seconds));
    }
}
