package org.faultline.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The actor network of the stored relations (SUPPORTS, ALLIED, HOSTILE, PART_OF between actors; CONTROLS
 * points at a place and is left out). One edge per (source, target, relation type): its weight is the
 * number of distinct sentences that state it, with the first and last date it was stated. A relation's
 * date is its own when it is a full date, else its article's published date. Nodes take the name, type
 * and country the actor has in the first article (by id) that names it, the name qualified by its country
 * where it would not stand alone ({@link ActorNames}).
 */
public final class ActorNetwork {
    public record Node(String id, String name, String type, String country) {
    }

    public record Edge(String source, String target, String relation, int weight, LocalDate first, LocalDate last) {
    }

    public record Graph(List<Node> nodes, List<Edge> edges) {
    }

    private static final String DATED = """
            WITH dated AS (
              SELECT r.*, coalesce(TRY_CAST(r.date AS DATE), a.published) AS day
              FROM relations r JOIN articles a ON a.article_id = r.article_id
              WHERE r.target_actor_id IS NOT NULL),
            edges AS (
              SELECT source_actor_id, target_actor_id, type,
                     count(DISTINCT (article_id, evidence_start_cp, evidence_end_cp)) AS weight,
                     min(day) AS first_day, max(day) AS last_day
              FROM dated WHERE (CAST(? AS DATE) IS NULL OR day >= ?) AND (CAST(? AS DATE) IS NULL OR day <= ?)
              GROUP BY ALL)
            """;

    private ActorNetwork() {
    }

    /** The network of relations dated in [from, to]; null bounds are open (and keep undated relations). */
    public static Graph build(Store store, LocalDate from, LocalDate to) {
        List<Object> params = Arrays.asList(from, from, to, to);
        List<Edge> edges = new ArrayList<>();
        List<Node> nodes = new ArrayList<>();
        try {
            try (PreparedStatement p = Sql.bind(store.connection().prepareStatement(DATED
                    + "SELECT * FROM edges ORDER BY source_actor_id, target_actor_id, type"), params);
                 ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    edges.add(new Edge(r.getString(1), r.getString(2), r.getString(3), r.getInt(4),
                            r.getObject(5, LocalDate.class), r.getObject(6, LocalDate.class)));
                }
            }
            try (PreparedStatement p = Sql.bind(store.connection().prepareStatement(DATED + """
                    , ids AS (SELECT source_actor_id AS id FROM edges UNION SELECT target_actor_id FROM edges)
                    SELECT x.actor_id, arg_min(x.name, x.article_id), arg_min(x.type, x.article_id),
                           arg_min(x.country, x.article_id)
                    FROM actors x JOIN ids ON ids.id = x.actor_id GROUP BY 1 ORDER BY 1"""), params);
                 ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    nodes.add(new Node(r.getString(1), ActorNames.qualified(r.getString(1), r.getString(2), r.getString(4)),
                            r.getString(3), r.getString(4)));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("building the actor network failed: " + Store.firstLine(e.getMessage()), e);
        }
        return new Graph(nodes, edges);
    }
}
