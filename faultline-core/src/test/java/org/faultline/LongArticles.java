package org.faultline;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.faultline.ingest.Article;
import org.faultline.ingest.ArticleSources;
import org.faultline.ingest.ReadResult;

/**
 * Long news-like articles for tests: the bundled sample's paragraphs, one after another and over again.
 * (The benchmark's recombined corpus, {@code bench.CorpusGenerator}, lives with the bench in faultline-eval.)
 */
public final class LongArticles {
    private LongArticles() {
    }

    /** An article of exactly {@code chars} characters of paragraphs (cut mid-sentence at the end). */
    public static Article of(int chars) {
        List<String> paragraphs = new ArticleSources().readAll(List.of(Path.of("../samples/seed.jsonl")), null).stream()
                .filter(ReadResult::isArticle)
                .flatMap(r -> Arrays.stream(r.article().text().split("\\n\\s*\\n")))
                .map(String::strip).filter(p -> !p.isEmpty()).toList();
        StringBuilder text = new StringBuilder(chars + 10_000);
        for (int i = 0; text.length() < chars; i++) {
            text.append(paragraphs.get(i % paragraphs.size())).append("\n\n");
        }
        return new Article("long-" + chars, LocalDate.of(2020, 5, 4), null, null, null, text.substring(0, chars),
                "long.txt");
    }
}
