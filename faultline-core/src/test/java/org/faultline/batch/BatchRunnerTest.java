package org.faultline.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;
import org.faultline.ingest.Article;
import org.junit.jupiter.api.Test;

class BatchRunnerTest {

    private static List<Article> articles(int n) {
        return IntStream.range(0, n).mapToObj(i -> new Article("a" + i, null, null, null, null, "text " + i,
                "test:" + i)).toList();
    }

    @Test
    void outcomesArriveInInputOrderWhateverTheWorkersFinishingOrder() {
        List<String> seen = new ArrayList<>();
        int failures = new BatchRunner(4, 8).run(articles(200).iterator(), a -> {
            try {
                Thread.sleep(ThreadLocalRandom.current().nextInt(3));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return a.id().toUpperCase();
        }, o -> seen.add(o.result()));
        assertEquals(0, failures);
        assertEquals(IntStream.range(0, 200).mapToObj(i -> "A" + i).toList(), seen);
    }

    @Test
    void aFailedArticleIsReportedWithItsOriginAndTheBatchGoesOn() {
        List<String> origins = new ArrayList<>();
        List<String> ok = new ArrayList<>();
        int failures = new BatchRunner(2).run(articles(10).iterator(), a -> {
            if (a.id().equals("a3") || a.id().equals("a7")) {
                throw new IllegalStateException("boom");
            }
            return a.id();
        }, o -> {
            if (o.failed()) {
                origins.add(o.article().origin());
            } else {
                ok.add(o.result());
            }
        });
        assertEquals(2, failures);
        assertEquals(List.of("test:3", "test:7"), origins);
        assertEquals(8, ok.size());
    }

    @Test
    void oneThreadAndAnEmptyInputWork() {
        List<String> seen = new ArrayList<>();
        assertEquals(0, new BatchRunner(1).run(articles(0).iterator(), Article::id, o -> seen.add(o.result())));
        assertTrue(seen.isEmpty());
        new BatchRunner(1).run(articles(3).iterator(), Article::id, o -> seen.add(o.result()));
        assertEquals(List.of("a0", "a1", "a2"), seen);
    }

    @Test
    void articlesAreReadAsTheSinkTakesResultsNeverMoreThanInFlightAhead() {
        int[] read = {0};
        int[] maxAhead = {0};
        int[] sunk = {0};
        Thread caller = Thread.currentThread();
        Iterator<Article> source = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return read[0] < 1000;
            }

            @Override
            public Article next() {
                assertSame(caller, Thread.currentThread(), "the iterator is used on the calling thread");
                maxAhead[0] = Math.max(maxAhead[0], ++read[0] - sunk[0]);
                return new Article("a" + read[0], null, null, null, null, "text", "test");
            }
        };
        new BatchRunner(2, 8).run(source, Article::id, o -> sunk[0]++);
        assertEquals(1000, sunk[0]);
        assertTrue(maxAhead[0] <= 8, "read ahead of the sink: " + maxAhead[0]);
    }

    @Test
    void anIteratorFailureStopsTheBatchAfterWhatWasReadReachesTheSink() {
        List<String> seen = new ArrayList<>();
        Iterator<Article> failing = new Iterator<>() {
            int i;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Article next() {
                if (i == 5) {
                    throw new IllegalStateException("disk gone");
                }
                return articles(5).get(i++);
            }
        };
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new BatchRunner(2, 4).run(failing, Article::id, o -> seen.add(o.result())));
        assertEquals("disk gone", e.getMessage());
        assertEquals(List.of("a0", "a1", "a2", "a3", "a4"), seen);
    }
}
