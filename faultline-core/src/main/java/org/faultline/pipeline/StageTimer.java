package org.faultline.pipeline;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Optional timing hook: a {@link Faultline} given one reports the wall time of each stage per article,
 * and the CPU time of the thread doing it (what other processes on a shared machine do not inflate).
 * Thread-safe (articles analysed in parallel report into the same timer). Without a timer the pipeline
 * does no timing at all.
 */
public final class StageTimer {
    /** The stages of one analysis, plus storing (reported by whoever stores). */
    public enum Stage { NLP, ACTORS, GEO, EVENTS, RELATIONS, STORE }

    private final Map<Stage, LongAdder> nanos = new EnumMap<>(Stage.class);
    private final Map<Stage, LongAdder> cpuNanos = new EnumMap<>(Stage.class);
    private final Map<Stage, LongAdder> counts = new EnumMap<>(Stage.class);
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    public StageTimer() {
        for (Stage s : Stage.values()) {
            nanos.put(s, new LongAdder());
            cpuNanos.put(s, new LongAdder());
            counts.put(s, new LongAdder());
        }
    }

    /** Adds {@code elapsed} nanoseconds to a stage (one call per article and stage). */
    public void record(Stage stage, long elapsed) {
        record(stage, elapsed, 0);
    }

    /** Adds {@code elapsed} wall and {@code cpu} thread-CPU nanoseconds to a stage (one call per article and stage). */
    public void record(Stage stage, long elapsed, long cpu) {
        nanos.get(stage).add(elapsed);
        cpuNanos.get(stage).add(cpu);
        counts.get(stage).increment();
    }

    /** The calling thread's CPU time in nanoseconds (0 where the JVM cannot tell). */
    public static long threadCpuNanos() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? Math.max(0, THREADS.getCurrentThreadCpuTime()) : 0;
    }

    /** Total nanoseconds spent in a stage. */
    public long totalNanos(Stage stage) {
        return nanos.get(stage).sum();
    }

    /** Mean milliseconds per article for a stage (0 when the stage never ran). */
    public double millisPerArticle(Stage stage) {
        long n = counts.get(stage).sum();
        return n == 0 ? 0.0 : nanos.get(stage).sum() / 1e6 / n;
    }

    /** Mean thread-CPU milliseconds per article for a stage (0 when the stage never ran or was given none). */
    public double cpuMillisPerArticle(Stage stage) {
        long n = counts.get(stage).sum();
        return n == 0 ? 0.0 : cpuNanos.get(stage).sum() / 1e6 / n;
    }
}
