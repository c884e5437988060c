package org.faultline.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.faultline.geo.Gazetteer;
import org.faultline.geo.GeoCandidate;
import org.faultline.geo.GeoKind;
import org.faultline.geo.Names;

/**
 * The places of stored events found by any spelling: the stored (GeoNames) name, every wording an article
 * used for the place (its mention surfaces), and the gazetteer's names for the entry (name, ASCII name,
 * alternate names), all compared by {@link Names#key} (case, diacritics, apostrophes, Arabic articles and a
 * final "-ah" folded), so "Fallujah", "Falluja" and "Al Fallūjah" are one place and "Hodeidah" finds
 * "Al Hudaydah". First-level divisions are found the same way. The same lookup serves the query filter
 * ({@link #match}), the API's typeahead and the page ({@link #suggest}).
 */
public final class PlaceLookup {
    /** A division of a country by its stored (GeoNames) name. */
    public record Admin1(String country, String name) {
    }

    /** The stored place ids and divisions a name denotes; empty when it denotes none. */
    public record Match(Set<String> placeIds, Set<Admin1> admin1s) {
        public boolean isEmpty() {
            return placeIds.isEmpty() && admin1s.isEmpty();
        }
    }

    /**
     * One typeahead answer: a stored place ({@code kind} "place") or division ({@code kind} "admin1", id
     * "admin1:ISO3:name"), its canonical name and context, the spelling that matched and its event count.
     */
    public record Suggestion(String id, String kind, String name, String admin1, String country, Double lat, Double lon,
                             String precision, String matched, int events) {
    }

    private static final String PLACES = """
            SELECT c.place_id, any_value(c.place_name), any_value(c.admin1), any_value(c.country),
                   any_value(c.lat), any_value(c.lon), any_value(c.place_precision), count(*)
            FROM clusters c WHERE c.place_id IS NOT NULL GROUP BY c.place_id ORDER BY c.place_id""";

    /** Every wording articles used for a place that some canonical event is at. */
    private static final String SURFACES = """
            SELECT DISTINCT m.ref_id, substring(a.text, m.start_cp + 1, m.end_cp - m.start_cp)
            FROM mentions m JOIN articles a ON a.article_id = m.article_id
            WHERE m.kind = 'place' AND m.ref_id IN (SELECT DISTINCT place_id FROM clusters)""";

    /** A stored place or division with the lookup keys of all its spellings (keys in insertion order: name first). */
    private record Entry(Suggestion place, Map<String, String> spellings) {
    }

    private final Store store;
    private final Function<GeoCandidate, List<String>> gazetteerNames;
    private final Function<String, List<GeoCandidate>> gazetteerLookup;

    PlaceLookup(Store store, Function<String, List<GeoCandidate>> lookup, Function<GeoCandidate, List<String>> names) {
        this.store = store;
        this.gazetteerLookup = lookup;
        this.gazetteerNames = names;
    }

    /** A lookup with the bundled gazetteer's names (loaded once per JVM, on first use). */
    public static PlaceLookup of(Store store) {
        return new PlaceLookup(store, name -> Gazetteer.loadDefault().lookup(name),
                c -> Gazetteer.loadDefault().names(c));
    }

    /**
     * The stored places and divisions {@code query} names: by place id ("gn:99454") or GeoNames id, or by a
     * spelling whose key equals the query's (a trailing "province", "governorate"... may be left off).
     */
    public Match match(String query) {
        String q = query.strip();
        String key = Names.key(q);
        Set<String> ids = new LinkedHashSet<>();
        Set<Admin1> admin1s = new LinkedHashSet<>();
        List<Entry> entries = entries();
        for (Entry e : entries) {
            Suggestion p = e.place();
            boolean byId = p.id().equalsIgnoreCase(q) || p.id().equalsIgnoreCase("gn:" + q);
            if (byId || e.spellings().containsKey(key)) {
                if (p.kind().equals("admin1")) {
                    admin1s.add(new Admin1(p.country(), p.name()));
                } else {
                    ids.add(p.id());
                }
            }
        }
        String bare = key.isEmpty() ? null : Names.withoutAdminSuffix(key);
        if (ids.isEmpty() && admin1s.isEmpty() && bare != null) {
            return match(bare);
        }
        return new Match(ids, admin1s);
    }

    /**
     * Places and divisions one of whose spellings starts with the query's key (at a word start), exact
     * spellings first, then by events; at most {@code limit}. A blank query lists the places with most events.
     */
    public List<Suggestion> suggest(String query, int limit) {
        String key = query == null ? "" : Names.key(query);
        record Scored(Suggestion s, int rank) {
        }
        List<Scored> found = new ArrayList<>();
        for (Entry e : entries()) {
            int rank = Integer.MAX_VALUE;
            String matched = null;
            int i = 0;
            for (Map.Entry<String, String> sp : e.spellings().entrySet()) {
                int r = rank(sp.getKey(), key, i++ == 0);
                if (r < rank) {
                    rank = r;
                    matched = sp.getValue();
                }
            }
            if (rank < Integer.MAX_VALUE) {
                Suggestion p = e.place();
                found.add(new Scored(new Suggestion(p.id(), p.kind(), p.name(), p.admin1(), p.country(), p.lat(), p.lon(),
                        p.precision(), matched, p.events()), rank));
            }
        }
        return found.stream()
                .sorted(Comparator.comparingInt(Scored::rank).thenComparing(s -> -s.s().events())
                        .thenComparing(s -> s.s().name()).thenComparing(s -> s.s().id()))
                .limit(limit).map(Scored::s).toList();
    }

    /** 0 exact canonical name, 1 exact other spelling, 2 prefix of the name, 3 prefix of a spelling, 4 prefix of a later word. */
    private static int rank(String spelling, String key, boolean canonical) {
        if (key.isEmpty()) {
            return canonical ? 0 : Integer.MAX_VALUE;
        }
        if (spelling.equals(key)) {
            return canonical ? 0 : 1;
        }
        if (spelling.startsWith(key)) {
            return canonical ? 2 : 3;
        }
        return spelling.contains(" " + key) ? 4 : Integer.MAX_VALUE;
    }

    /** The stored places and divisions, each with its spellings by key. */
    private List<Entry> entries() {
        store.recluster();
        Map<String, Suggestion> places = new LinkedHashMap<>();
        Map<String, List<String>> surfaces = new HashMap<>();
        try (PreparedStatement p = store.connection().prepareStatement(PLACES); ResultSet r = p.executeQuery()) {
            while (r.next()) {
                places.put(r.getString(1), new Suggestion(r.getString(1), "place", r.getString(2), r.getString(3),
                        r.getString(4), r.getObject(5, Double.class), r.getObject(6, Double.class), r.getString(7),
                        null, r.getInt(8)));
            }
            try (PreparedStatement s = store.connection().prepareStatement(SURFACES); ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    surfaces.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("looking up places failed: " + Store.firstLine(e.getMessage()), e);
        }
        List<Entry> out = new ArrayList<>();
        Map<Admin1, Integer> divisions = new LinkedHashMap<>();
        for (Suggestion p : places.values()) {
            Map<String, String> spellings = new LinkedHashMap<>();
            add(spellings, p.name());
            surfaces.getOrDefault(p.id(), List.of()).forEach(s -> add(spellings, s));
            gazetteerEntry(p.name(), c -> c.id().equals(p.id())).forEach(s -> add(spellings, s));
            out.add(new Entry(p, spellings));
            if (p.admin1() != null && p.country() != null) {
                divisions.merge(new Admin1(p.country(), p.admin1()), p.events(), Integer::sum);
            }
        }
        for (Map.Entry<Admin1, Integer> d : divisions.entrySet()) {
            Admin1 a = d.getKey();
            Map<String, String> spellings = new LinkedHashMap<>();
            add(spellings, a.name());
            gazetteerEntry(a.name(), c -> c.kind() == GeoKind.ADMIN1 && a.country().equals(c.country()))
                    .forEach(s -> add(spellings, s));
            out.add(new Entry(new Suggestion("admin1:" + a.country() + ":" + a.name(), "admin1", a.name(), null,
                    a.country(), null, null, "admin1", null, d.getValue()), spellings));
        }
        return out;
    }

    /** The gazetteer's names of the first entry named {@code name} that {@code which} accepts (none when absent). */
    private List<String> gazetteerEntry(String name, java.util.function.Predicate<GeoCandidate> which) {
        if (name == null) {
            return List.of();
        }
        return gazetteerLookup.apply(name).stream().filter(which).findFirst().map(gazetteerNames).orElse(List.of());
    }

    private static void add(Map<String, String> spellings, String s) {
        if (s != null) {
            String k = Names.key(s);
            if (!k.isEmpty()) {
                spellings.putIfAbsent(k, s.strip());
            }
        }
    }
}
