package org.faultline.pipeline;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.faultline.LongArticles;
import org.faultline.TestPipeline;
import org.faultline.analysis.ActorRef;
import org.faultline.analysis.Analysis;
import org.faultline.analysis.Event;
import org.faultline.analysis.PlaceRef;
import org.faultline.analysis.Relation;
import org.faultline.analysis.Span;
import org.faultline.ingest.Article;
import org.junit.jupiter.api.Test;

/**
 * A 1 MiB article (under the 5 MiB input cap) is analysed in the module's test heap: in windows of
 * sentences, up to {@link Article#MAX_ANALYSED_CHARS}, with every offset inside the text. Whole, it
 * timed out at 120 s with 1.9 GB of heap. The time limit here only stops a runaway analysis: on a loaded
 * two-core machine the windowed analysis took 108 s of wall time, so the default limit would make the test
 * measure the machine's load; speed is measured by {@code faultline bench}.
 */
class LongArticleTest {
    private static final java.time.Duration RUNAWAY = java.time.Duration.ofMinutes(10);

    @Test
    void aOneMegabyteArticleIsAnalysedInBoundedTimeWithOffsetsInsideTheText() {
        Article article = LongArticles.of(1 << 20);
        assertNotNull(article.partlyAnalysed(), "readers warn that only the start is analysed");
        resetPeaks();
        long start = System.nanoTime();
        long cpuStart = processCpuNanos();
        Analysis analysis;
        try (TimeLimitedAnalyzer limited = new TimeLimitedAnalyzer(TestPipeline.get(), RUNAWAY, 1, 0)) {
            analysis = limited.analyze(article); // throws AnalysisTimeoutException past the limit
        }
        System.out.printf("1 MiB article: %d events in %.1f s (%.1f s of CPU), peak heap %d MB (models included)%n",
                analysis.events().size(), (System.nanoTime() - start) / 1e9, (processCpuNanos() - cpuStart) / 1e9,
                peakHeapMb()); // reported, not asserted: speed depends on the machine and its load
        assertFalse(analysis.events().isEmpty());
        int length = article.text().length();
        for (Span s : spans(analysis)) {
            assertTrue(s.end() <= length, "span " + s + " inside the text of " + length);
        }
        for (Event e : analysis.events()) {
            assertTrue(e.evidence().end() <= Article.MAX_ANALYSED_CHARS, "events come from the analysed part: " + e.evidence());
            assertFalse(e.trigger().of(article.text()).isBlank());
        }
    }

    private static List<Span> spans(Analysis a) {
        List<Span> spans = new ArrayList<>();
        for (Event e : a.events()) {
            spans.add(e.evidence());
            spans.add(e.trigger());
            Stream.concat(e.source().stream(), e.target().stream()).map(ActorRef::mention).forEach(spans::add);
            spans.add(e.place() == null ? null : e.place().mention());
            spans.add(e.attribution() == null ? null : e.attribution().mention());
        }
        for (Relation r : a.relations()) {
            spans.add(r.evidence());
            spans.add(r.trigger());
            spans.add(r.source().mention());
            spans.add(r.target() == null ? null : r.target().mention());
            spans.add(r.targetPlace() == null ? null : ((PlaceRef) r.targetPlace()).mention());
        }
        a.actors().forEach(actor -> spans.addAll(actor.mentions()));
        a.places().forEach(place -> spans.addAll(place.mentions()));
        a.counts().forEach(c -> spans.add(c.evidence()));
        return spans.stream().filter(Objects::nonNull).toList();
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    private static long peakHeapMb() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum() >> 20;
    }
}
