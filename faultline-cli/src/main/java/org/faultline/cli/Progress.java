package org.faultline.cli;

import java.io.PrintStream;

/** A one-line progress bar on stderr for batches: done/total, articles per second and time left. */
final class Progress {
    private static final int MIN_BATCH = 4;
    private final PrintStream err;
    private final int total;
    private final long started = System.nanoTime();
    private int done;

    Progress(PrintStream err, int total) {
        this.err = err;
        this.total = total;
    }

    void step() {
        done++;
        if (total < MIN_BATCH) {
            return;
        }
        double secs = (System.nanoTime() - started) / 1e9;
        double rate = done / Math.max(secs, 1e-3);
        long eta = Math.round((total - done) / Math.max(rate, 1e-3));
        int width = 30;
        int filled = (int) Math.round(width * (double) done / total);
        err.printf("\r[%s%s] %d/%d  %.1f articles/s  ETA %ds ", "#".repeat(filled), " ".repeat(width - filled),
                done, total, rate, eta);
        if (done == total) {
            err.println();
        }
    }
}
