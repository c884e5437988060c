package org.faultline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.faultline.analysis.EventCodes;
import org.faultline.analysis.Place;

/**
 * Reads canonical events matching a filter: one query for the clusters, then one each for their actors,
 * counts and members with their evidence (the same filtered selection as a subquery), so the cost does not grow
 * with one round trip per event.
 */
final class EventQuery {
    /**
     * Where the article's first paragraph ends, in code points: at the first line break after any leading
     * blank lines (GDELT's IsRootEvent marks events reported in the lead paragraph).
     */
    private static final String LEAD_END = "(length(a.text) - length(ltrim(a.text, ' ' || chr(9) || chr(10) || chr(13)))"
            + " + strpos(ltrim(a.text, ' ' || chr(9) || chr(10) || chr(13)) || chr(10), chr(10)) - 1)";

    private final Connection c;

    EventQuery(Connection c) {
        this.c = c;
    }

    /** The events of a selection: a query of {@code cluster_id, day_first} rows from {@code clusters c}. */
    List<CanonicalEvent> run(FilterSql sel) throws SQLException {
        String with = "WITH sel AS (" + sel.where() + ") ";
        Map<String, List<CanonicalEvent.EventActor>> sources = new HashMap<>();
        Map<String, List<CanonicalEvent.EventActor>> targets = new HashMap<>();
        try (PreparedStatement p = Sql.bind(c.prepareStatement(with + """
                SELECT x.cluster_id, x.role, x.actor_id, x.name, x.type, x.country, x.mentions,
                       (SELECT ea.text FROM cluster_members m JOIN event_actors ea ON ea.event_id = m.event_id
                        WHERE m.cluster_id = x.cluster_id AND ea.role = x.role AND ea.actor_id = x.actor_id
                        ORDER BY ea.event_id, ea.seq LIMIT 1),
                       (SELECT string_agg(DISTINCT ea.basis, ',') FROM cluster_members m
                        JOIN event_actors ea ON ea.event_id = m.event_id
                        WHERE m.cluster_id = x.cluster_id AND ea.role = x.role AND ea.actor_id = x.actor_id)
                FROM cluster_actors x JOIN sel USING (cluster_id) ORDER BY x.cluster_id, x.role, x.rank"""),
                sel.params()); ResultSet r = p.executeQuery()) {
            while (r.next()) {
                (r.getString(2).equals("source") ? sources : targets).computeIfAbsent(r.getString(1),
                        k -> new ArrayList<>()).add(new CanonicalEvent.EventActor(r.getString(3), r.getString(4),
                        r.getString(5), r.getString(6), r.getInt(7), r.getString(8),
                        CanonicalEvent.EventActor.bases(r.getString(9))));
            }
        }
        Map<String, Map<String, Long>> counts = new HashMap<>();
        Map<String, Map<String, CanonicalEvent.Range>> ranges = new HashMap<>();
        try (PreparedStatement p = Sql.bind(c.prepareStatement(with + "SELECT x.cluster_id, x.count_type, x.number, "
                + "x.low, x.high FROM cluster_counts x JOIN sel USING (cluster_id)"), sel.params());
             ResultSet r = p.executeQuery()) {
            while (r.next()) {
                counts.computeIfAbsent(r.getString(1), k -> new TreeMap<>()).put(r.getString(2), r.getLong(3));
                ranges.computeIfAbsent(r.getString(1), k -> new TreeMap<>()).put(r.getString(2),
                        new CanonicalEvent.Range(r.getLong(4), r.getLong(5)));
            }
        }
        Map<String, List<CanonicalEvent.Member>> members = new HashMap<>();
        Map<String, List<CanonicalEvent.Evidence>> evidence = new HashMap<>();
        try (PreparedStatement p = Sql.bind(c.prepareStatement(with + """
                SELECT m.cluster_id, e.event_id, e.article_id, a.source, a.url,
                       substring(a.text, e.evidence_start_cp + 1, e.evidence_end_cp - e.evidence_start_cp),
                       e.evidence_start_cp, e.evidence_end_cp, e.evidence_start_cp < %s, a.stored_at
                FROM cluster_members m JOIN sel USING (cluster_id) JOIN events e ON e.event_id = m.event_id
                JOIN articles a ON a.article_id = e.article_id ORDER BY m.cluster_id, e.event_id"""
                .formatted(LEAD_END)), sel.params());
             ResultSet r = p.executeQuery()) {
            while (r.next()) {
                members.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(
                        new CanonicalEvent.Member(r.getString(2), r.getString(3)));
                evidence.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(new CanonicalEvent.Evidence(
                        r.getString(2), r.getString(3), Dedup.outlet(r.getString(4), r.getString(5), r.getString(3)),
                        r.getString(5), r.getString(6), r.getInt(7), r.getInt(8), r.getBoolean(9),
                        r.getObject(10, LocalDateTime.class)));
            }
        }
        Map<String, CanonicalEvent> out = new LinkedHashMap<>();
        try (PreparedStatement p = Sql.bind(c.prepareStatement(with + "SELECT c.* FROM clusters c JOIN sel "
                + "USING (cluster_id) ORDER BY c.day_first NULLS LAST, c.cluster_id"), sel.params());
             ResultSet r = p.executeQuery()) {
            while (r.next()) {
                String id = r.getString("cluster_id");
                Place place = r.getString("place_id") == null ? null : new Place(r.getString("place_id"),
                        r.getString("place_name"), r.getDouble("lat"), r.getDouble("lon"), r.getString("country"),
                        r.getString("admin1"), r.getObject("geonames_id", Long.class), r.getString("feature_code"),
                        r.getString("place_precision"), List.of());
                EventCodes codes = new EventCodes(r.getString("cameo_root"), r.getInt("quad_class"),
                        r.getString("acled_event_type"), r.getString("acled_sub_event_type"));
                out.put(id, new CanonicalEvent(id, r.getString("type"), r.getString("mode"), r.getString("modality"),
                        r.getString("date_value"), r.getString("date_precision"),
                        r.getObject("day_first", LocalDate.class), r.getObject("day_last", LocalDate.class), place,
                        sources.getOrDefault(id, List.of()), targets.getOrDefault(id, List.of()),
                        counts.getOrDefault(id, Map.of()), ranges.getOrDefault(id, Map.of()), codes,
                        r.getInt("num_mentions"), r.getInt("num_sources"), r.getInt("num_articles"),
                        r.getObject("first_published", LocalDate.class), r.getString("source_url"),
                        members.getOrDefault(id, List.of()), evidence.getOrDefault(id, List.of())));
            }
        }
        return new ArrayList<>(out.values());
    }
}
