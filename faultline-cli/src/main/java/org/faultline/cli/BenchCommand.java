package org.faultline.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.faultline.batch.BatchRunner;
import org.faultline.baseline.CoreNlpBaseline;
import org.faultline.bench.CorpusGenerator;
import org.faultline.ingest.Article;
import org.faultline.ingest.ArticleSources;
import org.faultline.nlp.NlpPipeline;
import org.faultline.pipeline.Faultline;
import org.faultline.pipeline.StageTimer;
import org.faultline.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code faultline bench}: end-to-end throughput (analyse, geocode, store into a temporary DuckDB
 * store) on a generated corpus, against CoreNLP's default pipeline with the constituency parser on a
 * subset of the same corpus.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmark: Faultline end-to-end articles/hour and peak heap on a generated corpus, "
                + "against CoreNLP's default English pipeline with the constituency parser.")
final class BenchCommand implements Callable<Integer> {
    private static final int WARM_UP = 3;

    @Option(names = "--articles", defaultValue = "2000", description = "Corpus size (default 2000).")
    int articles;

    @Option(names = "--baseline-articles", defaultValue = "50",
            description = "Articles for the CoreNLP constituency baseline, extrapolated to articles/hour (default 50; 0 skips it).")
    int baselineArticles;

    @Option(names = "--seed", defaultValue = "8", description = "Generator seed (default 8).")
    long seed;

    @Option(names = "--seed-articles", paramLabel = "FILE",
            description = "Articles to recombine (default: samples/seed.jsonl and ../shared/eval/dev/*.input.jsonl when present).")
    List<Path> seedFiles;

    @Mixin
    ThreadOptions threads = new ThreadOptions();

    @Override
    public Integer call() throws IOException {
        PrintStream out = System.out;
        PrintStream err = System.err;
        BatchRunner runner = threads.runner();
        List<Article> seeds = readSeeds(seedFiles == null ? defaultSeeds() : seedFiles, err);
        CorpusGenerator generator = new CorpusGenerator(seeds);
        List<Article> corpus = generator.generate(articles, seed);
        List<Article> warmUp = generator.generate(WARM_UP, seed + 1);
        double meanChars = corpus.stream().mapToInt(a -> a.text().length()).average().orElse(0);
        out.printf("corpus: %d distinct articles (seed %d) from %d seed articles, %d sentences; mean %.0f chars%n",
                corpus.size(), seed, seeds.size(), generator.sentencePool(), meanChars);
        out.printf("threads: %d, max heap %d MB, %d processors, collector %s, load average %.1f%n", runner.threads(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024), Runtime.getRuntime().availableProcessors(),
                collectors(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

        // The baseline runs first so that its models can be collected before Faultline's phase.
        double baselinePerHour = 0;
        if (baselineArticles > 0) {
            List<Article> subset = corpus.subList(0, Math.min(baselineArticles, corpus.size()));
            resetPeaks();
            long l0 = System.nanoTime();
            CoreNlpBaseline baseline = new CoreNlpBaseline();
            double load = secs(l0);
            runner.run(warmUp.iterator(), baseline::annotate, o -> { });
            Progress progress = new Progress(err, subset.size());
            long t0 = System.nanoTime();
            int failed = runner.run(subset.iterator(), baseline::annotate, o -> progress.step());
            double secs = secs(t0);
            baselinePerHour = subset.size() / secs * 3600;
            out.printf("baseline CoreNLP %s: %d articles in %.1f s -> %.0f articles/hour (models loaded in %.1f s, "
                    + "%d failed), peak heap %d MB%n", CoreNlpBaseline.ANNOTATORS, subset.size(), secs,
                    baselinePerHour, load, failed, peakHeapMb());
            baseline = null;
            CoreNlpBaseline.releaseModels();
        }

        resetPeaks();
        long l0 = System.nanoTime();
        Faultline plain = Faultline.standard();
        runner.analyze(warmUp.iterator(), plain, o -> { });
        double load = secs(l0);
        StageTimer timer = new StageTimer();
        Faultline timed = plain.timed(timer);
        Path dir = Files.createTempDirectory("faultline-bench");
        int failed;
        double secs;
        long stored;
        double cluster;
        try (Store store = Store.open(dir.resolve("bench.db"))) {
            Progress progress = new Progress(err, corpus.size());
            long t0 = System.nanoTime();
            failed = runner.analyze(corpus.iterator(), timed, o -> {
                if (!o.failed()) {
                    long s0 = System.nanoTime();
                    long c0 = StageTimer.threadCpuNanos();
                    store.put(o.result());
                    timer.record(StageTimer.Stage.STORE, System.nanoTime() - s0, StageTimer.threadCpuNanos() - c0);
                } else {
                    err.println("faultline: " + o.article().origin() + ": analysis failed: " + o.error());
                }
                progress.step();
            });
            long c0 = System.nanoTime();
            store.recluster();
            cluster = secs(c0);
            secs = secs(t0);
            stored = store.count("events");
        } finally {
            deleteTree(dir);
        }
        double perHour = corpus.size() / secs * 3600;
        out.printf("faultline end-to-end (analyse + geocode + store): %d articles in %.1f s -> %.0f articles/hour "
                + "(pipeline loaded and warmed up in %.1f s, %d failed, %d events stored), peak heap %d MB%n",
                corpus.size(), secs, perHour, load, failed, stored, peakHeapMb());
        Map<String, Double> stages = new LinkedHashMap<>();
        for (StageTimer.Stage s : StageTimer.Stage.values()) {
            stages.put(s.name().toLowerCase(), timer.millisPerArticle(s));
        }
        StringBuilder line = new StringBuilder("per-stage ms/article (wall time on the thread doing it; store on the "
                + "writer thread, overlapping analysis):");
        stages.forEach((k, v) -> line.append(String.format(" %s=%.1f", k, v)));
        line.append(String.format("; final clustering %.1f s", cluster));
        out.println(line);
        StringBuilder cpu = new StringBuilder("per-stage CPU ms/article (the thread's CPU time, which other processes "
                + "inflate less):");
        for (StageTimer.Stage s : StageTimer.Stage.values()) {
            cpu.append(String.format(" %s=%.1f", s.name().toLowerCase(), timer.cpuMillisPerArticle(s)));
        }
        out.println(cpu);
        out.println("CoreNLP annotators (all analysed articles, summed over threads): "
                + NlpPipeline.shared().annotatorTiming().replaceAll("\\s+", " ").strip());
        out.printf("load average at the end: %.1f (other processes on this machine slow both figures)%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        if (baselinePerHour > 0) {
            out.printf("ratio faultline / CoreNLP constituency baseline: %.1fx%n", perHour / baselinePerHour);
        }
        return failed > 0 ? 1 : 0;
    }

    private static List<Path> defaultSeeds() {
        List<Path> paths = new ArrayList<>();
        Path sample = Samples.seed();
        paths.add(sample);
        Path dev = sample.toAbsolutePath().getParent().getParent().resolve("../shared/eval/dev").normalize();
        if (Files.isDirectory(dev)) {
            try (Stream<Path> files = Files.list(dev)) {
                files.filter(p -> p.getFileName().toString().endsWith(".input.jsonl")).sorted().forEach(paths::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return paths;
    }

    private static List<Article> readSeeds(List<Path> paths, PrintStream err) {
        Map<String, Article> byId = new LinkedHashMap<>();
        new ArticleSources().forEach(paths, null, r -> {
            if (r.isArticle()) {
                byId.putIfAbsent(r.article().id(), r.article());
            } else {
                err.println("faultline: " + r.problem());
            }
        });
        return new ArrayList<>(byId.values());
    }

    private static double secs(long from) {
        return (System.nanoTime() - from) / 1e9;
    }

    /** Samples the used heap every 20 ms; {@link #peakHeapMb()} is the highest sample since the last reset. */
    private static final java.util.concurrent.atomic.AtomicLong PEAK = new java.util.concurrent.atomic.AtomicLong();

    static {
        Thread sampler = new Thread(() -> {
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            while (true) {
                long used = memory.getHeapMemoryUsage().getUsed();
                PEAK.accumulateAndGet(used, Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "faultline-heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    private static void resetPeaks() {
        System.gc();
        PEAK.set(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }

    private static long peakHeapMb() {
        return PEAK.get() / (1024 * 1024);
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** The garbage collectors the JVM runs ("PS Scavenge + PS MarkSweep"): the figures depend on them. */
    private static String collectors() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName)
                .collect(Collectors.joining(" + "));
    }
}
