package org.faultline.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.faultline.ingest.Article;
import org.faultline.ingest.ArticleSources;
import org.faultline.ingest.InvalidUtf8;
import org.faultline.ingest.ReadProblem;
import org.faultline.ingest.ReadResult;
import org.faultline.ingest.ReadStream;

/**
 * The command's inputs as a stream of articles, read as they are pulled (memory does not grow with the
 * input); each problem is reported on stderr when it is reached and counted. Used from one thread.
 */
final class Inputs implements Iterator<Article>, AutoCloseable {
    private final ReadStream results;
    private final PrintStream err;
    private final long totalBytes;
    private Article next;
    private int failures;

    private Inputs(ArticleSources sources, List<Path> paths, LocalDate published, PrintStream err) {
        this.results = sources.open(paths, published);
        this.err = err;
        this.totalBytes = sources.totalBytes(paths);
    }

    static Inputs open(List<Path> paths, LocalDate published, PrintStream err) {
        return open(paths, published, InvalidUtf8.REPLACE, err);
    }

    static Inputs open(List<Path> paths, LocalDate published, InvalidUtf8 invalid, PrintStream err) {
        return new Inputs(new ArticleSources(Article.DEFAULT_MAX_CHARS, invalid), paths, published, err);
    }

    @Override
    public boolean hasNext() {
        while (next == null && results.hasNext()) {
            ReadResult r = results.next();
            if (r.isArticle()) {
                next = r.article();
                ReadProblem partly = next.partlyAnalysed();
                if (partly != null) {
                    err.println("faultline: warning: " + partly);
                }
            } else {
                err.println("faultline: " + r.problem());
                if (!r.problem().isWarning()) {
                    failures++;
                }
            }
        }
        return next != null;
    }

    @Override
    public Article next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Article a = next;
        next = null;
        return a;
    }

    /** The remaining articles in memory: for inputs known to be small (the demo, gold files). */
    List<Article> readAll() {
        List<Article> all = new ArrayList<>();
        forEachRemaining(all::add);
        return all;
    }

    /** Problems reported so far (warnings aside). */
    int failures() {
        return failures;
    }

    /** Bytes read so far and in all, for a progress display when the number of articles is unknown. */
    long bytesRead() {
        return results.bytesRead();
    }

    long totalBytes() {
        return totalBytes;
    }

    @Override
    public void close() {
        results.close();
    }
}
