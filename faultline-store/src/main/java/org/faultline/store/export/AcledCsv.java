package org.faultline.store.export;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.faultline.acled.AcledCodebook;
import org.faultline.acled.AcledCodebook.Role;
import org.faultline.analysis.Place;
import org.faultline.store.CanonicalEvent;
import org.faultline.store.CanonicalEvent.EventActor;

/**
 * ACLED's event data as its API returns it in CSV: the current public column set in ACLED's order, one row
 * per canonical event ACLED would code. Country names, regions and ISO numeric codes come from
 * {@link CountryTable}; disorder types, actor categories and precisions from {@link AcledCodebook};
 * event_id_cnty is the country's ISO3 plus the event's stable number. {@code notes} is the sentence that
 * reports the event, {@code source} its outlets, {@code fatalities} the happening's best-attested death
 * toll (the figure most reporting articles give, else the highest; the lowest is in the query's
 * {@code count_ranges}). admin2, admin3, source_scale and tags are left empty: Faultline has no evidence for
 * them. Events ACLED cannot code (no ACLED type, no date finer than a year, no actor, no country) are left
 * out and counted in the report.
 */
public final class AcledCsv {
    static final List<String> COLUMNS = List.of("event_id_cnty", "event_date", "year", "time_precision",
            "disorder_type", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2",
            "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso", "region", "country", "admin1",
            "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale",
            "notes", "fatalities", "tags", "timestamp");
    static final String NO_TYPE = "without an ACLED event type";
    static final String NO_DATE = "without a date";
    static final String YEAR_ONLY = "dated only to the year";
    static final String NO_ACTOR = "without a source actor";
    static final String NO_COUNTRY = "without a place in a known country";

    private AcledCsv() {
    }

    public static ExportReport write(List<CanonicalEvent> events, Writer w) throws IOException {
        Csv.row(w, COLUMNS);
        ExportReport.Tally tally = new ExportReport.Tally();
        for (CanonicalEvent e : events) {
            String reason = whyNot(e);
            if (reason != null) {
                tally.leftOut(reason);
            } else {
                Csv.row(w, row(e));
                tally.wrote();
            }
        }
        return tally.report();
    }

    /** Why ACLED could not code the event, or null when it could. */
    static String whyNot(CanonicalEvent e) {
        if (e.codes() == null || e.codes().acledSubEventType() == null) {
            return NO_TYPE;
        }
        if (e.dayFirst() == null || e.datePrecision() == null) {
            return NO_DATE;
        }
        if (AcledCodebook.get().timePrecision(e.datePrecision()).isEmpty()) {
            return YEAR_ONLY;
        }
        if (e.mainSource() == null) {
            return NO_ACTOR;
        }
        if (e.place() == null || CountryTable.get().of(e.place().country()).isEmpty()) {
            return NO_COUNTRY;
        }
        return null;
    }

    private static List<Object> row(CanonicalEvent e) {
        AcledCodebook book = AcledCodebook.get();
        Place p = e.place();
        CountryTable.Country country = CountryTable.get().of(p.country()).orElseThrow();
        CountryTable.Country filing = CountryTable.get().acledFiling(p.country()).orElseThrow();
        AcledCodebook.SubEvent sub = book.subEvent(e.codes().acledSubEventType());
        EventActor a1 = e.mainSource();
        EventActor a2 = e.mainTarget();
        int inter1 = book.inter(a1.type(), Role.SOURCE, sub.eventType(), abroad(a1, p));
        int inter2 = a2 == null ? 0 : book.inter(a2.type(), Role.TARGET, sub.eventType(), abroad(a2, p));
        List<Object> row = new ArrayList<>();
        row.add(filing.iso3() + EventNumbers.of(e.id()));
        row.add(e.dayFirst());
        row.add(e.dayFirst().getYear());
        OptionalInt time = book.timePrecision(e.datePrecision());
        row.add(time.getAsInt());
        row.add(sub.disorderType());
        row.add(sub.eventType());
        row.add(e.codes().acledSubEventType());
        row.add(a1.name());
        row.add(others(e.sources()));
        row.add(inter1);
        row.add(a2 == null ? "" : a2.name());
        row.add(others(e.targets()));
        row.add(inter2);
        row.add(AcledCodebook.interaction(inter1, inter2));
        row.add(AcledCodebook.civilianTargeting(sub, inter2));
        row.add(filing.isoNumeric());
        row.add(country.acledRegion());
        row.add(country.acledName());
        row.add(p.admin1() != null ? p.admin1() : "ADM1".equals(p.featureCode()) ? p.name() : "");
        row.add(""); // admin2
        row.add(""); // admin3
        row.add(p.name());
        row.add(Decimals.plain(p.lat()));
        row.add(Decimals.plain(p.lon()));
        row.add(PlaceLevels.of(p.featureCode()).acledGeoPrecision());
        row.add(e.evidence().stream().map(CanonicalEvent.Evidence::outlet).filter(Objects::nonNull)
                .collect(Collectors.toCollection(TreeSet::new)).stream().collect(Collectors.joining("; ")));
        row.add(""); // source_scale
        row.add(e.evidence().isEmpty() ? "" : e.evidence().get(0).sentence().replaceAll("\\s+", " ").strip());
        row.add(e.counts().getOrDefault("killed", 0L));
        row.add(""); // tags
        row.add(timestamp(e));
        return row;
    }

    /** A state's forces outside their own country: both countries known and different. */
    private static boolean abroad(EventActor a, Place p) {
        return a.country() != null && p.country() != null && !a.country().equals(p.country());
    }

    private static String others(List<EventActor> actors) {
        return actors.stream().skip(1).map(EventActor::name).collect(Collectors.joining("; "));
    }

    /** Unix time of the event's latest store (UTC). */
    private static Object timestamp(CanonicalEvent e) {
        LocalDateTime last = StoreTimes.last(e);
        return last == null ? "" : last.toEpochSecond(ZoneOffset.UTC);
    }
}
