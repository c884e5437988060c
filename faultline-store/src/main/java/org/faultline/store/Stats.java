package org.faultline.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Aggregates over canonical events: per ISO week (Monday) and type, per actor, per place. Only events
 * dated to the day enter the weekly table (a month-precision event has no week); the title says how
 * many were left out.
 */
public final class Stats {
    /** One aggregate: its title, column names and rows (the last column is the event count). */
    public record Table(String title, List<String> columns, List<List<String>> rows) {
    }

    private Stats() {
    }

    public static List<Table> compute(Store store, QueryFilter filter, int top) {
        store.recluster();
        FilterSql w = FilterSql.of(store, filter);
        try {
            List<Table> out = new ArrayList<>();
            long undated = scalar(store, "SELECT count(*) FROM clusters c WHERE " + w.where()
                    + " AND c.date_precision IS DISTINCT FROM 'day'", w.params());
            out.add(new Table("events per week and type" + (undated > 0 ? " (" + undated
                    + " events without a day date left out)" : ""), List.of("week", "type", "events"),
                    rows(store, "SELECT strftime(date_trunc('week', c.day_first), '%Y-%m-%d'), c.type, count(*) "
                            + "FROM clusters c WHERE " + w.where() + " AND c.date_precision = 'day' "
                            + "GROUP BY 1, 2 ORDER BY 1, 2", w.params(), 0)));
            out.add(new Table("events per actor (top " + top + ")", List.of("actor_id", "name", "events"),
                    rows(store, "SELECT x.actor_id, min(x.name), count(DISTINCT c.cluster_id) AS n FROM clusters c "
                            + "JOIN cluster_actors x ON x.cluster_id = c.cluster_id WHERE " + w.where()
                            + " GROUP BY 1 ORDER BY n DESC, 1 LIMIT ?", w.params(), top)));
            out.add(new Table("events per place (top " + top + ")", List.of("place", "country", "events"),
                    rows(store, "SELECT c.place_name, c.country, count(*) AS n FROM clusters c WHERE " + w.where()
                            + " AND c.place_id IS NOT NULL GROUP BY 1, 2 ORDER BY n DESC, 1, 2 LIMIT ?", w.params(), top)));
            return out;
        } catch (SQLException e) {
            throw new StoreException("stats failed: " + Store.firstLine(e.getMessage()), e);
        }
    }

    private static List<List<String>> rows(Store store, String sql, List<Object> params, int limit) throws SQLException {
        List<Object> all = new ArrayList<>(params);
        if (limit > 0) {
            all.add(limit);
        }
        List<List<String>> out = new ArrayList<>();
        try (PreparedStatement p = Sql.bind(store.connection().prepareStatement(sql), all); ResultSet r = p.executeQuery()) {
            int n = r.getMetaData().getColumnCount();
            while (r.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    row.add(r.getString(i));
                }
                out.add(row);
            }
        }
        return out;
    }

    private static long scalar(Store store, String sql, List<Object> params) throws SQLException {
        try (PreparedStatement p = Sql.bind(store.connection().prepareStatement(sql), params); ResultSet r = p.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }
}
