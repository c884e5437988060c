package org.faultline.cli;

import java.io.PrintStream;
import org.faultline.ingest.Article;
import org.faultline.pipeline.ArticleSkippedException;

/**
 * The articles a batch's analyzer refused on purpose (not English; a sport, business or weather report):
 * each reported on stderr with its origin, id and reason as it comes, and counted in a closing line. They
 * are not failures: the exit code does not count them.
 */
final class Skipped {
    private final PrintStream err;
    private int count;

    Skipped(PrintStream err) {
        this.err = err;
    }

    void report(Article article, ArticleSkippedException e) {
        count++;
        err.println("faultline: " + article.origin() + ": skipped: " + e.getMessage());
    }

    int count() {
        return count;
    }

    void summary() {
        if (count > 0) {
            err.println("faultline: " + count + " article(s) skipped (not English, or not conflict news): no events from them");
        }
    }
}
