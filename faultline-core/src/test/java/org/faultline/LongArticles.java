package org.faultline;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.faultline.bench.CorpusGenerator;
import org.faultline.ingest.Article;
import org.faultline.ingest.ArticleSources;
import org.faultline.ingest.ReadResult;

/** Long news-like articles for tests: generated articles from the bundled sample, one after another. */
public final class LongArticles {
    private LongArticles() {
    }

    /** An article of exactly {@code chars} characters of paragraphs (cut mid-sentence at the end). */
    public static Article of(int chars) {
        List<Article> seeds = new ArticleSources().readAll(List.of(Path.of("../samples/seed.jsonl")), null).stream()
                .filter(ReadResult::isArticle).map(ReadResult::article).toList();
        StringBuilder text = new StringBuilder(chars + 10_000);
        List<Article> generated = new ArrayList<>(new CorpusGenerator(seeds).generate(5000, 7));
        for (int i = 0; text.length() < chars; i++) {
            text.append(generated.get(i % generated.size()).text().strip()).append("\n\n");
        }
        return new Article("long-" + chars, LocalDate.of(2020, 5, 4), null, null, null, text.substring(0, chars),
                "long.txt");
    }
}
