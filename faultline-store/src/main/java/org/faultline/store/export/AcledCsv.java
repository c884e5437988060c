package org.faultline.store.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.faultline.analysis.Place;
import org.faultline.store.CanonicalEvent;
import org.faultline.store.CanonicalEvent.EventActor;
import org.faultline.store.Countries;

/**
 * ACLED-style CSV (RFC 4180), one row per canonical event that ACLED would code (events whose PLOVER
 * type/mode has no ACLED type are left out). Dates are ISO; actor names are Faultline's canonical names;
 * {@code fatalities} is the happening's best-attested death toll (the figure most reporting articles give,
 * else the highest; the lowest is in the query's {@code count_ranges}).
 */
public final class AcledCsv {
    static final List<String> COLUMNS = List.of("event_id_cnty", "event_date", "year", "time_precision", "event_type",
            "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
            "iso3", "country", "admin1", "location", "latitude", "longitude", "geo_precision", "source", "notes",
            "fatalities");

    private AcledCsv() {
    }

    public static void write(List<CanonicalEvent> events, Writer w) throws IOException {
        Csv.row(w, COLUMNS);
        for (CanonicalEvent e : events) {
            if (e.codes() == null || e.codes().acledEventType() == null) {
                continue;
            }
            Place p = e.place();
            String country = p != null ? p.country() : null;
            int inter1 = inter(e.mainSource(), country);
            int inter2 = inter(e.mainTarget(), country);
            List<Object> row = new ArrayList<>();
            row.add(e.id());
            row.add(e.dayFirst());
            row.add(e.dayFirst() == null ? null : e.dayFirst().getYear());
            row.add(timePrecision(e.datePrecision()));
            row.add(e.codes().acledEventType());
            row.add(e.codes().acledSubEventType());
            row.add(e.mainSource() == null ? null : e.mainSource().name());
            row.add(others(e.sources()));
            row.add(inter1);
            row.add(e.mainTarget() == null ? null : e.mainTarget().name());
            row.add(others(e.targets()));
            row.add(inter2);
            row.add(inter2 == 0 ? String.valueOf(inter1 * 10) : Math.min(inter1, inter2) + "" + Math.max(inter1, inter2));
            row.add(country);
            row.add(Countries.name(country));
            row.add(p == null ? null : p.admin1());
            row.add(p == null ? null : p.name());
            row.add(p == null ? null : p.lat());
            row.add(p == null ? null : p.lon());
            row.add(p == null ? null : geoPrecision(p));
            row.add(e.evidence().stream().map(CanonicalEvent.Evidence::outlet).filter(Objects::nonNull)
                    .collect(Collectors.toCollection(TreeSet::new)).stream().collect(Collectors.joining("; ")));
            row.add(e.evidence().isEmpty() ? null : e.evidence().get(0).sentence().replaceAll("\\s+", " ").strip());
            row.add(e.counts().getOrDefault("killed", 0L));
            Csv.row(w, row);
        }
    }

    /**
     * ACLED's actor categories: 1 state forces, 2 rebel groups, 3 political militias, 6 protesters,
     * 7 civilians, 8 external/other forces (a state's forces outside their own country count here); 0 none.
     */
    static int inter(EventActor a, String eventCountry) {
        if (a == null) {
            return 0;
        }
        return switch (String.valueOf(a.type())) {
            case "STATE_FORCES", "GOVERNMENT" ->
                    eventCountry != null && a.country() != null && !a.country().equals(eventCountry) ? 8 : 1;
            case "REBEL", "JIHADIST" -> 2;
            case "MILITIA" -> 3;
            case "PROTESTERS" -> 6;
            case "CIVILIANS" -> 7;
            default -> 8;
        };
    }

    /** 1 the day is known, 3 only the month or year. */
    static int timePrecision(String precision) {
        return "day".equals(precision) ? 1 : 3;
    }

    /** 1 a town or site, 3 a province or country. */
    static int geoPrecision(Place p) {
        return "point".equals(p.precision()) ? 1 : 3;
    }

    private static String others(List<EventActor> actors) {
        return actors.stream().skip(1).map(EventActor::name).collect(Collectors.joining("; "));
    }
}
