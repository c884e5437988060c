package org.faultline.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.faultline.analysis.Analysis;
import org.faultline.analysis.Analyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestTest {
    @TempDir
    Path dir;

    /** Answers with the corpus analysis of the same article id; fails on "broken". */
    private static Analyzer fake(AtomicInteger calls) {
        Map<String, Analysis> byId = Fixtures.corpus().stream().collect(Collectors.toMap(a -> a.article().id(),
                Function.identity()));
        return article -> {
            calls.incrementAndGet();
            if (article.id().equals("broken")) {
                throw new IllegalStateException("parser crashed");
            }
            Analysis a = byId.get(article.id());
            return new Analysis(article, a.events(), a.actors(), a.places(), a.relations(), a.counts());
        };
    }

    @Test
    void skipsUnchangedArticlesWithoutAnalysingThem() {
        AtomicInteger calls = new AtomicInteger();
        AtomicInteger built = new AtomicInteger();
        try (Store s = Store.open(dir.resolve("i.db"))) {
            Ingest in = new Ingest(s, () -> {
                built.incrementAndGet();
                return fake(calls);
            });
            for (Analysis a : Fixtures.corpus()) {
                assertEquals(PutResult.STORED, in.one(a.article()).result());
            }
            in.finish();
            assertEquals(4, calls.get());
            Ingest again = new Ingest(s, () -> {
                built.incrementAndGet();
                return fake(calls);
            });
            for (Analysis a : Fixtures.corpus()) {
                assertEquals(PutResult.UNCHANGED, again.one(a.article()).result());
            }
            assertEquals(4, calls.get());
            assertEquals(1, built.get()); // the second ingest never built an analyzer
            Ingest.Outcome bad = again.one(Fixtures.article("broken", null, null, null));
            assertNull(bad.result());
            assertTrue(bad.error().getMessage().contains("parser crashed"));
        }
    }

    @Test
    void batchAnalysesInParallelStoresInInputOrderAndReportsFailures() {
        AtomicInteger calls = new AtomicInteger();
        try (Store s = Store.open(dir.resolve("b.db"))) {
            List<org.faultline.ingest.Article> articles = new java.util.ArrayList<>();
            Fixtures.corpus().forEach(a -> articles.add(a.article()));
            articles.add(2, Fixtures.article("broken", null, null, null));
            List<String> seen = new java.util.ArrayList<>();
            List<PutResult> results = new java.util.ArrayList<>();
            new Ingest(s, () -> fake(calls)).batch(articles.iterator(), new org.faultline.batch.BatchRunner(3), o -> {
                seen.add(o.article().id());
                results.add(o.result());
            });
            assertEquals(articles.stream().map(org.faultline.ingest.Article::id).toList(), seen);
            assertNull(results.get(2));
            assertEquals(4, results.stream().filter(r -> r == PutResult.STORED).count());
            assertEquals(4, s.count("articles"));
            List<PutResult> again = new java.util.ArrayList<>();
            new Ingest(s, () -> fake(calls)).batch(articles.subList(0, 2).iterator(), new org.faultline.batch.BatchRunner(2),
                    o -> again.add(o.result()));
            assertEquals(List.of(PutResult.UNCHANGED, PutResult.UNCHANGED), again);
            assertEquals(5, calls.get()); // unchanged articles were not analysed again
        }
    }

    @Test
    void demoPrintsEventsAndStats() throws Exception {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        StoreDemo.run(Fixtures.corpus(), null, new PrintStream(buf, true, StandardCharsets.UTF_8));
        String out = buf.toString(StandardCharsets.UTF_8);
        assertTrue(out.contains("4 article(s), 6 event mention(s), 3 canonical event(s)"), out);
        assertTrue(out.contains("EVENTS PER ACTOR"), out);
        assertTrue(out.contains("Islamic State"), out);
        Path db = dir.resolve("demo.db");
        StoreDemo.run(List.of(Fixtures.corpus().get(0)), db, new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8));
        assertTrue(Files.exists(db));
    }
}
