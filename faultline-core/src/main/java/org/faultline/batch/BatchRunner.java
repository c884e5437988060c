package org.faultline.batch;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.faultline.analysis.Analysis;
import org.faultline.analysis.Analyzer;
import org.faultline.ingest.Article;

/**
 * Analyses a stream of articles on N threads and hands the results to a sink in input order.
 *
 * <p>The calling thread pulls articles from the iterator and submits them to N workers that share one
 * thread-safe {@link Analyzer}, keeping at most {@code 4 * threads} articles in flight (so memory stays
 * flat however long the input); it takes their results in input order and calls the sink, so the
 * iterator and the sink (a writer, a store connection) are only ever used from one thread and output
 * order equals input order.
 * A failed article becomes an {@link Outcome} with its error; the batch goes on.
 */
public final class BatchRunner {
    /** One article's result: exactly one of {@code result} and {@code error} is non-null. */
    public record Outcome<T>(Article article, T result, RuntimeException error) {
        public boolean failed() {
            return error != null;
        }
    }

    /** Receives outcomes in input order, on the thread that called {@code run}. */
    @FunctionalInterface
    public interface Sink<T> {
        void accept(Outcome<T> outcome);
    }

    private final int threads;
    private final int inFlight;

    public BatchRunner(int threads) {
        this(threads, 4 * Math.max(1, threads));
    }

    public BatchRunner(int threads, int inFlight) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.threads = threads;
        this.inFlight = Math.max(1, inFlight);
    }

    /** The default thread count: one per available processor. */
    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    public int threads() {
        return threads;
    }

    /** Analyses every article with {@code analyzer}; returns the number of failed articles. */
    public int analyze(Iterator<Article> articles, Analyzer analyzer, Sink<Analysis> sink) {
        return run(articles, analyzer::analyze, sink);
    }

    /**
     * Applies {@code work} (thread-safe) to every article on the worker threads; outcomes reach
     * {@code sink} in input order. Returns the number of failed articles. An exception thrown by the
     * sink or the iterator stops the batch and is rethrown here.
     *
     * <p>The iterator and the sink are both called on the calling thread, alternately: so a reader may
     * consult the same single-threaded resource (a store connection) that the sink writes to, and no
     * more than {@code inFlight} articles are read ahead of the sink.
     */
    public <T> int run(Iterator<Article> articles, Function<Article, T> work, Sink<T> sink) {
        ExecutorService workers = Executors.newFixedThreadPool(threads, daemonThreads("faultline-worker"));
        Deque<CompletableFuture<Outcome<T>>> pending = new ArrayDeque<>(inFlight);
        int failures = 0;
        RuntimeException readError = null;
        try {
            while (true) {
                try {
                    while (readError == null && pending.size() < inFlight && articles.hasNext()) {
                        Article a = articles.next();
                        pending.add(CompletableFuture.supplyAsync(() -> apply(work, a), workers));
                    }
                } catch (RuntimeException e) {
                    readError = e; // the articles already read still reach the sink
                }
                CompletableFuture<Outcome<T>> head = pending.poll();
                if (head == null) {
                    break;
                }
                Outcome<T> o = head.get();
                if (o.failed()) {
                    failures++;
                }
                sink.accept(o);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("batch interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("batch worker failed", e.getCause());
        } finally {
            workers.shutdownNow();
        }
        if (readError != null) {
            throw readError;
        }
        return failures;
    }

    private static <T> Outcome<T> apply(Function<Article, T> work, Article a) {
        try {
            return new Outcome<>(a, work.apply(a), null);
        } catch (RuntimeException e) {
            return new Outcome<>(a, null, e);
        } catch (StackOverflowError e) {
            return new Outcome<>(a, null, new IllegalStateException("stack overflow", e));
        }
    }

    private static ThreadFactory daemonThreads(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
