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
 * business and weather reports; conflict news using their words), with the pipeline's real guards around
 * a stand-in analysis: a non-English article is reported on stderr with its origin, id and language and
 * gives no output line and no stored article; a report is said to have no events, and why; neither counts
 * as a failure.
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
                    return type.cast(new DataOptions((actors, triggers) -> a -> guards.analyze(a,
                            x -> new Analysis(x, List.of(), List.of(), List.of(), List.of(), List.of()))));
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
    void analyzeReportsEachSkippedOrEventlessArticleWithItsReason() {
        Cli.Result r = Cli.run(guarded(), corpora("analyze", "--threads", "2"));
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(13, lines.size(), "the 4 conflict texts and the 9 reports; nothing for the 13 non-English texts");
        assertTrue(lines.stream().noneMatch(l -> l.matches("\\{\"id\":\"(ru|ar|zh|fr|es|uk|de|pt)-.*")), r.out());
        assertTrue(lines.stream().filter(l -> l.contains("\"notice\":\"article ")).count() == 9, r.out());
        assertTrue(r.err().contains("non-english.jsonl:1: skipped: article ru-1 not analysed: written in Russian (ru, "), r.err());
        assertTrue(r.err().contains("non-english.jsonl:5: skipped: article zh-1 not analysed: written in Chinese"), r.err());
        assertTrue(r.err().contains("off-topic.jsonl:1: no events: article sport-1 has no conflict events: reads as a "
                + "sport report"), r.err());
        assertTrue(r.err().contains("13 article(s) skipped: not in English"), r.err());
        assertTrue(r.err().contains("9 article(s) without events: sport, business or weather reports"), r.err());
        assertEquals(13, r.err().lines().filter(l -> l.contains(": skipped: article ")).count());
    }

    @Test
    void ingestStoresNoNonEnglishArticleAndSaysWhyTheReportsHaveNoEvents() {
        String db = dir.resolve("g.db").toString();
        Cli.Result r = Cli.run(guarded(), corpora("ingest", "--db", db));
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("13 article(s) skipped"), r.err());
        assertTrue(r.err().contains("es-2 not analysed: written in Spanish"), r.err());
        assertTrue(r.err().contains("weather-3 has no conflict events: reads as a weather report"), r.err());
        try (Store s = Store.open(Path.of(db))) {
            assertEquals(13, s.count("articles"), "the reports are stored for their actors and places");
        }
    }
}
