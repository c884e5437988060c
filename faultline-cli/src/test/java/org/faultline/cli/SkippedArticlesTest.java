package org.faultline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.faultline.analysis.Analysis;
import org.faultline.pipeline.ArticleGuards;
import org.faultline.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code analyze} and {@code ingest} on the guard corpora of faultline-core (non-English news; sport,
 * business and weather reports; conflict news using their words), with the pipeline's real guards in
 * front of a stand-in analysis: each refused article is reported on stderr with its origin, id and
 * reason, gives no output line and no stored article, and is not counted as a failure.
 */
class SkippedArticlesTest {
    private static final Path CORPORA = Path.of("..", "faultline-core", "src", "test", "resources", "guards");

    @TempDir
    Path dir;

    private static CommandLine.IFactory guarded() {
        ArticleGuards guards = new ArticleGuards();
        return new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                if (type == DataOptions.class) {
                    return type.cast(new DataOptions((actors, triggers) -> a -> {
                        guards.check(a);
                        return new Analysis(a, List.of(), List.of(), List.of(), List.of(), List.of());
                    }));
                }
                return CommandLine.defaultFactory().create(type);
            }
        };
    }

    private static String[] corpora(String... head) {
        List<String> args = new java.util.ArrayList<>(List.of(head));
        for (String f : List.of("non-english.jsonl", "off-topic.jsonl", "conflict-with-topic-words.jsonl")) {
            args.add(CORPORA.resolve(f).toString());
        }
        return args.toArray(String[]::new);
    }

    @Test
    void analyzeReportsEachSkippedArticleWithItsReasonAndWritesNothingForIt() {
        Cli.Result r = Cli.run(guarded(), corpora("analyze", "--threads", "2"));
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(4, lines.size(), "only the four conflict texts are analysed");
        assertTrue(lines.stream().allMatch(l -> l.contains("\"conflict-")), r.out());
        assertTrue(r.err().contains("non-english.jsonl:1: skipped: article ru-1 not analysed: written in Russian (ru, "), r.err());
        assertTrue(r.err().contains("non-english.jsonl:5: skipped: article zh-1 not analysed: written in Chinese"), r.err());
        assertTrue(r.err().contains("off-topic.jsonl:1: skipped: article sport-1 not analysed: reads as a sport report"),
                r.err());
        assertTrue(r.err().contains("22 article(s) skipped (not English, or not conflict news)"), r.err());
        assertEquals(22, r.err().lines().filter(l -> l.contains(": skipped: article ")).count());
    }

    @Test
    void ingestStoresNoneOfThemAndSaysSo() {
        String db = dir.resolve("g.db").toString();
        Cli.Result r = Cli.run(guarded(), corpora("ingest", "--db", db));
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("22 article(s) skipped"), r.err());
        assertTrue(r.err().contains("es-2 not analysed: written in Spanish"), r.err());
        try (Store s = Store.open(Path.of(db))) {
            assertEquals(4, s.count("articles"));
        }
    }
}
