package org.faultline.store;

import java.util.function.Supplier;
import org.faultline.analysis.Analyzer;
import org.faultline.ingest.Article;

/**
 * Analyse-and-store, one article at a time. An article already stored with the same content is not
 * analysed again; the analyzer is only built when some article needs it (building the standard one
 * loads CoreNLP). Call {@link #finish()} at the end to recompute the canonical events once.
 */
public final class Ingest {
    /** What happened to one article: {@code result} is null when analysis or storing failed. */
    public record Outcome(Article article, PutResult result, RuntimeException error) {
    }

    private final Store store;
    private final Supplier<? extends Analyzer> analyzers;
    private Analyzer analyzer;

    public Ingest(Store store, Supplier<? extends Analyzer> analyzers) {
        this.store = store;
        this.analyzers = analyzers;
    }

    public Outcome one(Article article) {
        try {
            if (store.isStored(article)) {
                return new Outcome(article, PutResult.UNCHANGED, null);
            }
            if (analyzer == null) {
                analyzer = analyzers.get();
            }
            return new Outcome(article, store.put(analyzer.analyze(article)), null);
        } catch (RuntimeException e) {
            return new Outcome(article, null, e);
        }
    }

    public void finish() {
        store.recluster();
    }
}
