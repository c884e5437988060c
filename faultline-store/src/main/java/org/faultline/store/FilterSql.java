package org.faultline.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A {@link QueryFilter} as a WHERE condition on {@code clusters c} plus its parameters, shared by
 * queries, stats and exports. Only fixed SQL text is concatenated; every value is a parameter.
 */
record FilterSql(String where, List<Object> params) {

    /** The filter over {@code store}: a place is looked up by any spelling ({@link PlaceLookup}). */
    static FilterSql of(Store store, QueryFilter f) {
        return of(f, f.place() == null ? null : PlaceLookup.of(store).match(f.place()));
    }

    /** {@code place}: what the filter's place denotes (null without a place filter). */
    static FilterSql of(QueryFilter f, PlaceLookup.Match place) {
        List<String> cond = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (f.actor() != null) {
            String a = lower(f.actor());
            cond.add("EXISTS (SELECT 1 FROM cluster_actors ca WHERE ca.cluster_id = c.cluster_id AND "
                    + "(lower(ca.actor_id) = ? OR lower(ca.name) = ? OR ca.actor_id IN (SELECT actor_id FROM actors "
                    + "WHERE lower(name) = ? OR list_contains(list_transform(aliases, x -> lower(x)), ?))))");
            params.addAll(List.of(a, a, a, a));
        }
        if (f.type() != null) {
            cond.add("c.type = ?");
            params.add(f.type().toUpperCase(Locale.ROOT));
        }
        if (f.mode() != null) {
            cond.add("lower(c.mode) = ?");
            params.add(lower(f.mode()));
        }
        if (f.place() != null) {
            List<String> any = new ArrayList<>(List.of("lower(c.place_name) = ? OR lower(c.admin1) = ?"));
            params.addAll(List.of(lower(f.place()), lower(f.place())));
            if (place != null && !place.placeIds().isEmpty()) {
                any.add("c.place_id IN (" + String.join(", ", java.util.Collections.nCopies(place.placeIds().size(), "?")) + ")");
                params.addAll(place.placeIds());
            }
            for (PlaceLookup.Admin1 a : place == null ? java.util.Set.<PlaceLookup.Admin1>of() : place.admin1s()) {
                any.add("(c.country = ? AND c.admin1 = ?)");
                params.addAll(List.of(a.country(), a.name()));
            }
            cond.add("(" + String.join(" OR ", any) + ")");
        }
        if (f.nearLat() != null && f.nearLon() != null) {
            cond.add("c.lat IS NOT NULL AND 2 * 6371.0 * asin(least(1.0, sqrt(pow(sin(radians(c.lat - ?) / 2), 2) "
                    + "+ cos(radians(?)) * cos(radians(c.lat)) * pow(sin(radians(c.lon - ?) / 2), 2)))) <= ?");
            params.addAll(List.of(f.nearLat(), f.nearLat(), f.nearLon(), f.radiusKm()));
        }
        if (f.country() != null) {
            cond.add("c.country = ?");
            params.add(Countries.iso3(f.country()));
        }
        if (f.from() != null) {
            cond.add("c.day_last >= ?");
            params.add(f.from());
        }
        if (f.to() != null) {
            cond.add("c.day_first <= ?");
            params.add(f.to());
        }
        if (f.modality() != null) {
            cond.add("lower(c.modality) = ?");
            params.add(lower(f.modality()));
        }
        if (f.minMentions() > 0) {
            cond.add("c.num_mentions >= ?");
            params.add(f.minMentions());
        }
        return new FilterSql(cond.isEmpty() ? "TRUE" : String.join(" AND ", cond), List.copyOf(params));
    }

    /** The filtered cluster ids in query order, as a subquery with its own parameters (limit included). */
    static FilterSql selection(Store store, QueryFilter f) {
        FilterSql w = of(store, f);
        List<Object> params = new ArrayList<>(w.params());
        String sql = "SELECT c.cluster_id, c.day_first FROM clusters c WHERE " + w.where()
                + " ORDER BY c.day_first NULLS LAST, c.cluster_id";
        if (f.limit() > 0) {
            sql += " LIMIT ?";
            params.add(f.limit());
        }
        return new FilterSql(sql, params);
    }

    private static String lower(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }
}
