package org.faultline.store;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.faultline.batch.BatchRunner;
import org.faultline.analysis.Analysis;
import org.faultline.analysis.Analyzer;
import org.faultline.ingest.Article;

/**
 * Analyse-and-store, one article at a time. An article already stored with the same content is not
 * analysed again; the analyzer is only built when some article needs it (building the standard one
 * loads CoreNLP). Call {@link #finish()} at the end to recompute the canonical events once.
 */
public final class Ingest {
    /**
     * What happened to one article: {@code result} is null when analysis or storing failed; {@code notice}
     * is the analysis's word on why it has no events by design (see {@link Analysis#notice()}), else null.
     */
    public record Outcome(Article article, PutResult result, RuntimeException error, String notice) {
        public Outcome(Article article, PutResult result, RuntimeException error) {
            this(article, result, error, null);
        }
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
            Analysis analysis = analyzer.analyze(article);
            return new Outcome(article, store.put(analysis), null, analysis.notice());
        } catch (RuntimeException e) {
            return new Outcome(article, null, e);
        }
    }

    /**
     * Analyses-and-stores many articles, pulled one at a time so that an input larger than memory streams
     * through: analysis runs on the runner's threads (one shared analyzer), while every store access (the
     * stored-content check as each article is read, the writes) stays on the calling thread, in input
     * order. Outcomes reach {@code sink} in input order; each is stored before the next is reported, so a
     * batch stopped part-way keeps what it stored.
     */
    public void batch(Iterator<Article> articles, BatchRunner runner, Consumer<Outcome> sink) {
        Set<Article> stored = Collections.newSetFromMap(new IdentityHashMap<>()); // only those in flight
        Iterator<Article> checked = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return articles.hasNext();
            }

            @Override
            public Article next() {
                Article a = articles.next();
                if (isStored(a)) {
                    stored.add(a);
                } else if (analyzer == null) {
                    analyzer = analyzers.get(); // before the article reaches a worker
                }
                return a;
            }
        };
        runner.run(checked, a -> stored.contains(a) ? null : analyzer.analyze(a), o -> {
            if (o.failed()) {
                sink.accept(new Outcome(o.article(), null, o.error()));
            } else if (stored.remove(o.article())) {
                sink.accept(new Outcome(o.article(), PutResult.UNCHANGED, null));
            } else {
                Outcome stored1;
                try {
                    stored1 = new Outcome(o.article(), store.put(o.result()), null, o.result().notice());
                } catch (RuntimeException e) {
                    stored1 = new Outcome(o.article(), null, e);
                }
                sink.accept(stored1);
            }
        });
    }

    /** Whether the article is stored with the same content; a failing check is left to the write to report. */
    private boolean isStored(Article a) {
        try {
            return store.isStored(a);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * Analyse-and-store through a store that other processes may share ({@link SharedStore}): one read
     * finds the articles already stored with the same content, the others are analysed outside any store
     * session, and their analyses are stored in one write, so the file is held read-write only while
     * storing. Outcomes are in input order.
     */
    public static List<Outcome> through(StoreAccess access, Analyzer analyzer, List<Article> articles) {
        Set<Article> stored = access.read(s -> {
            Set<Article> found = Collections.newSetFromMap(new IdentityHashMap<>());
            articles.stream().filter(s::isStored).forEach(found::add);
            return found;
        });
        List<Prepared> prepared = articles.stream()
                .map(a -> stored.contains(a) ? new Prepared(a, null, null) : Prepared.analyse(analyzer, a)).toList();
        if (prepared.stream().noneMatch(p -> p.analysis() != null)) {
            return prepared.stream().map(p -> p.store(null)).toList();
        }
        return access.write(s -> prepared.stream().map(p -> p.store(s)).toList());
    }

    /** An article on its way into the store: analysed, unchanged (both null) or failed. */
    private record Prepared(Article article, Analysis analysis, RuntimeException error) {
        static Prepared analyse(Analyzer analyzer, Article a) {
            try {
                return new Prepared(a, analyzer.analyze(a), null);
            } catch (RuntimeException e) {
                return new Prepared(a, null, e);
            }
        }

        Outcome store(Store s) {
            if (error != null) {
                return new Outcome(article, null, error);
            }
            if (analysis == null) {
                return new Outcome(article, PutResult.UNCHANGED, null);
            }
            try {
                return new Outcome(article, s.put(analysis), null, analysis.notice());
            } catch (RuntimeException e) {
                return new Outcome(article, null, e);
            }
        }
    }

    public void finish() {
        store.recluster();
    }
}
