package org.faultline.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.faultline.eval.SharedEval;
import org.faultline.ingest.Article;
import org.faultline.ingest.ArticleSources;
import org.faultline.ingest.ReadResult;
import org.junit.jupiter.api.Test;

/** Every dev-set article passes the language and topic guards: none is refused or stripped of its events. */
class DevSetGuardsTest {

    private static List<Article> read(Path... files) {
        List<Article> out = new ArrayList<>();
        for (ReadResult r : new ArticleSources().readAll(List.of(files), null)) {
            assertTrue(r.isArticle(), String.valueOf(r.problem()));
            out.add(r.article());
        }
        return out;
    }

    @Test
    void noDevSetArticleIsRefused() throws Exception {
        Path dev = SharedEval.require().resolve("dev");
        List<Path> inputs;
        try (Stream<Path> files = Files.list(dev)) {
            inputs = files.filter(p -> p.toString().endsWith(".input.jsonl")).sorted().toList();
        }
        ArticleGuards guards = new ArticleGuards();
        List<Article> articles = read(inputs.toArray(Path[]::new));
        assertTrue(articles.size() >= 16, "dev articles: " + articles.size());
        List<String> refused = new ArrayList<>();
        for (Article a : articles) {
            try {
                guards.checkLanguage(a);
                if (guards.offTopic(a) != null) {
                    refused.add(a.id() + ": " + guards.offTopic(a));
                }
            } catch (ArticleSkippedException e) {
                refused.add(e.getMessage());
            }
        }
        assertEquals(List.of(), refused);
    }
}
