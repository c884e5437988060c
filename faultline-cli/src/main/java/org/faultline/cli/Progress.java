package org.faultline.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A one-line progress bar on stderr for batches. With a known number of articles it shows done/total;
 * when articles are read as they are analysed (their number unknown until the end) it shows the bytes
 * of input read out of the total, with articles per second and the time left at that byte rate. A
 * backfill counts articles out of the listing's and shows the megabytes downloaded beside them.
 */
final class Progress {
    private static final int MIN_BATCH = 4;
    private static final long REDRAW_NANOS = 250_000_000L; // a stream of short articles would flood stderr
    private final PrintStream err;
    private final int total;
    private final long totalBytes;
    private final LongSupplier bytesRead;
    private LongSupplier downloaded;
    private final long started = System.nanoTime();
    private long lastDrawn;
    private boolean drawn;
    private int done;

    /** Counts articles out of {@code total}. */
    Progress(PrintStream err, int total) {
        this(err, total, 0, null);
    }

    /** Counts the bytes {@code bytesRead} reports out of {@code totalBytes}; the article total is unknown. */
    Progress(PrintStream err, long totalBytes, LongSupplier bytesRead) {
        this(err, -1, totalBytes, bytesRead);
    }

    /** Counts articles out of {@code total}, with the megabytes {@code downloaded} reports. */
    static Progress downloading(PrintStream err, int total, LongSupplier downloaded) {
        Progress p = new Progress(err, total);
        p.downloaded = downloaded;
        return p;
    }

    private Progress(PrintStream err, int total, long totalBytes, LongSupplier bytesRead) {
        this.err = err;
        this.total = total;
        this.totalBytes = totalBytes;
        this.bytesRead = bytesRead;
    }

    void step() {
        done++;
        if (bytesRead == null) {
            if (total >= MIN_BATCH) {
                draw(done, total, (total - done) / rate(), done + "/" + total + (downloaded == null ? ""
                        : String.format(Locale.ROOT, "  %.1f MB", downloaded.getAsLong() / 1048576.0)));
                if (done == total) {
                    err.println();
                }
            }
            return;
        }
        long now = System.nanoTime();
        if (done >= MIN_BATCH && now - lastDrawn >= REDRAW_NANOS) {
            lastDrawn = now;
            drawBytes();
        }
    }

    /** Ends a byte-counted bar (its last state and a newline) if one was drawn. */
    void finish() {
        if (drawn && bytesRead != null) {
            drawBytes();
            err.println();
        }
    }

    private void drawBytes() {
        long read = Math.min(bytesRead.getAsLong(), totalBytes);
        double bytesPerSecond = Math.max(read / seconds(), 1e-3);
        draw(read, Math.max(totalBytes, 1), (totalBytes - read) / bytesPerSecond, String.format(Locale.ROOT,
                "%.1f/%.1f MB  %d articles", read / 1048576.0, totalBytes / 1048576.0, done));
    }

    private double seconds() {
        return Math.max((System.nanoTime() - started) / 1e9, 1e-3);
    }

    private double rate() {
        return Math.max(done / seconds(), 1e-3);
    }

    /** Draws the bar filled to {@code part/whole}, with what was counted and the seconds left. */
    private void draw(long part, long whole, double secondsLeft, String counts) {
        drawn = true;
        int width = 30;
        int filled = (int) Math.min(width, Math.round(width * (double) part / whole));
        err.printf(Locale.ROOT, "\r[%s%s] %s  %.1f articles/s  ETA %ds ", "#".repeat(filled),
                " ".repeat(width - filled), counts, done / seconds(), Math.round(secondsLeft));
    }
}
