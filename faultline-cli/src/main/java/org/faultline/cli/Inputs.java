package org.faultline.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.faultline.ingest.Article;
import org.faultline.ingest.ArticleSources;
import org.faultline.ingest.InvalidUtf8;
import org.faultline.ingest.ReadProblem;
import org.faultline.ingest.ReadResult;

/** Reads the command's inputs, reporting each problem on stderr and counting the failures. */
final class Inputs {
    private final List<Article> articles = new ArrayList<>();
    private int failures;

    static Inputs read(List<Path> paths, LocalDate published, PrintStream err) {
        return read(paths, published, InvalidUtf8.REPLACE, err);
    }

    static Inputs read(List<Path> paths, LocalDate published, InvalidUtf8 invalid, PrintStream err) {
        Inputs in = new Inputs();
        new ArticleSources(Article.DEFAULT_MAX_CHARS, invalid).forEach(paths, published, (ReadResult r) -> {
            if (r.isArticle()) {
                in.articles.add(r.article());
                ReadProblem partly = r.article().partlyAnalysed();
                if (partly != null) {
                    err.println("faultline: warning: " + partly);
                }
            } else {
                err.println("faultline: " + r.problem());
                if (!r.problem().isWarning()) {
                    in.failures++;
                }
            }
        });
        return in;
    }

    List<Article> articles() { return articles; }

    int failures() { return failures; }
}
