package org.faultline.pipeline;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.faultline.analysis.Analysis;
import org.faultline.analysis.Analyzer;
import org.faultline.ingest.Article;

/**
 * Puts a time limit on each article: {@link #analyze} runs the wrapped analyzer on a bounded worker pool
 * and waits at most the limit for it, then throws {@link AnalysisTimeoutException}.
 *
 * <p>CoreNLP does not check for interruption and is not safe to interrupt mid-annotation, so a timed-out
 * analysis is <em>not</em> cancelled: its worker finishes in the background and its result is dropped.
 * The pool is bounded ({@code workers} threads, a queue of {@code queue} tasks) so that a run of
 * pathological articles cannot pile up unbounded threads; when all workers and queue slots are taken,
 * {@link #analyze} fails at once with {@link RejectedExecutionException} rather than waiting.
 * Thread-safe when the wrapped analyzer is. Close it to let the worker threads end.
 */
public final class TimeLimitedAnalyzer implements Analyzer, AutoCloseable {
    /** The default limit per article. */
    public static final Duration DEFAULT_LIMIT = Duration.ofSeconds(120);

    private final Analyzer inner;
    private final Duration limit;
    private final ThreadPoolExecutor pool;

    public TimeLimitedAnalyzer(Analyzer inner, Duration limit, int workers, int queue) {
        this.inner = Objects.requireNonNull(inner, "inner");
        this.limit = Objects.requireNonNull(limit, "limit");
        if (limit.isNegative() || limit.isZero() || workers < 1 || queue < 0) {
            throw new IllegalArgumentException("limit must be positive, workers >= 1, queue >= 0");
        }
        AtomicInteger n = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(workers, workers, 30, TimeUnit.SECONDS,
                queue == 0 ? new java.util.concurrent.SynchronousQueue<>() : new ArrayBlockingQueue<>(queue), r -> {
                    Thread t = new Thread(r, "faultline-analysis-" + n.incrementAndGet());
                    t.setDaemon(true); // a runaway analysis never keeps the JVM alive
                    return t;
                }, new ThreadPoolExecutor.AbortPolicy());
        pool.allowCoreThreadTimeOut(true);
    }

    /** One worker per available processor, a queue of four times that. */
    public TimeLimitedAnalyzer(Analyzer inner, Duration limit) {
        this(inner, limit, Runtime.getRuntime().availableProcessors(), 4 * Runtime.getRuntime().availableProcessors());
    }

    public Duration limit() {
        return limit;
    }

    @Override
    public Analysis analyze(Article article) {
        Future<Analysis> result = pool.submit(() -> inner.analyze(article));
        try {
            return result.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            // cancel(false): a queued task is dropped; a running one is left to finish (see class comment)
            result.cancel(false);
            throw new AnalysisTimeoutException(article.id(), Math.max(1, limit.toSeconds()));
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException("article " + article.id() + ": " + cause, cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            result.cancel(false);
            throw new IllegalStateException("article " + article.id() + ": interrupted while waiting for analysis", e);
        }
    }

    @Override
    public void close() {
        pool.shutdown();
    }
}
