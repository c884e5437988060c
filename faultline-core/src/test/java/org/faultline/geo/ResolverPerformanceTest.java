package org.faultline.geo;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import org.faultline.nlp.AnnotatedArticle;
import org.junit.jupiter.api.Test;

/** Prints resolution throughput; measures only (timings vary with the machine), asserts nothing on time. */
class ResolverPerformanceTest {

    @Test
    void placesPerSecond() {
        PlaceResolver resolver = new PlaceResolver(Gazetteer.loadDefault());
        List<AnnotatedArticle> docs = List.of(
                TestArticles.of(PlaceResolverTest.ISIS, Map.of("Isis", "ORGANIZATION")),
                TestArticles.of(PlaceResolverTest.YEMEN, Map.of("Martin Griffiths", "PERSON")),
                TestArticles.of(PlaceResolverTest.KARABAKH, Map.of("Stepanakert", "LOCATION")));
        for (int i = 0; i < 200; i++) { // warm up the JIT
            resolver.resolve(docs.get(i % docs.size()), List.of());
        }
        int rounds = 600;
        long places = 0;
        long mentions = 0;
        long t0 = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            ResolvedPlaces r = resolver.resolve(docs.get(i % docs.size()), List.of());
            places += r.places().size();
            mentions += r.mentions().size();
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        System.out.printf("[geo] resolved %d articles in %.2f s: %.2f ms/article, %.0f places/s, %.0f mentions/s%n",
                rounds, secs, 1000 * secs / rounds, places / secs, mentions / secs);
        assertFalse(places == 0);
    }
}
