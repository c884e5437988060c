package org.faultline.cli;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/** Wall time per article and the JVM's peak heap, printed on request (--timing). */
final class Timing {
    private final long started = System.nanoTime();
    private int articles;

    void count() {
        articles++;
    }

    void print(PrintStream err) {
        double secs = (System.nanoTime() - started) / 1e9;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        err.printf("faultline: %d articles in %.2f s (%.3f s/article, including model loading), peak heap %d MB%n",
                articles, secs, articles == 0 ? 0.0 : secs / articles, peak / (1024 * 1024));
    }
}
