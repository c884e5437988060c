package org.faultline.store;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Read-only views of the store for browsing (the web API): a sorted page of canonical events, one
 * event by id, light event points for maps and timelines, articles with their annotation spans, actor
 * search and dossiers ({@link PlaceLookup} finds places). Every value reaches SQL as a parameter; sort keys come from a fixed list.
 */
public final class Browse {
    /** Sort keys of {@link #page} and the SQL they order by. */
    public static final Map<String, String> SORTS = Map.of(
            "date", "c.day_first", "type", "c.type", "place", "c.place_name", "mentions", "c.num_mentions",
            "country", "c.country");

    public record Page(long total, int offset, List<CanonicalEvent> events) {
    }

    /**
     * One event as a map or timeline needs it: {@code day}..{@code dayLast} is the range its date stands for;
     * {@code fatalities} the canonical event's best-attested killed count (0 when none is reported).
     */
    public record Point(String id, String type, LocalDate day, LocalDate dayLast, String datePrecision, String place, String country,
                        String admin1, Double lat, Double lon, String source, String target, int mentions, long fatalities) {
    }

    /** A span of an article: kind is actor, place, evidence or trigger; ref the actor, place or event id. */
    public record Span(String kind, String ref, int start, int end) {
    }

    /**
     * One actor in one member event's role, with how the role got it ({@code basis}, a RoleBasis word) and the
     * mention it points at (code points): for an inferred role, the earlier mention it was taken from.
     */
    public record Role(String eventId, String articleId, String role, String actorId, String name, String text,
                       String basis, int start, int end) {
    }

    public record ArticleView(String id, String title, LocalDate published, String source, String url, String text,
                              List<Span> spans, List<String> eventIds) {
    }

    public record ArticleSummary(String id, String title, LocalDate published, String source, int events) {
    }

    public record ActorSummary(String id, String name, String type, String country, int events) {
    }

    public record RelationRow(String relation, String direction, String otherId, String otherName, int weight,
                              LocalDate first, LocalDate last) {
    }

    public record Dossier(String id, String name, String type, String country, String sector, String parent,
                          List<String> aliases, int articles, List<RelationRow> relations,
                          List<Map<String, Object>> eventsPerWeek, long eventsWithoutWeek,
                          List<Map<String, Object>> eventsByType) {
    }

    private final Store store;

    public Browse(Store store) {
        this.store = store;
    }

    /** A page of events matching the filter (its limit is ignored), sorted by {@code sort} (a key of {@link #SORTS}). */
    public Page page(QueryFilter filter, String sort, boolean descending, int offset, int limit) {
        String key = SORTS.get(sort);
        if (key == null) {
            throw new IllegalArgumentException("sort must be one of " + new TreeSet<>(SORTS.keySet()));
        }
        store.recluster();
        FilterSql w = FilterSql.of(store, filter.withLimit(0));
        try {
            long total = scalar("SELECT count(*) FROM clusters c WHERE " + w.where(), w.params());
            List<Object> params = new ArrayList<>(w.params());
            params.add(limit);
            params.add(offset);
            String dir = descending ? " DESC" : " ASC";
            List<String> ids = new ArrayList<>();
            try (PreparedStatement p = Sql.bind(store.connection().prepareStatement("SELECT c.cluster_id FROM clusters c WHERE "
                    + w.where() + " ORDER BY " + key + dir + " NULLS LAST, c.day_first" + dir + " NULLS LAST, c.cluster_id"
                    + " LIMIT ? OFFSET ?"), params); ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getString(1));
                }
            }
            return new Page(total, offset, byIds(ids));
        } catch (SQLException e) {
            throw fail("listing events", e);
        }
    }

    /** One canonical event by its id (the smallest member event id), or null. */
    public CanonicalEvent event(String id) {
        store.recluster();
        try {
            List<CanonicalEvent> found = byIds(List.of(id));
            return found.isEmpty() ? null : found.get(0);
        } catch (SQLException e) {
            throw fail("reading event " + id, e);
        }
    }

    private List<CanonicalEvent> byIds(List<String> ids) throws SQLException {
        if (ids.isEmpty()) {
            return List.of();
        }
        String marks = String.join(", ", java.util.Collections.nCopies(ids.size(), "?"));
        List<CanonicalEvent> events = new EventQuery(store.connection()).run(new FilterSql(
                "SELECT c.cluster_id, c.day_first FROM clusters c WHERE c.cluster_id IN (" + marks + ")",
                new ArrayList<>(ids)));
        Map<String, CanonicalEvent> byId = new HashMap<>();
        events.forEach(e -> byId.put(e.id(), e));
        List<CanonicalEvent> out = new ArrayList<>();
        for (String id : ids) {
            if (byId.containsKey(id)) {
                out.add(byId.get(id));
            }
        }
        return out;
    }

    /** The source and target roles of these member events, in event and role order. */
    public List<Role> roles(List<String> eventIds) {
        List<Role> out = new ArrayList<>();
        if (eventIds.isEmpty()) {
            return out;
        }
        String marks = String.join(", ", java.util.Collections.nCopies(eventIds.size(), "?"));
        try (PreparedStatement p = Sql.bind(store.connection().prepareStatement(
                "SELECT event_id, article_id, role, actor_id, name, text, basis, start_cp, end_cp FROM event_actors "
                        + "WHERE event_id IN (" + marks + ") AND role IN ('source', 'target') "
                        + "ORDER BY event_id, role DESC, seq"), new ArrayList<>(eventIds));
             ResultSet r = p.executeQuery()) {
            while (r.next()) {
                out.add(new Role(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                        r.getString(6), r.getString(7), r.getInt(8), r.getInt(9)));
            }
            return out;
        } catch (SQLException e) {
            throw fail("reading the roles of " + eventIds, e);
        }
    }

    /** Every matching event as a point (main source and target by name), in date order. */
    public List<Point> points(QueryFilter filter) {
        store.recluster();
        FilterSql w = FilterSql.of(store, filter.withLimit(0));
        List<Point> out = new ArrayList<>();
        try (PreparedStatement p = Sql.bind(store.connection().prepareStatement("""
                SELECT c.cluster_id, c.type, c.day_first, c.day_last, c.date_precision, c.place_name, c.country, c.lat, c.lon,
                  (SELECT x.name FROM cluster_actors x WHERE x.cluster_id = c.cluster_id AND x.role = 'source'
                   ORDER BY x.rank LIMIT 1),
                  (SELECT x.name FROM cluster_actors x WHERE x.cluster_id = c.cluster_id AND x.role = 'target'
                   ORDER BY x.rank LIMIT 1),
                  c.num_mentions, c.admin1,
                  coalesce((SELECT max(k.number) FROM cluster_counts k WHERE k.cluster_id = c.cluster_id
                            AND k.count_type = 'killed'), 0)
                FROM clusters c WHERE""" + " " + w.where() + " ORDER BY c.day_first NULLS LAST, c.cluster_id"), w.params());
             ResultSet r = p.executeQuery()) {
            while (r.next()) {
                out.add(new Point(r.getString(1), r.getString(2), r.getObject(3, LocalDate.class),
                        r.getObject(4, LocalDate.class), r.getString(5), r.getString(6), r.getString(7), r.getString(13),
                        r.getObject(8, Double.class), r.getObject(9, Double.class), r.getString(10), r.getString(11),
                        r.getInt(12), r.getLong(14)));
            }
        } catch (SQLException e) {
            throw fail("listing event points", e);
        }
        return out;
    }

    /** Events and fatalities of one first-level division, for the map's choropleth. */
    public record Division(String country, String admin1, long events, long fatalities) {
    }

    /** Matching events per first-level division (events placed only at a country have none), most events first. */
    public List<Division> divisions(QueryFilter filter) {
        store.recluster();
        FilterSql w = FilterSql.of(store, filter.withLimit(0));
        List<Division> out = new ArrayList<>();
        try (PreparedStatement p = Sql.bind(store.connection().prepareStatement("""
                SELECT c.country, c.admin1, count(*) AS n,
                  sum(coalesce((SELECT max(k.number) FROM cluster_counts k WHERE k.cluster_id = c.cluster_id
                                AND k.count_type = 'killed'), 0))
                FROM clusters c WHERE c.admin1 IS NOT NULL AND c.country IS NOT NULL AND""" + " " + w.where()
                + " GROUP BY 1, 2 ORDER BY n DESC, 1, 2"), w.params()); ResultSet r = p.executeQuery()) {
            while (r.next()) {
                out.add(new Division(r.getString(1), r.getString(2), r.getLong(3), r.getLong(4)));
            }
        } catch (SQLException e) {
            throw fail("counting events per division", e);
        }
        return out;
    }

    /** Stored articles, newest first. */
    public List<ArticleSummary> articles(int offset, int limit) {
        List<ArticleSummary> out = new ArrayList<>();
        try (PreparedStatement p = Sql.bind(store.connection().prepareStatement("""
                SELECT a.article_id, a.title, a.published, a.source,
                  (SELECT count(*) FROM events e WHERE e.article_id = a.article_id)
                FROM articles a ORDER BY a.published DESC NULLS LAST, a.article_id LIMIT ? OFFSET ?"""),
                List.of(limit, offset)); ResultSet r = p.executeQuery()) {
            while (r.next()) {
                out.add(new ArticleSummary(r.getString(1), r.getString(2), r.getObject(3, LocalDate.class),
                        r.getString(4), r.getInt(5)));
            }
        } catch (SQLException e) {
            throw fail("listing articles", e);
        }
        return out;
    }

    /** An article's text with its actor and place mentions, event evidence and triggers (code-point offsets), or null. */
    public ArticleView article(String id) {
        try {
            ArticleView head = null;
            try (PreparedStatement p = Sql.bind(store.connection().prepareStatement(
                    "SELECT article_id, title, published, source, url, text FROM articles WHERE article_id = ?"),
                    List.of(id)); ResultSet r = p.executeQuery()) {
                if (r.next()) {
                    head = new ArticleView(r.getString(1), r.getString(2), r.getObject(3, LocalDate.class),
                            r.getString(4), r.getString(5), r.getString(6), List.of(), List.of());
                }
            }
            if (head == null) {
                return null;
            }
            List<Span> spans = new ArrayList<>();
            try (PreparedStatement p = Sql.bind(store.connection().prepareStatement(
                    "SELECT kind, ref_id, start_cp, end_cp FROM mentions WHERE article_id = ? ORDER BY start_cp, end_cp"),
                    List.of(id)); ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    spans.add(new Span(r.getString(1), r.getString(2), r.getInt(3), r.getInt(4)));
                }
            }
            List<String> events = new ArrayList<>();
            try (PreparedStatement p = Sql.bind(store.connection().prepareStatement("""
                    SELECT e.event_id, e.evidence_start_cp, e.evidence_end_cp, e.trigger_start_cp, e.trigger_end_cp,
                           coalesce(m.cluster_id, e.event_id)
                    FROM events e LEFT JOIN cluster_members m ON m.event_id = e.event_id
                    WHERE e.article_id = ? ORDER BY e.seq"""), List.of(id)); ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    spans.add(new Span("evidence", r.getString(6), r.getInt(2), r.getInt(3)));
                    spans.add(new Span("trigger", r.getString(6), r.getInt(4), r.getInt(5)));
                    if (!events.contains(r.getString(6))) {
                        events.add(r.getString(6));
                    }
                }
            }
            return new ArticleView(head.id(), head.title(), head.published(), head.source(), head.url(), head.text(),
                    spans, events);
        } catch (SQLException e) {
            throw fail("reading article " + id, e);
        }
    }

    /** Actors whose id, name or an alias contains {@code q} (any case; null or blank: all), most events first. */
    public List<ActorSummary> actors(String q, int limit) {
        String like = "%" + (q == null ? "" : q.strip().toLowerCase(Locale.ROOT)) + "%";
        List<ActorSummary> out = new ArrayList<>();
        try (PreparedStatement p = Sql.bind(store.connection().prepareStatement("""
                WITH a AS (
                  SELECT actor_id, arg_min(name, article_id) AS name, arg_min(type, article_id) AS type,
                         arg_min(country, article_id) AS country
                  FROM actors
                  WHERE lower(actor_id) LIKE ? OR lower(name) LIKE ?
                     OR len(list_filter(aliases, x -> lower(x) LIKE ?)) > 0
                  GROUP BY actor_id)
                SELECT a.actor_id, a.name, a.type, a.country,
                       (SELECT count(DISTINCT x.cluster_id) FROM cluster_actors x WHERE x.actor_id = a.actor_id) AS n
                FROM a ORDER BY n DESC, a.name, a.actor_id LIMIT ?"""), List.of(like, like, like, limit));
             ResultSet r = p.executeQuery()) {
            while (r.next()) {
                out.add(new ActorSummary(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getInt(5)));
            }
        } catch (SQLException e) {
            throw fail("searching actors", e);
        }
        return out;
    }

    /** One actor's dossier: identity and aliases, relations both ways, events per week and per type; or null. */
    public Dossier dossier(String id) {
        store.recluster();
        try {
            String name = null;
            String type = null;
            String country = null;
            String sector = null;
            String parent = null;
            int articles = 0;
            TreeSet<String> aliases = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            try (PreparedStatement p = Sql.bind(store.connection().prepareStatement(
                    "SELECT name, type, country, sector, parent, aliases FROM actors WHERE actor_id = ? ORDER BY article_id"),
                    List.of(id)); ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    if (articles++ == 0) {
                        name = r.getString(1);
                        type = r.getString(2);
                        country = r.getString(3);
                        sector = r.getString(4);
                        parent = r.getString(5);
                    }
                    Array a = r.getArray(6);
                    if (a != null) {
                        for (Object o : (Object[]) a.getArray()) {
                            if (o != null) {
                                aliases.add(o.toString());
                            }
                        }
                    }
                }
            }
            if (articles == 0) {
                return null;
            }
            List<RelationRow> relations = new ArrayList<>();
            ActorNetwork.Graph g = ActorNetwork.build(store, null, null);
            Map<String, String> names = new HashMap<>();
            g.nodes().forEach(n -> names.put(n.id(), n.name()));
            for (ActorNetwork.Edge e : g.edges()) {
                if (e.source().equals(id)) {
                    relations.add(new RelationRow(e.relation(), "out", e.target(), names.get(e.target()), e.weight(),
                            e.first(), e.last()));
                } else if (e.target().equals(id)) {
                    relations.add(new RelationRow(e.relation(), "in", e.source(), names.get(e.source()), e.weight(),
                            e.first(), e.last()));
                }
            }
            List<Map<String, Object>> weeks = rows("""
                    SELECT strftime(date_trunc('week', c.day_first), '%Y-%m-%d') AS week, count(DISTINCT c.cluster_id) AS events
                    FROM clusters c JOIN cluster_actors x ON x.cluster_id = c.cluster_id
                    WHERE x.actor_id = ? AND c.date_precision = 'day' GROUP BY 1 ORDER BY 1""", List.of(id));
            // an event known only to the month or year has no week: counted, not filed under its first week
            long withoutWeek = scalar("""
                    SELECT count(DISTINCT c.cluster_id) FROM clusters c JOIN cluster_actors x ON x.cluster_id = c.cluster_id
                    WHERE x.actor_id = ? AND c.date_precision IS DISTINCT FROM 'day'""", List.of(id));
            List<Map<String, Object>> types = rows("""
                    SELECT c.type, x.role, count(DISTINCT c.cluster_id) AS events
                    FROM clusters c JOIN cluster_actors x ON x.cluster_id = c.cluster_id
                    WHERE x.actor_id = ? GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2""", List.of(id));
            aliases.remove(name);
            return new Dossier(id, name, type, country, sector, parent, new ArrayList<>(aliases), articles, relations,
                    weeks, withoutWeek, types);
        } catch (SQLException e) {
            throw fail("reading actor " + id, e);
        }
    }

    private List<Map<String, Object>> rows(String sql, List<Object> params) throws SQLException {
        List<Map<String, Object>> out = new ArrayList<>();
        try (PreparedStatement p = Sql.bind(store.connection().prepareStatement(sql), params); ResultSet r = p.executeQuery()) {
            int n = r.getMetaData().getColumnCount();
            while (r.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= n; i++) {
                    Object v = r.getObject(i);
                    row.put(r.getMetaData().getColumnLabel(i), v instanceof Number num ? (Object) num.longValue() : v);
                }
                out.add(row);
            }
        }
        return out;
    }

    private long scalar(String sql, List<Object> params) throws SQLException {
        try (PreparedStatement p = Sql.bind(store.connection().prepareStatement(sql), params); ResultSet r = p.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    private StoreException fail(String what, SQLException e) {
        return new StoreException(what + " failed: " + Store.firstLine(e.getMessage()), e);
    }
}
