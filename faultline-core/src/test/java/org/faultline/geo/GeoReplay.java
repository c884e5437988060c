package org.faultline.geo;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.faultline.actors.ActorMention;
import org.faultline.actors.ActorRecognizer;
import org.faultline.actors.KnowledgeBase;
import org.faultline.analysis.Analysis;
import org.faultline.events.TriggerDictionary;
import org.faultline.ingest.Article;
import org.faultline.ingest.ArticleSources;
import org.faultline.ingest.ReadResult;
import org.faultline.json.AnalysisJson;
import org.faultline.nlp.AnnotatedArticle;
import org.faultline.nlp.EntityMention;
import org.faultline.nlp.NlpPipeline;
import org.faultline.nlp.Sentence;
import org.faultline.nlp.TimeExpression;
import org.faultline.pipeline.Faultline;
import org.faultline.pipeline.Geoparsers;

/**
 * Developer tool for geoparser work (not a test): {@code cache IN.jsonl CACHE} runs CoreNLP and the
 * named-actor pass once and keeps what the geoparser reads; {@code replay CACHE OUT.jsonl} runs only
 * the place resolver on that cache and writes analyses holding just their places, in the format
 * {@code geo.py score} reads. The geoparser sees exactly what it sees inside the pipeline (the
 * annotated article and the actor country hints), so a replay scores as a full run does, in seconds.
 * {@code analyze CACHE OUT.jsonl} runs every stage after NLP (actors, places, events, relations) on the
 * cache, for {@code score.py}: the whole analysis without CoreNLP's minutes.
 */
public final class GeoReplay {

    /** What the geoparser reads for one article. */
    record Cached(String id, String published, String title, String text, List<Sentence> sentences,
                  List<EntityMention> entities, List<TimeExpression> times, List<String> hints) {

        AnnotatedArticle doc() {
            Article a = new Article(id, published == null ? null : LocalDate.parse(published), title, null, null,
                    text, id);
            return new AnnotatedArticle(a, sentences, entities, times);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private GeoReplay() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 3 && args[0].equals("cache")) {
            cache(Path.of(args[1]), Path.of(args[2]), Integer.getInteger("threads", 2));
        } else if (args.length == 1 && args[0].equals("footprint")) {
            footprint();
        } else if (args.length == 3 && args[0].equals("replay")) {
            replay(Path.of(args[1]), Path.of(args[2]));
        } else if (args.length == 3 && args[0].equals("analyze")) {
            analyze(Path.of(args[1]), Path.of(args[2]));
        } else {
            System.err.println("usage: GeoReplay cache IN.jsonl CACHE | replay CACHE OUT.jsonl | analyze CACHE OUT.jsonl | footprint");
            System.exit(2);
        }
    }

    private static void cache(Path in, Path out, int threads) throws Exception {
        List<Article> articles = new ArrayList<>();
        for (ReadResult r : new ArticleSources().readAll(List.of(in), null)) {
            if (r.isArticle()) {
                articles.add(r.article());
            }
        }
        NlpPipeline nlp = NlpPipeline.shared();
        ActorRecognizer actors = new ActorRecognizer(KnowledgeBase.bundled());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Cached>> futures = new ArrayList<>();
        for (Article a : articles) {
            futures.add(pool.submit(() -> {
                AnnotatedArticle doc = nlp.annotate(a);
                List<String> hints = actors.recognizeNamed(doc).stream().map(ActorMention::country)
                        .filter(c -> c != null).distinct().sorted().toList();
                return new Cached(a.id(), a.published() == null ? null : a.published().toString(), a.title(),
                        doc.text(), doc.sentences(), doc.entities(), doc.times(), hints);
            }));
        }
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            int n = 0;
            for (Future<Cached> f : futures) {
                w.write(JSON.writeValueAsString(f.get()));
                w.write('\n');
                if (++n % 50 == 0) {
                    System.err.println("cached " + n + "/" + futures.size());
                }
            }
        }
        pool.shutdown();
    }

    /** Load time and the heap the gazetteer and the resolver hold once loaded. */
    private static void footprint() {
        long before = usedAfterGc();
        long t0 = System.nanoTime();
        Gazetteer gazetteer = Gazetteer.loadDefault();
        PlaceResolver resolver = new PlaceResolver(gazetteer);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        long after = usedAfterGc();
        System.err.printf(Locale.ROOT, "gazetteer and resolver: loaded in %d ms (index %d ms), %.1f MB of heap (%s)%n",
                ms, gazetteer.loadMillis(), (after - before) / 1e6, resolver.getClass().getSimpleName());
    }

    private static long usedAfterGc() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    private static List<Cached> read(Path cache) throws IOException {
        List<Cached> docs = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(cache, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                docs.add(JSON.readValue(line, Cached.class));
            }
        }
        return docs;
    }

    /** The whole pipeline after NLP on each cached article (the topic guard, which reads the raw article, aside). */
    private static void analyze(Path cache, Path out) throws IOException {
        Faultline pipeline = new Faultline(a -> {
            throw new IllegalStateException("replay runs no NLP");
        }, KnowledgeBase.bundled(), TriggerDictionary.bundled(), Geoparsers.standard());
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (Cached c : read(cache)) {
                w.write(AnalysisJson.line(pipeline.analyze(c.doc())));
                w.write('\n');
            }
        }
    }

    private static void replay(Path cache, Path out) throws IOException {
        long l0 = System.nanoTime();
        Gazetteer gazetteer = Gazetteer.loadDefault();
        PlaceResolver resolver = new PlaceResolver(gazetteer);
        long loadMs = (System.nanoTime() - l0) / 1_000_000;
        List<Cached> docs = read(cache);
        for (Cached c : docs.subList(0, Math.min(20, docs.size()))) {
            resolver.resolve(c.doc(), c.hints()); // warm-up
        }
        long total = 0;
        long worst = 0;
        long[] each = new long[docs.size()];
        int n = 0;
        Map<String, Integer> reasons = new TreeMap<>();
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (Cached c : docs) {
                AnnotatedArticle doc = c.doc();
                long t0 = System.nanoTime();
                ResolvedPlaces places = resolver.resolve(doc, Set.copyOf(c.hints()));
                long dt = System.nanoTime() - t0;
                total += dt;
                each[n++] = dt;
                places.places().forEach(p -> reasons.merge(String.valueOf(p.resolvedBy()), 1, Integer::sum));
                worst = Math.max(worst, dt);
                w.write(AnalysisJson.line(new Analysis(doc.article(), List.of(), List.of(), places.places(),
                        List.of(), List.of())));
                w.write('\n');
            }
        }
        java.util.Arrays.sort(each);
        Runtime rt = Runtime.getRuntime();
        System.gc();
        System.err.printf(Locale.ROOT, "gazetteer load %d ms (index %d ms, %.1f MB, %d entries); heap in use %.0f MB; "
                        + "%d articles, resolution mean %.2f ms, median %.2f ms, p95 %.2f ms, worst %.1f ms%n", loadMs,
                gazetteer.loadMillis(), gazetteer.indexBytes() / 1e6, gazetteer.size(),
                (rt.totalMemory() - rt.freeMemory()) / 1e6, docs.size(), total / 1e6 / Math.max(1, docs.size()),
                each[each.length / 2] / 1e6, each[each.length * 95 / 100] / 1e6, worst / 1e6);
        if (!reasons.isEmpty()) {
            System.err.println(reasons.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining(" ")));
        }
    }
}
