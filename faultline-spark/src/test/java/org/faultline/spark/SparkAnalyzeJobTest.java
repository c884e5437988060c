package org.faultline.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.faultline.analysis.Analysis;
import org.faultline.ingest.Article;
import org.faultline.ingest.ArticleSources;
import org.faultline.pipeline.Faultline;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Spark job in local mode on a few articles: its rows equal the single-machine analysis's. */
class SparkAnalyzeJobTest {
    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("faultline-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    /** The dev set's three short articles (plus the bundled sample when the dev set is absent). */
    private static Path input(Path dir) throws IOException {
        Path dev = Path.of("../../shared/eval/dev/dev-extra.input.jsonl");
        Path src = Files.exists(dev) ? dev : Path.of("../samples/seed.jsonl");
        Path in = dir.resolve("articles.jsonl");
        Files.copy(src, in);
        return in;
    }

    private static List<Article> read(Path in) {
        List<Article> out = new ArrayList<>();
        new ArticleSources().forEach(List.of(in), null, r -> out.add(r.article()));
        return out;
    }

    @Test
    void sparkRowsEqualTheSingleMachineAnalysis(@TempDir Path dir) throws IOException {
        Path in = input(dir);
        String out = dir.resolve("out").toString();
        SparkAnalyzeJob.Summary s = SparkAnalyzeJob.run(spark, in.toString(), out, "jsonl");
        List<Article> articles = read(in);
        assertEquals(articles.size(), s.articles());
        assertEquals(0, s.failed());

        Faultline local = Faultline.standard();
        List<String> events = new ArrayList<>();
        List<String> actors = new ArrayList<>();
        List<String> places = new ArrayList<>();
        List<String> relations = new ArrayList<>();
        for (Article a : articles) {
            Analysis analysis = local.analyze(a);
            AnalysisRows.events(analysis).forEach(r -> events.add(Arrays.toString(r)));
            AnalysisRows.actors(analysis).forEach(r -> actors.add(Arrays.toString(r)));
            AnalysisRows.places(analysis).forEach(r -> places.add(Arrays.toString(r)));
            AnalysisRows.relations(analysis).forEach(r -> relations.add(Arrays.toString(r)));
        }
        assertFalse(events.isEmpty());
        assertEquals(sorted(events), sparkRows(out + "/events", AnalysisRows.EVENT));
        assertEquals(sorted(actors), sparkRows(out + "/actors", AnalysisRows.ACTOR));
        assertEquals(sorted(places), sparkRows(out + "/places", AnalysisRows.PLACE));
        assertEquals(sorted(relations), sparkRows(out + "/relations", AnalysisRows.RELATION));
        try (Stream<Path> parts = Files.list(Path.of(out, "events"))) {
            assertTrue(parts.anyMatch(p -> p.getFileName().toString().startsWith("year=")));
        }
    }

    @Test
    void readsParquetToo(@TempDir Path dir) throws IOException {
        Path in = input(dir);
        String parquet = dir.resolve("articles.parquet").toString();
        spark.read().json(in.toString()).limit(1).write().parquet(parquet);
        SparkAnalyzeJob.Summary s = SparkAnalyzeJob.run(spark, parquet, dir.resolve("out").toString(), "parquet");
        assertEquals(1, s.articles());
        assertEquals(0, s.failed());
        assertTrue(s.events() > 0);
    }

    private static List<String> sparkRows(String path, StructType schema) {
        Column[] cols = Arrays.stream(schema.fieldNames()).map(org.apache.spark.sql.functions::col)
                .toArray(Column[]::new);
        List<Row> rows = spark.read().parquet(path).select(cols).collectAsList();
        return sorted(rows.stream().map(r -> {
            Object[] v = new Object[r.size()];
            for (int i = 0; i < v.length; i++) {
                v[i] = r.get(i);
            }
            return Arrays.toString(v);
        }).collect(Collectors.toList()));
    }

    private static List<String> sorted(List<String> l) {
        List<String> c = new ArrayList<>(l);
        c.sort(null);
        return c;
    }
}
