package org.faultline.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.faultline.analysis.Analysis;
import org.faultline.analysis.Analyzer;
import org.faultline.ingest.Article;
import org.junit.jupiter.api.Test;

/** The per-article time limit, with fake analyzers (no CoreNLP). */
class TimeLimitedAnalyzerTest {

    private static Article article(String id, String text) {
        return new Article(id, null, null, null, null, text, "test");
    }

    private static Analysis empty(Article a) {
        return new Analysis(a, List.of(), List.of(), List.of(), List.of(), List.of());
    }

    @Test
    void fastAnalysisPassesThrough() {
        try (TimeLimitedAnalyzer t = new TimeLimitedAnalyzer(TimeLimitedAnalyzerTest::empty, Duration.ofSeconds(5), 1, 1)) {
            assertEquals("a", t.analyze(article("a", "text")).article().id());
        }
    }

    @Test
    void slowAnalysisTimesOutWithAClearMessageAndTheNextArticleStillRuns() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Analyzer slow = a -> {
            if (a.text().equals("slow")) {
                try {
                    release.await(30, TimeUnit.SECONDS); // ignores nothing: finishes when released, as CoreNLP would
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return empty(a);
        };
        try (TimeLimitedAnalyzer t = new TimeLimitedAnalyzer(slow, Duration.ofMillis(300), 2, 2)) {
            long start = System.nanoTime();
            AnalysisTimeoutException e = assertThrows(AnalysisTimeoutException.class, () -> t.analyze(article("x-1", "slow")));
            long ms = (System.nanoTime() - start) / 1_000_000;
            assertTrue(ms < 5000, "returned after " + ms + " ms");
            assertEquals("article x-1: analysis exceeded 1 s", e.getMessage());
            assertEquals("x-1", e.articleId());
            // the stuck worker holds one thread; the other still serves
            assertEquals("ok", t.analyze(article("ok", "fast")).article().id());
            release.countDown();
        }
    }

    @Test
    void boundedPoolRejectsInsteadOfPilingUpThreads() {
        CountDownLatch release = new CountDownLatch(1);
        Analyzer stuck = a -> {
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return empty(a);
        };
        try (TimeLimitedAnalyzer t = new TimeLimitedAnalyzer(stuck, Duration.ofMillis(100), 1, 1)) {
            assertThrows(AnalysisTimeoutException.class, () -> t.analyze(article("1", "a")));
            assertThrows(AnalysisTimeoutException.class, () -> t.analyze(article("2", "b"))); // queued, then dropped
            // worker busy with "1"; "2" was cancelled but may still occupy the queue slot until polled
            int rejected = 0;
            for (int i = 0; i < 3; i++) {
                try {
                    t.analyze(article("r" + i, "c"));
                } catch (RejectedExecutionException e) {
                    rejected++;
                } catch (AnalysisTimeoutException e) {
                    // took a free queue slot and timed out
                }
            }
            assertTrue(rejected >= 1, "overload is refused, not queued without bound");
            release.countDown();
        }
    }

    @Test
    void analyzerExceptionsPassThroughUnwrapped() {
        Analyzer failing = a -> {
            throw new IllegalArgumentException("bad article " + a.id());
        };
        try (TimeLimitedAnalyzer t = new TimeLimitedAnalyzer(failing, Duration.ofSeconds(5), 1, 0)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> t.analyze(article("z", "t")));
            assertEquals("bad article z", e.getMessage());
        }
    }
}
