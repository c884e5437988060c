package org.faultline.web;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Admission control for analysis requests: at most {@code workers} run at once and {@code queue} wait;
 * a request beyond that is refused at once with 429 instead of piling up threads and memory. A waiting
 * request that gets no worker within the analysis time limit is answered 503.
 */
final class AnalysisGate {
    private final int workers;
    private final int queue;
    private final long waitMillis;
    private final Semaphore admitted;
    private final Semaphore running;

    AnalysisGate(int workers, int queue, long waitMillis) {
        this.workers = workers;
        this.queue = queue;
        this.waitMillis = waitMillis;
        this.admitted = new Semaphore(workers + queue);
        this.running = new Semaphore(workers, true);
    }

    <T> T run(Supplier<T> work) {
        if (!admitted.tryAcquire()) {
            throw new ApiError(429, "too many analysis requests (" + workers + " running, " + queue
                    + " waiting); retry later");
        }
        try {
            if (!running.tryAcquire(waitMillis, TimeUnit.MILLISECONDS)) {
                throw new ApiError(503, "no analysis worker became free within " + waitMillis / 1000 + " s; retry later");
            }
            try {
                return work.get();
            } finally {
                running.release();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiError(503, "interrupted while waiting for an analysis worker");
        } finally {
            admitted.release();
        }
    }
}
