package org.faultline.cli;

import java.io.PrintStream;
import org.faultline.ingest.Article;
import org.faultline.pipeline.ArticleSkippedException;

/**
 * The articles a batch's analyzer refused on purpose (not English), and those it analysed without events by
 * design (a sport, business or weather report): each reported on stderr with its origin, id and reason as
 * it comes, and counted in a closing line. They are not failures: the exit code does not count them.
 */
final class Skipped {
    private final PrintStream err;
    private int count;
    private int eventless;

    Skipped(PrintStream err) {
        this.err = err;
    }

    void report(Article article, ArticleSkippedException e) {
        count++;
        err.println("faultline: " + article.origin() + ": skipped: " + e.getMessage());
    }

    /** An analysis whose notice says why it has no events (nothing is said for null). */
    void notice(Article article, String notice) {
        if (notice != null) {
            eventless++;
            err.println("faultline: " + article.origin() + ": no events: " + notice);
        }
    }

    int count() {
        return count;
    }

    void summary() {
        if (count > 0) {
            err.println("faultline: " + count + " article(s) skipped: not in English");
        }
        if (eventless > 0) {
            err.println("faultline: " + eventless + " article(s) without events: sport, business or weather reports");
        }
    }
}
