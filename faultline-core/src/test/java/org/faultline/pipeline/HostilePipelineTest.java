package org.faultline.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.faultline.TestPipeline;
import org.faultline.analysis.Analysis;
import org.faultline.ingest.Article;
import org.faultline.ingest.ArticleSources;
import org.faultline.ingest.ReadResult;
import org.faultline.json.AnalysisJson;
import org.faultline.nlp.AnnotatedArticle;
import org.faultline.nlp.NlpPipeline;
import org.faultline.nlp.Sentence;
import org.faultline.nlp.Token;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile articles through the whole pipeline (real CoreNLP) under a per-article time limit: text with
 * no sentence punctuation, thousands of numbers, right-to-left script, Windows-1252 quotes (invalid UTF-8), deeply
 * nested HTML. Each is read, analysed within the limit or reported, and the good article after still
 * yields its event.
 */
class HostilePipelineTest {
    private static final Duration PER_ARTICLE = Duration.ofSeconds(180);

    @TempDir
    Path dir;

    @Test
    void unpunctuatedTextIsCutIntoBoundedSentencesWithOffsetsIntact() {
        StringBuilder text = new StringBuilder();
        String[] words = {"rebels", "attacked", "the", "town", "and", "soldiers", "fired", "at", "protesters", "in",
            "Aleppo", "while", "government", "forces", "shelled", "villages"};
        for (int i = 0; i < 20_000; i++) {
            text.append(words[i % words.length]).append(' ');
        }
        long start = System.nanoTime();
        AnnotatedArticle doc = NlpPipeline.shared().annotate(new Article("flat", null, null, null, null, text.toString(), "test"));
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("20,000 tokens without punctuation: %.1f s, %d sentences%n", seconds, doc.sentences().size());
        assertTrue(seconds < PER_ARTICLE.toSeconds(), "took " + seconds + " s");
        int tokens = 0;
        for (Sentence s : doc.sentences()) {
            assertTrue(s.tokens().size() <= NlpPipeline.MAX_SENTENCE_TOKENS, "sentence of " + s.tokens().size());
            for (Token t : s.tokens()) {
                assertEquals(t.word(), text.substring(t.start(), t.end()));
                assertTrue(t.index() >= 0 && t.index() < s.tokens().size());
            }
            assertEquals(s.index(), doc.sentences().indexOf(s));
            tokens += s.tokens().size();
        }
        // 137,000 characters: analysed up to the limit, less at most a short piece (150 tokens) before it
        int analysed = doc.sentences().get(doc.sentences().size() - 1).end();
        assertTrue(analysed > Article.MAX_ANALYSED_CHARS - 2_000 && analysed <= Article.MAX_ANALYSED_CHARS, "to " + analysed);
        assertEquals(text.substring(0, analysed).split(" ").length, tokens, "every word of the analysed part");
    }

    @Test
    void hostileArticlesAreAnalysedOrReportedAndTheNextArticleStillWorks() throws IOException {
        StringBuilder numbers = new StringBuilder("Casualty figures: ");
        for (int i = 0; i < 3000; i++) {
            numbers.append(i * 7919 % 100_000).append(i % 25 == 24 ? ".\n" : ", ");
        }
        Files.writeString(dir.resolve("a-numbers.txt"), numbers);
        Files.writeString(dir.resolve("b-arabic.txt"),
                "\u0642\u0627\u0644\u062a \u0648\u0632\u0627\u0631\u0629 \u0627\u0644\u062f\u0641\u0627\u0639 \u0625\u0646 "
                + "\u0627\u0644\u0642\u0648\u0627\u062a \u062f\u062e\u0644\u062a \u0627\u0644\u0645\u062f\u064a\u0646\u0629. "
                + "Syrian forces shelled \u062d\u0644\u0628 (Aleppo) on Monday.");
        Files.write(dir.resolve("c-quotes.txt"), "The minister said \u201cwe will retaliate\u201d after rebels attacked Marib."
                .getBytes(java.nio.charset.Charset.forName("windows-1252")));
        StringBuilder deep = new StringBuilder("<html><body>");
        deep.append("<div>".repeat(10_000)).append("<p>Police arrested twenty protesters in Cairo on Friday.</p>")
                .append("<script>alert(1)</script>").append("</div>".repeat(10_000)).append("</body></html>");
        Files.writeString(dir.resolve("d-deep.html"), deep);
        Files.writeString(dir.resolve("e-flat.txt"), "militants attacked a checkpoint and troops fired back ".repeat(600));
        Files.write(dir.resolve("f-binary.txt"), new byte[] {0, 1, 2, 3, (byte) 0xFF, 0});
        Files.writeString(dir.resolve("z-good.jsonl"), "{\"id\": \"good\", \"published\": \"2020-05-04\", "
                + "\"text\": \"Rebels attacked the town of Marib on Monday, killing three soldiers.\"}\n", StandardCharsets.UTF_8);

        List<String> problems = new ArrayList<>();
        List<Analysis> analyses = new ArrayList<>();
        try (TimeLimitedAnalyzer analyzer = new TimeLimitedAnalyzer(TestPipeline.get(), PER_ARTICLE, 1, 1)) {
            for (ReadResult r : new ArticleSources().readAll(List.of(dir), null)) {
                if (!r.isArticle()) {
                    problems.add(r.problem().toString());
                    continue;
                }
                long start = System.nanoTime();
                try {
                    Analysis a = analyzer.analyze(r.article());
                    AnalysisJson.toJson(a); // the writer copes too
                    analyses.add(a);
                } catch (AnalysisTimeoutException | ArticleSkippedException e) {
                    problems.add(r.article().origin() + ": " + e.getMessage());
                }
                System.out.printf("%s: %.1f s%n", Path.of(r.article().origin()).getFileName(), (System.nanoTime() - start) / 1e9);
            }
        }
        assertTrue(problems.stream().anyMatch(p -> p.contains("f-binary.txt") && p.contains("binary data")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("c-quotes.txt:1:19: invalid UTF-8")), problems.toString());
        // mostly Arabic with one English sentence: reported as not English (LanguageGuard), not analysed into nothing
        assertTrue(problems.stream().anyMatch(p -> p.contains("b-arabic.txt") && p.contains("written in Arabic")),
                problems.toString());
        assertEquals(5, analyses.size(), "every other readable article analysed: " + problems);
        Analysis good = analyses.get(analyses.size() - 1);
        assertEquals("good", good.article().id());
        assertFalse(good.events().isEmpty(), "the good article after the hostile ones still yields its attack");
        for (Analysis a : analyses) {
            String text = a.article().text();
            a.events().forEach(e -> assertTrue(e.evidence().end() <= text.length() && e.evidence().start() >= 0));
        }
    }
}
