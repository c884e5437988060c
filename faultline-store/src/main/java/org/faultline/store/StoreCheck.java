package org.faultline.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.faultline.analysis.RoleBasis;

/**
 * Integrity check of a store: schema version, orphan rows (no foreign keys enforce them), event roles'
 * bases from the closed vocabulary, offsets inside their article's text, one row per event number, and
 * clusters that cover every event once. Stale clusters (articles written after the last clustering, as a
 * killed ingest leaves them) are a warning: the next query recomputes them.
 */
public final class StoreCheck {
    /** What the check found; {@code ok()} when there are no errors. */
    public record Report(List<String> errors, List<String> warnings, Map<String, Long> rows) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    /** Each query counts bad rows; the description says what they are. Table and column names are fixed. */
    private static final String[][] ORPHANS = {
        {"actors without their article", "actors x WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.article_id = x.article_id)"},
        {"places without their article", "places x WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.article_id = x.article_id)"},
        {"mentions without their article", "mentions x WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.article_id = x.article_id)"},
        {"events without their article", "events x WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.article_id = x.article_id)"},
        {"relations without their article", "relations x WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.article_id = x.article_id)"},
        {"counts without their article", "counts x WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.article_id = x.article_id)"},
        {"event actors without their event", "event_actors x WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.event_id = x.event_id AND e.article_id = x.article_id)"},
        {"event counts without their event", "event_counts x WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.event_id = x.event_id AND e.article_id = x.article_id)"},
        {"event actors whose actor is missing", "event_actors x WHERE NOT EXISTS (SELECT 1 FROM actors a WHERE a.article_id = x.article_id AND a.actor_id = x.actor_id)"},
        {"relations whose source actor is missing", "relations x WHERE NOT EXISTS (SELECT 1 FROM actors a WHERE a.article_id = x.article_id AND a.actor_id = x.source_actor_id)"},
        {"relations whose target actor is missing", "relations x WHERE x.target_actor_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM actors a WHERE a.article_id = x.article_id AND a.actor_id = x.target_actor_id)"},
        {"relations whose target place is missing", "relations x WHERE x.target_place_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM places p WHERE p.article_id = x.article_id AND p.place_id = x.target_place_id)"},
        {"events whose place is missing", "events x WHERE x.place_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM places p WHERE p.article_id = x.article_id AND p.place_id = x.place_id)"},
        {"actor mentions whose actor is missing", "mentions x WHERE x.kind = 'actor' AND NOT EXISTS (SELECT 1 FROM actors a WHERE a.article_id = x.article_id AND a.actor_id = x.ref_id)"},
        {"place mentions whose place is missing", "mentions x WHERE x.kind = 'place' AND NOT EXISTS (SELECT 1 FROM places p WHERE p.article_id = x.article_id AND p.place_id = x.ref_id)"},
        {"event numbers used twice in an article", "(SELECT article_id, seq FROM events GROUP BY ALL HAVING count(*) > 1)"},
    };

    /** Offset columns: table, start column, end column. */
    private static final String[][] SPANS = {
        {"mentions", "start_cp", "end_cp"}, {"events", "evidence_start_cp", "evidence_end_cp"},
        {"events", "trigger_start_cp", "trigger_end_cp"}, {"events", "place_start_cp", "place_end_cp"},
        {"events", "date_start_cp", "date_end_cp"}, {"event_actors", "start_cp", "end_cp"},
        {"relations", "source_start_cp", "source_end_cp"}, {"relations", "target_start_cp", "target_end_cp"},
        {"relations", "evidence_start_cp", "evidence_end_cp"}, {"relations", "trigger_start_cp", "trigger_end_cp"},
        {"counts", "evidence_start_cp", "evidence_end_cp"},
    };

    private static final String[][] CLUSTERS = {
        {"events in no cluster", "events e WHERE NOT EXISTS (SELECT 1 FROM cluster_members m WHERE m.event_id = e.event_id)"},
        {"cluster members whose event is missing", "cluster_members m WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.event_id = m.event_id)"},
        {"cluster members whose cluster is missing", "cluster_members m WHERE NOT EXISTS (SELECT 1 FROM clusters c WHERE c.cluster_id = m.cluster_id)"},
        {"clusters whose article count is wrong", "clusters c WHERE c.num_articles <> (SELECT count(DISTINCT e.article_id) FROM cluster_members m JOIN events e ON e.event_id = m.event_id WHERE m.cluster_id = c.cluster_id)"},
    };

    private StoreCheck() {
    }

    public static Report run(Store store) {
        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Map<String, Long> rows = new LinkedHashMap<>();
        try (Statement s = store.connection().createStatement()) {
            int version = Migrations.currentVersion(store.connection(), store.path().toString());
            if (version != Schema.VERSION) {
                errors.add("schema version " + version + ", expected " + Schema.VERSION);
            }
            for (String t : Schema.ARTICLE_TABLES) {
                rows.put(t, count(s, t));
            }
            for (String[] o : ORPHANS) {
                report(errors, o[0], count(s, o[1]));
            }
            report(errors, "event actors with a basis Faultline does not write", count(s, "event_actors WHERE basis IS NULL OR basis NOT IN ("
                    + java.util.Arrays.stream(RoleBasis.values()).map(b -> "'" + b.word() + "'")
                    .collect(java.util.stream.Collectors.joining(", ")) + ")")); // words from the enum, not input
            for (String[] sp : SPANS) {
                report(errors, sp[0] + "." + sp[1] + ".." + sp[2] + " outside the article text", count(s, sp[0]
                        + " x JOIN articles a ON a.article_id = x.article_id WHERE x." + sp[1] + " IS NOT NULL AND (x."
                        + sp[1] + " < 0 OR x." + sp[2] + " < x." + sp[1] + " OR x." + sp[2] + " > length(a.text))"));
            }
            long[] g = Dedup.generations(store.connection());
            List<String> clusterProblems = new ArrayList<>();
            for (String[] cl : CLUSTERS) {
                report(clusterProblems, cl[0], count(s, cl[1]));
            }
            if (g[0] != g[1]) {
                warnings.add("canonical events are out of date (articles were stored after the last clustering); "
                        + "the next query or export recomputes them");
            } else {
                errors.addAll(clusterProblems);
            }
        } catch (SQLException e) {
            errors.add("check failed: " + Store.firstLine(e.getMessage()));
        }
        return new Report(errors, warnings, rows);
    }

    private static void report(List<String> into, String what, long n) {
        if (n > 0) {
            into.add(n + " " + what);
        }
    }

    private static long count(Statement s, String from) throws SQLException {
        try (ResultSet r = s.executeQuery("SELECT count(*) FROM " + from)) {
            r.next();
            return r.getLong(1);
        }
    }
}
