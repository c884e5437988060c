package org.faultline.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.faultline.analysis.ActorRef;
import org.faultline.analysis.Analysis;
import org.faultline.analysis.Event;
import org.faultline.analysis.Place;
import org.faultline.ingest.Article;

/**
 * Prints store figures (no assertions, not a test): ingest throughput of ready analyses (no NLP), store
 * size per 1,000 articles, re-clustering time and query latency. Usage: StoreBench [ARTICLES] [DIR].
 */
public final class StoreBench {
    private StoreBench() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 2500;
        Path dir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("faultline-bench");
        Path db = dir.resolve("bench.db");
        Files.deleteIfExists(db);
        List<Analysis> analyses = corpus(n, new Random(1));
        long events = analyses.stream().mapToLong(a -> a.events().size()).sum();
        try (Store s = Store.open(db)) {
            long t0 = System.nanoTime();
            analyses.forEach(s::put);
            double secs = (System.nanoTime() - t0) / 1e9;
            System.out.printf("ingest: %d analyses (%d events) in %.1f s = %.0f analyses/minute%n", n, events, secs,
                    n / secs * 60);
            t0 = System.nanoTime();
            s.recluster();
            System.out.printf("re-cluster: %d events into %d canonical events in %.2f s%n", s.count("events"),
                    s.count("clusters"), (System.nanoTime() - t0) / 1e9);
            s.checkpoint();
            long bytes = Files.size(db);
            System.out.printf("store size: %.1f MB for %d articles = %.1f MB per 1,000 articles (text %d chars each)%n",
                    bytes / 1e6, n, bytes / 1e6 / n * 1000, analyses.get(0).article().text().length());
            time("query all (first 100)", () -> s.events(QueryFilter.all().withLimit(100)).size());
            time("query all (every event)", () -> s.events(QueryFilter.all()).size());
            time("query --actor 'islamic state'", () -> s.events(QueryFilter.all().withActor("islamic state")).size());
            time("query --type ASSAULT --country Iraq", () -> s.events(QueryFilter.all().withType("ASSAULT")
                    .withCountry("Iraq")).size());
            time("query --near 36.3,43.1 --radius 50", () -> s.events(QueryFilter.all().near(36.3, 43.1, 50)).size());
            time("query --from 2016-03-01 --to 2016-03-07", () -> s.events(QueryFilter.all()
                    .between(LocalDate.of(2016, 3, 1), LocalDate.of(2016, 3, 7))).size());
            time("query --min-mentions 3", () -> s.events(QueryFilter.all().withMinMentions(3)).size());
            time("stats", () -> Stats.compute(s, QueryFilter.all(), 20).size());
            time("actor network", () -> ActorNetwork.build(s, null, null).edges().size());
        }
    }

    private static void time(String what, Supplier<Integer> query) {
        query.get(); // warm up
        long[] ms = new long[15];
        int rows = 0;
        for (int i = 0; i < ms.length; i++) {
            long t0 = System.nanoTime();
            rows = query.get();
            ms[i] = (System.nanoTime() - t0) / 1_000_000;
        }
        Arrays.sort(ms);
        System.out.printf("  %-42s median %4d ms  (min %d, max %d; %d rows)%n", what, ms[ms.length / 2], ms[0],
                ms[ms.length - 1], rows);
    }

    /** Articles of about 3,300 characters with five events each, over 180 days, 8 places and 6 actors. */
    static List<Analysis> corpus(int n, Random rnd) {
        Place[] places = {Fixtures.MOSUL, Fixtures.KIRKUK, Fixtures.BAGHDAD, Fixtures.HAMAM, Fixtures.TALL_AFAR,
            Fixtures.IRAQ, Fixtures.point("gn:170654", "Damascus", 33.51, 36.29, "SYR", "Damascus"),
            Fixtures.point("gn:170063", "Aleppo", 36.2, 37.16, "SYR", "Aleppo")};
        List<Supplier<ActorRef>> cast = List.of(Fixtures::isis, Fixtures::iraqArmy, Fixtures::civilians, Fixtures::ypg,
                Fixtures::sdf, Fixtures::peshmerga);
        String[] types = {"ASSAULT", "ASSAULT", "ASSAULT", "PROTEST", "COERCE"};
        String text = Fixtures.TEXT.repeat(12);
        List<Analysis> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            LocalDate published = LocalDate.of(2016, 1, 1).plusDays(rnd.nextInt(180));
            Article a = new Article("bench-" + i, published, "Title " + i, "outlet" + rnd.nextInt(40),
                    "https://example.org/" + i, text, "bench");
            List<Event> events = new ArrayList<>();
            for (int e = 0; e < 5; e++) {
                List<ActorRef> src = List.of(cast.get(rnd.nextInt(cast.size())).get());
                List<ActorRef> tgt = rnd.nextBoolean() ? List.of(cast.get(rnd.nextInt(cast.size())).get()) : List.of();
                String day = published.minusDays(rnd.nextInt(3)).toString();
                events.add(Fixtures.event(types[rnd.nextInt(types.length)], src, tgt, places[rnd.nextInt(places.length)],
                        day, rnd.nextInt(3) == 0 ? Map.of("killed", (long) rnd.nextInt(30)) : Map.of()));
            }
            Analysis base = Fixtures.analysis(a, events, List.of(Fixtures.relation("SUPPORTS", Fixtures.ypg(),
                    Fixtures.sdf(), published.toString())));
            out.add(base);
        }
        return out;
    }
}
