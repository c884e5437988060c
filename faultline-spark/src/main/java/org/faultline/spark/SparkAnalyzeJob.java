package org.faultline.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.faultline.analysis.Analysis;
import org.faultline.ingest.Article;

/**
 * The Spark job: reads articles (JSON Lines or Parquet with {@code id}, {@code text} and optional
 * {@code published}, {@code title}, {@code source}, {@code url}) from any Hadoop-supported path,
 * analyses each partition with the executor's one shared {@link org.faultline.analysis.Analyzer}, and
 * writes {@code events}, {@code actors}, {@code places} and {@code relations} as Parquet partitioned by
 * {@code year} and {@code month} (plus {@code failures}: articles whose analysis failed, with the error).
 *
 * <pre>spark-submit --class org.faultline.spark.SparkAnalyzeJob faultline-spark-job.jar INPUT OUTPUT [jsonl|parquet]</pre>
 */
public final class SparkAnalyzeJob {
    static final StructType ANALYSED = new StructType()
            .add("article_id", DataTypes.StringType)
            .add("origin", DataTypes.StringType)
            .add("error", DataTypes.StringType)
            .add("events", DataTypes.createArrayType(AnalysisRows.EVENT))
            .add("actors", DataTypes.createArrayType(AnalysisRows.ACTOR))
            .add("places", DataTypes.createArrayType(AnalysisRows.PLACE))
            .add("relations", DataTypes.createArrayType(AnalysisRows.RELATION));

    private static final List<String> INPUT_COLUMNS = List.of("id", "text", "published", "title", "source", "url");

    private SparkAnalyzeJob() {
    }

    /** Counts of what one run wrote. */
    public record Summary(long articles, long failed, long events, long actors, long places, long relations) {
    }

    public static void main(String[] args) {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: SparkAnalyzeJob INPUT OUTPUT [jsonl|parquet]");
            System.exit(2);
        }
        String format = args.length == 3 ? args[2] : (args[0].endsWith(".parquet") ? "parquet" : "jsonl");
        SparkSession spark = SparkSession.builder().appName("faultline").getOrCreate();
        try {
            Summary s = run(spark, args[0], args[1], format);
            System.err.println("faultline-spark: " + s);
        } finally {
            spark.stop();
        }
    }

    public static Summary run(SparkSession spark, String input, String output, String format) {
        Dataset<Row> raw = switch (format) {
            case "parquet" -> spark.read().parquet(input);
            case "jsonl", "json" -> spark.read().json(input);
            default -> throw new IllegalArgumentException("format must be jsonl or parquet, got " + format);
        };
        List<String> present = Arrays.asList(raw.columns());
        if (!present.contains("id") || !present.contains("text")) {
            throw new IllegalArgumentException(input + ": articles need \"id\" and \"text\" columns, found " + present);
        }
        Column[] cols = INPUT_COLUMNS.stream()
                .map(c -> present.contains(c) ? col(c).cast(DataTypes.StringType).as(c)
                        : lit(null).cast(DataTypes.StringType).as(c))
                .toArray(Column[]::new);
        Dataset<Row> analysed = raw.select(cols)
                .mapPartitions((MapPartitionsFunction<Row, Row>) rows -> map(rows, SparkAnalyzeJob::analyse),
                        Encoders.row(ANALYSED))
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            long articles = analysed.count();
            long failed = analysed.filter(col("error").isNotNull()).count();
            analysed.filter(col("error").isNotNull()).select("article_id", "origin", "error")
                    .write().mode(SaveMode.Overwrite).parquet(output + "/failures");
            return new Summary(articles, failed, write(analysed, "events", output), write(analysed, "actors", output),
                    write(analysed, "places", output), write(analysed, "relations", output));
        } finally {
            analysed.unpersist();
        }
    }

    private static long write(Dataset<Row> analysed, String kind, String output) {
        Dataset<Row> rows = analysed.select(explode(col(kind)).as("r")).select("r.*");
        rows.write().mode(SaveMode.Overwrite).partitionBy("year", "month").parquet(output + "/" + kind);
        return analysed.select(explode(col(kind))).count();
    }

    /** One input row to one output row: the analysis as arrays of table rows, or the error. */
    static Row analyse(Row in) {
        String id = in.getString(0);
        String origin = "spark:" + id;
        try {
            Article a = new Article(id, date(in.getString(2)), in.getString(3), in.getString(4), in.getString(5),
                    in.getString(1), origin);
            Analysis analysis = AnalyzerHolder.get().analyze(a);
            return RowFactory.create(id, origin, null, rows(AnalysisRows.events(analysis)),
                    rows(AnalysisRows.actors(analysis)), rows(AnalysisRows.places(analysis)),
                    rows(AnalysisRows.relations(analysis)));
        } catch (RuntimeException e) {
            System.err.println("faultline-spark: " + origin + ": analysis failed: " + e);
            return RowFactory.create(id, origin, String.valueOf(e), new Row[0], new Row[0], new Row[0], new Row[0]);
        }
    }

    private static Row[] rows(List<Object[]> values) {
        Row[] out = new Row[values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = RowFactory.create(values.get(i));
        }
        return out;
    }

    /** An ISO date or date-time's date part; anything else is unknown (null). */
    static LocalDate date(String s) {
        if (s == null || s.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(s.substring(0, 10));
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static <A, B> Iterator<B> map(Iterator<A> in, Function<A, B> f) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return in.hasNext();
            }

            @Override
            public B next() {
                return f.apply(in.next());
            }
        };
    }

}
