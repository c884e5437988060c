package org.faultline.store;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.faultline.analysis.EventCodes;
import org.faultline.analysis.Place;

/**
 * Recomputes the canonical events of the whole store: loads every event mention, clusters them with
 * {@link Clusterer} and rewrites the cluster tables in one transaction. A full recompute (rather than
 * an incremental one) is what makes the clusters independent of the order articles arrived in.
 */
final class Dedup {
    private final Clusterer clusterer;

    Dedup(SameHappening rule) {
        this.clusterer = new Clusterer(rule);
    }

    /** Re-clusters when articles were written since the last clustering. */
    void refreshIfStale(Connection c) throws SQLException {
        long[] g = generations(c);
        if (g[0] != g[1]) {
            recompute(c);
        }
    }

    void recompute(Connection c) throws SQLException {
        Sql.inTransaction(c, () -> {
            long generation = generations(c)[0];
            List<List<EventMention>> clusters = clusterer.cluster(load(c));
            try (Statement s = c.createStatement()) {
                for (String t : Schema.CLUSTER_TABLES) {
                    s.execute("DELETE FROM " + t);
                }
            }
            write(c, clusters);
            try (PreparedStatement p = c.prepareStatement(
                    "UPDATE store_meta SET value = ? WHERE key = 'clustered_generation'")) {
                p.setLong(1, generation);
                p.executeUpdate();
            }
            return clusters.size();
        });
    }

    /** [generation, clustered_generation]. */
    static long[] generations(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "SELECT max(value) FILTER (WHERE key = 'generation'), "
                        + "max(value) FILTER (WHERE key = 'clustered_generation') FROM store_meta")) {
            r.next();
            return new long[] {r.getLong(1), r.getLong(2)};
        }
    }

    static List<EventMention> load(Connection c) throws SQLException {
        ActorSpecificity specificity = ActorSpecificity.bundled();
        Map<String, List<EventMention.Participant>> actors = new TreeMap<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "SELECT x.event_id, x.role, x.actor_id, x.name, x.type, x.country, a.parent, x.text FROM event_actors x "
                        + "LEFT JOIN actors a ON a.article_id = x.article_id AND a.actor_id = x.actor_id "
                        + "WHERE x.role IN ('source', 'target') ORDER BY x.event_id, x.role, x.seq")) {
            while (r.next()) {
                actors.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(new EventMention.Participant(
                        r.getString(2), r.getString(3), r.getString(4), r.getString(5), r.getString(6), r.getString(7),
                        specificity.of(r.getString(3), r.getString(8))));
            }
        }
        Map<String, Map<String, Long>> counts = new TreeMap<>();
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT event_id, count_type, number FROM event_counts")) {
            while (r.next()) {
                counts.computeIfAbsent(r.getString(1), k -> new TreeMap<>()).put(r.getString(2), r.getLong(3));
            }
        }
        List<EventMention> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("""
                SELECT e.event_id, e.article_id, a.source, a.published, a.url, e.evidence_start_cp, e.type, e.mode, e.modality,
                       e.date_value, e.date_precision, p.place_id, p.name, p.lat, p.lon, p.country, p.admin1,
                       p.geonames_id, p.feature_code, p.precision,
                       e.cameo_root, e.quad_class, e.acled_event_type, e.acled_sub_event_type, e.date_basis, e.place_basis
                FROM events e JOIN articles a ON a.article_id = e.article_id
                LEFT JOIN places p ON p.article_id = e.article_id AND p.place_id = e.place_id""")) {
            while (r.next()) {
                String eventId = r.getString(1);
                String articleId = r.getString(2);
                String url = r.getString(5);
                Place place = r.getString(12) == null ? null : new Place(r.getString(12), r.getString(13),
                        r.getDouble(14), r.getDouble(15), r.getString(16), r.getString(17),
                        r.getObject(18, Long.class), r.getString(19), r.getString(20), List.of());
                EventCodes codes = r.getString(21) == null && r.getString(23) == null ? null
                        : new EventCodes(r.getString(21), r.getInt(22), r.getString(23), r.getString(24));
                out.add(new EventMention(eventId, articleId, outlet(r.getString(3), url, articleId),
                        r.getObject(4, LocalDate.class), url, r.getInt(6), r.getString(7), r.getString(8), r.getString(9),
                        r.getString(10), DateRange.of(r.getString(10), r.getString(11)), r.getString(25), place,
                        r.getString(26), codes,
                        actors.getOrDefault(eventId, List.of()), counts.getOrDefault(eventId, Map.of())));
            }
        }
        return out;
    }

    /** The article's source, else its URL's host, else its id: what NumSources counts. */
    static String outlet(String source, String url, String articleId) {
        if (source != null && !source.isBlank()) {
            return source;
        }
        if (url != null) {
            try {
                String host = URI.create(url.strip()).getHost();
                if (host != null) {
                    return host.startsWith("www.") ? host.substring(4) : host;
                }
            } catch (IllegalArgumentException e) {
                // not a URL: fall through to the article id
            }
        }
        return articleId;
    }

    private static void write(Connection c, List<List<EventMention>> clusters) throws SQLException {
        try (RowInserter cl = new RowInserter(c, "clusters", 26);
             RowInserter mem = new RowInserter(c, "cluster_members", 3);
             RowInserter act = new RowInserter(c, "cluster_actors", 8);
             RowInserter cnt = new RowInserter(c, "cluster_counts", 5)) {
            for (List<EventMention> members : clusters) {
                CanonicalEvent e = Canonical.of(members);
                Place p = e.place();
                EventCodes k = e.codes();
                cl.add(e.id(), e.type(), e.mode(), e.modality(), e.date(), e.datePrecision(), e.dayFirst(),
                        e.dayLast(), p == null ? null : p.id(), p == null ? null : p.name(), p == null ? null : p.lat(),
                        p == null ? null : p.lon(), p == null ? null : p.country(), p == null ? null : p.admin1(),
                        p == null ? null : p.geonamesId(), p == null ? null : p.featureCode(),
                        p == null ? null : p.precision(), k == null ? null : k.cameoRoot(),
                        k == null ? null : k.quadClass(), k == null ? null : k.acledEventType(),
                        k == null ? null : k.acledSubEventType(), e.numMentions(), e.numSources(), e.numArticles(),
                        e.firstPublished(), e.sourceUrl());
                for (CanonicalEvent.Member m : e.members()) {
                    mem.add(m.eventId(), e.id(), m.articleId());
                }
                writeActors(act, e.id(), "source", e.sources());
                writeActors(act, e.id(), "target", e.targets());
                for (Map.Entry<String, Long> n : e.counts().entrySet()) {
                    CanonicalEvent.Range range = e.countRanges().get(n.getKey());
                    cnt.add(e.id(), n.getKey(), n.getValue(), range.low(), range.high());
                }
            }
            cl.flush();
            mem.flush();
            act.flush();
            cnt.flush();
        }
    }

    private static void writeActors(RowInserter act, String clusterId, String role,
                                    List<CanonicalEvent.EventActor> actors) {
        int rank = 0;
        for (CanonicalEvent.EventActor a : actors) {
            act.add(clusterId, role, ++rank, a.id(), a.name(), a.type(), a.country(), a.mentions());
        }
    }
}
