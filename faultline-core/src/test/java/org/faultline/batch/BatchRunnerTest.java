package org.faultline.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
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
}
