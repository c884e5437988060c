package org.faultline.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.faultline.geo.Gazetteer;
import org.faultline.geo.GeoCandidate;
import org.faultline.geo.Names;
import org.faultline.store.control.Claim;
import org.faultline.store.control.ControlAnswer;
import org.faultline.store.control.ControlTimeline;
import org.faultline.store.control.Evidence;

/**
 * Territorial control from the stored CONTROLS relations: who holds a place on a date (see
 * {@link ControlTimeline} for the rule), and every place someone holds on a date, for the map. A place is
 * named by its stored id ("gn:99454"), its GeoNames id, its name or any wording an article used for it
 * (matched as the gazetteer matches names: "Falluja", "al-Fallujah"), else by the names the gazetteer
 * knows for the places the store holds.
 */
public final class ControlQuery {
    private static final String PLACES = """
            SELECT p.place_id, any_value(p.name), any_value(p.country), any_value(p.lat), any_value(p.lon),
                   any_value(p.geonames_id),
                   list(DISTINCT substring(a.text, m.start_cp + 1, m.end_cp - m.start_cp)) FILTER (WHERE m.start_cp IS NOT NULL)
            FROM places p
            JOIN (SELECT DISTINCT article_id, target_place_id FROM relations WHERE type = 'CONTROLS') r
              ON r.article_id = p.article_id AND r.target_place_id = p.place_id
            JOIN articles a ON a.article_id = p.article_id
            LEFT JOIN mentions m ON m.article_id = p.article_id AND m.kind = 'place' AND m.ref_id = p.place_id
            GROUP BY p.place_id ORDER BY p.place_id""";

    private static final String CLAIMS = """
            SELECT r.target_place_id, r.source_actor_id, ac.name, ac.country, r.date, r.end_date, r.article_id,
                   CAST(a.published AS VARCHAR),
                   substring(a.text, r.evidence_start_cp + 1, r.evidence_end_cp - r.evidence_start_cp),
                   r.evidence_start_cp, r.evidence_end_cp,
                   substring(a.text, r.trigger_start_cp + 1, r.trigger_end_cp - r.trigger_start_cp),
                   r.trigger_start_cp, r.trigger_end_cp
            FROM relations r JOIN articles a ON a.article_id = r.article_id
            LEFT JOIN actors ac ON ac.article_id = r.article_id AND ac.actor_id = r.source_actor_id
            WHERE r.type = 'CONTROLS' AND (CAST(? AS VARCHAR) IS NULL OR r.target_place_id = ?)
            ORDER BY a.published NULLS LAST, r.article_id, r.seq""";

    private final Store store;
    private final Function<String, Set<String>> otherNames;

    /** {@code otherNames}: the place ids a name is known by outside the store (the gazetteer's names). */
    public ControlQuery(Store store, Function<String, Set<String>> otherNames) {
        this.store = store;
        this.otherNames = otherNames;
    }

    /** A query that falls back on the bundled gazetteer's names, loaded only when the store's names fail. */
    public static ControlQuery withGazetteer(Store store) {
        return new ControlQuery(store, name -> Gazetteer.loadDefault().lookup(name).stream()
                .map(GeoCandidate::id).collect(Collectors.toSet()));
    }

    /** Who controls each place the name denotes on {@code at} (several when the name is ambiguous; none when unknown). */
    public List<ControlAnswer> at(String place, LocalDate at) {
        List<ControlAnswer> out = new ArrayList<>();
        for (ControlAnswer.Place p : resolve(place)) {
            out.add(new ControlTimeline(claims(p.id()).getOrDefault(p.id(), List.of())).answer(p, at));
        }
        return out;
    }

    /** Every place some party controls on {@code at}, by place id. */
    public List<ControlAnswer> all(LocalDate at) {
        Map<String, List<Claim>> claims = claims(null);
        List<ControlAnswer> out = new ArrayList<>();
        for (Map.Entry<ControlAnswer.Place, List<String>> p : places().entrySet()) {
            ControlTimeline t = new ControlTimeline(claims.getOrDefault(p.getKey().id(), List.of()));
            if (t.known(at)) {
                out.add(t.answer(p.getKey(), at));
            }
        }
        return out;
    }

    /** The stored places a name, id or GeoNames id denotes, among those some CONTROLS relation is about. */
    List<ControlAnswer.Place> resolve(String query) {
        String q = query.strip();
        String lower = q.toLowerCase(Locale.ROOT);
        String key = Names.key(q);
        Map<ControlAnswer.Place, List<String>> places = places();
        List<ControlAnswer.Place> found = new ArrayList<>();
        for (Map.Entry<ControlAnswer.Place, List<String>> e : places.entrySet()) {
            ControlAnswer.Place p = e.getKey();
            boolean byId = p.id().toLowerCase(Locale.ROOT).equals(lower)
                    || p.geonamesId() != null && String.valueOf(p.geonamesId()).equals(q);
            boolean byName = !key.isEmpty() && (key.equals(Names.key(p.name()))
                    || e.getValue().stream().anyMatch(s -> key.equals(Names.key(s))));
            if (byId || byName) {
                found.add(p);
            }
        }
        if (found.isEmpty() && !key.isEmpty()) {
            Set<String> ids = otherNames.apply(q);
            places.keySet().stream().filter(p -> ids.contains(p.id())).forEach(found::add);
        }
        return found;
    }

    /** The places CONTROLS relations point to, with the wordings articles used for each. */
    private Map<ControlAnswer.Place, List<String>> places() {
        Map<ControlAnswer.Place, List<String>> out = new LinkedHashMap<>();
        try (PreparedStatement p = store.connection().prepareStatement(PLACES); ResultSet r = p.executeQuery()) {
            while (r.next()) {
                List<String> surfaces = new ArrayList<>();
                Object arr = r.getObject(7);
                if (arr instanceof java.sql.Array a) {
                    for (Object o : (Object[]) a.getArray()) {
                        surfaces.add(String.valueOf(o));
                    }
                }
                out.put(new ControlAnswer.Place(r.getString(1), r.getString(2), r.getString(3), number(r, 4),
                        number(r, 5), r.getObject(6) == null ? null : r.getLong(6)), surfaces);
            }
        } catch (SQLException e) {
            throw new StoreException("reading the places of CONTROLS relations failed: " + Store.firstLine(e.getMessage()), e);
        }
        return out;
    }

    /** The CONTROLS relations about one place (or all, for null), by place id, in published order. */
    private Map<String, List<Claim>> claims(String placeId) {
        Map<String, List<Claim>> out = new LinkedHashMap<>();
        try (PreparedStatement p = Sql.bind(store.connection().prepareStatement(CLAIMS),
                java.util.Arrays.asList(placeId, placeId)); ResultSet r = p.executeQuery()) {
            while (r.next()) {
                String actor = r.getString(2);
                String name = r.getString(3);
                Evidence ev = new Evidence(r.getString(7), r.getString(8), r.getString(9), r.getInt(10), r.getInt(11),
                        r.getString(12), (Integer) r.getObject(13), (Integer) r.getObject(14));
                out.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(new Claim(actor,
                        name == null ? actor : name, Claim.partyOf(actor, r.getString(4)), r.getString(5),
                        r.getString(6), ev));
            }
        } catch (SQLException e) {
            throw new StoreException("reading CONTROLS relations failed: " + Store.firstLine(e.getMessage()), e);
        }
        return out;
    }

    private static Double number(ResultSet r, int column) throws SQLException {
        double v = r.getDouble(column);
        return r.wasNull() ? null : v;
    }
}
