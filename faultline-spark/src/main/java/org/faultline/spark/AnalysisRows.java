package org.faultline.spark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.faultline.analysis.Actor;
import org.faultline.analysis.Analysis;
import org.faultline.analysis.Event;
import org.faultline.analysis.Place;
import org.faultline.analysis.Relation;
import org.faultline.flat.FlatAnalysis;

/**
 * Flat rows of one analysis, one table per kind (events, actors, places, relations), each row with
 * the {@code year} and {@code month} it is partitioned by: the event's (relation's) own date when it
 * has at least a month, else the article's published date. Built from {@link FlatAnalysis}, the
 * flattening the store writes too: offsets are code points, and actors and places include those only an
 * event or relation names. An event's {@code source_bases} and {@code target_bases} say how each actor of
 * {@code source_ids} and {@code target_ids} (same order) got its role: RoleBasis words ("stated",
 * "continued", ...). The same code builds the rows on Spark executors and in tests.
 */
public final class AnalysisRows {
    private static final Pattern YEAR_MONTH = Pattern.compile("^(\\d{4})(?:-(\\d{2}))?");

    private AnalysisRows() {
    }

    public static final StructType EVENT = schema(
            "article_id", DataTypes.StringType, "event_index", DataTypes.IntegerType,
            "type", DataTypes.StringType, "mode", DataTypes.StringType, "source_ids", DataTypes.StringType,
            "target_ids", DataTypes.StringType, "place_id", DataTypes.StringType, "place_name", DataTypes.StringType,
            "lat", DataTypes.DoubleType, "lon", DataTypes.DoubleType, "country", DataTypes.StringType,
            "date", DataTypes.StringType, "date_precision", DataTypes.StringType, "modality", DataTypes.StringType,
            "counts", DataTypes.StringType, "trigger_start", DataTypes.IntegerType,
            "trigger_end", DataTypes.IntegerType, "evidence_start", DataTypes.IntegerType,
            "evidence_end", DataTypes.IntegerType, "cameo_root", DataTypes.StringType,
            "quad_class", DataTypes.IntegerType, "acled_event_type", DataTypes.StringType,
            "acled_sub_event_type", DataTypes.StringType, "source_bases", DataTypes.StringType,
            "target_bases", DataTypes.StringType, "year", DataTypes.IntegerType, "month", DataTypes.IntegerType);

    public static final StructType ACTOR = schema(
            "article_id", DataTypes.StringType, "actor_id", DataTypes.StringType, "name", DataTypes.StringType,
            "type", DataTypes.StringType, "country", DataTypes.StringType, "sector", DataTypes.StringType,
            "parent", DataTypes.StringType, "known", DataTypes.BooleanType, "mentions", DataTypes.IntegerType,
            "year", DataTypes.IntegerType, "month", DataTypes.IntegerType);

    public static final StructType PLACE = schema(
            "article_id", DataTypes.StringType, "place_id", DataTypes.StringType, "name", DataTypes.StringType,
            "lat", DataTypes.DoubleType, "lon", DataTypes.DoubleType, "country", DataTypes.StringType,
            "admin1", DataTypes.StringType, "geonames_id", DataTypes.LongType,
            "feature_code", DataTypes.StringType, "precision", DataTypes.StringType,
            "mentions", DataTypes.IntegerType, "year", DataTypes.IntegerType, "month", DataTypes.IntegerType);

    public static final StructType RELATION = schema(
            "article_id", DataTypes.StringType, "relation_index", DataTypes.IntegerType,
            "type", DataTypes.StringType, "source_id", DataTypes.StringType, "target_id", DataTypes.StringType,
            "target_place_id", DataTypes.StringType, "date", DataTypes.StringType,
            "evidence_start", DataTypes.IntegerType, "evidence_end", DataTypes.IntegerType,
            "year", DataTypes.IntegerType, "month", DataTypes.IntegerType);

    public static List<Object[]> events(Analysis a) {
        FlatAnalysis flat = FlatAnalysis.of(a);
        List<Object[]> rows = new ArrayList<>();
        String id = a.article().id();
        for (FlatAnalysis.FlatEvent fe : flat.events()) {
            Event e = fe.event();
            Place p = e.place() == null ? null : e.place().place();
            String date = e.date() == null ? null : e.date().value();
            int[] ym = yearMonth(date, a.article().published());
            rows.add(new Object[] {id, fe.seq() - 1, e.type(), e.mode(), flat.roleIds(fe.seq(), "source"),
                flat.roleIds(fe.seq(), "target"), fe.placeId(), p == null ? null : p.name(),
                p == null ? null : p.lat(), p == null ? null : p.lon(), p == null ? null : p.country(), date,
                e.date() == null ? null : e.date().precision(), e.modality(),
                fe.counts().entrySet().stream().map(c -> c.getKey() + "=" + c.getValue()).collect(Collectors.joining(";")),
                fe.trigger().start(), fe.trigger().end(), fe.evidence().start(), fe.evidence().end(),
                e.codes() == null ? null : e.codes().cameoRoot(), e.codes() == null ? null : e.codes().quadClass(),
                e.codes() == null ? null : e.codes().acledEventType(),
                e.codes() == null ? null : e.codes().acledSubEventType(), flat.roleBases(fe.seq(), "source"),
                flat.roleBases(fe.seq(), "target"), box(ym[0]), box(ym[1])});
        }
        return rows;
    }

    public static List<Object[]> actors(Analysis a) {
        FlatAnalysis flat = FlatAnalysis.of(a);
        int[] ym = yearMonth(null, a.article().published());
        List<Object[]> rows = new ArrayList<>();
        for (Actor x : flat.actors()) {
            rows.add(new Object[] {a.article().id(), x.id(), x.name(), x.type(), x.country(), x.sector(), x.parent(),
                x.known(), flat.mentionCount("actor", x.id()), box(ym[0]), box(ym[1])});
        }
        return rows;
    }

    public static List<Object[]> places(Analysis a) {
        FlatAnalysis flat = FlatAnalysis.of(a);
        int[] ym = yearMonth(null, a.article().published());
        List<Object[]> rows = new ArrayList<>();
        for (Place p : flat.places()) {
            rows.add(new Object[] {a.article().id(), p.id(), p.name(), p.lat(), p.lon(), p.country(), p.admin1(),
                p.geonamesId(), p.featureCode(), p.precision(), flat.mentionCount("place", p.id()),
                box(ym[0]), box(ym[1])});
        }
        return rows;
    }

    public static List<Object[]> relations(Analysis a) {
        List<Object[]> rows = new ArrayList<>();
        for (FlatAnalysis.FlatRelation fr : FlatAnalysis.of(a).relations()) {
            Relation r = fr.relation();
            int[] ym = yearMonth(r.date(), a.article().published());
            rows.add(new Object[] {a.article().id(), fr.seq() - 1, r.type(), r.source() == null ? null : r.source().id(),
                r.target() == null ? null : r.target().id(), fr.targetPlaceId(), r.date(), fr.evidence().start(),
                fr.evidence().end(), box(ym[0]), box(ym[1])});
        }
        return rows;
    }

    /** Year and month (0 = unknown) of a date value with at least a month, else of the published date. */
    static int[] yearMonth(String date, LocalDate published) {
        if (date != null) {
            Matcher m = YEAR_MONTH.matcher(date);
            if (m.find() && m.group(2) != null) {
                return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
            }
        }
        if (published != null) {
            return new int[] {published.getYear(), published.getMonthValue()};
        }
        return new int[] {0, 0};
    }

    private static Integer box(int v) {
        return v == 0 ? null : v;
    }

    private static StructType schema(Object... nameType) {
        List<StructField> fields = new ArrayList<>();
        for (int i = 0; i < nameType.length; i += 2) {
            fields.add(DataTypes.createStructField((String) nameType[i], (DataType) nameType[i + 1], true));
        }
        return DataTypes.createStructType(fields);
    }
}
