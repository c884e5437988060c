package org.faultline.store.export;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.faultline.store.CanonicalEvent;
import org.faultline.store.CanonicalEvent.EventActor;

/**
 * The GDELT 2.0 event table (GDELT Event Codebook V2.0): 61 tab-separated columns in the codebook's order,
 * no header, one canonical event per line. Actor codes are CAMEO (country plus sector); geography codes are
 * FIPS 10-4. EventCode is the CAMEO root followed by 0 (the root's "not specified below" code), as
 * Faultline codes events at root level; GoldsteinScale is that code's value. Columns Faultline has no
 * evidence for are left empty: actor geography (GDELT's place of each actor), known-group, ethnic and
 * religion codes, ADM2, AvgTone (no tone analysis) and city FeatureIDs (see {@link GdeltGeo}). An event
 * without a date or a CAMEO code cannot fill Day or EventCode and is left out, counted in the report.
 */
public final class GdeltTsv {
    static final String NO_DATE = "without a date";
    static final String NO_CODE = "without a CAMEO code";
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter ADDED = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static final int ACTOR_COLUMNS = 10;

    private final GdeltGeo geo;

    GdeltTsv(GdeltGeo geo) {
        this.geo = geo;
    }

    public static ExportReport write(List<CanonicalEvent> events, Writer w) throws IOException {
        return new GdeltTsv(new GdeltGeo(Admin1Codes.standard())).writeAll(events, w);
    }

    ExportReport writeAll(List<CanonicalEvent> events, Writer w) throws IOException {
        ExportReport.Tally tally = new ExportReport.Tally();
        for (CanonicalEvent e : events) {
            if (e.dayFirst() == null) {
                tally.leftOut(NO_DATE);
            } else if (e.codes() == null || e.codes().cameoRoot() == null) {
                tally.leftOut(NO_CODE);
            } else {
                line(w, row(e));
                tally.wrote();
            }
        }
        return tally.report();
    }

    List<Object> row(CanonicalEvent e) {
        LocalDate day = e.dayFirst();
        String code = e.codes().cameoRoot() + "0";
        Double goldstein = GoldsteinScale.of(code);
        List<Object> row = new ArrayList<>();
        row.add(EventNumbers.of(e.id()));
        row.add(day.format(DAY));
        row.add(String.format(Locale.ROOT, "%04d%02d", day.getYear(), day.getMonthValue()));
        row.add(day.getYear());
        row.add(fractionDate(day));
        row.addAll(actor(e.mainSource()));
        row.addAll(actor(e.mainTarget()));
        row.add(e.evidence().stream().anyMatch(CanonicalEvent.Evidence::lead) ? 1 : 0);
        row.add(code);
        row.add(code);
        row.add(e.codes().cameoRoot());
        row.add(e.codes().quadClass() == 0 ? "" : e.codes().quadClass());
        row.add(goldstein == null ? "" : goldstein);
        row.add(e.numMentions());
        row.add(e.numSources());
        row.add(e.numArticles());
        row.add(""); // AvgTone
        row.addAll(geo.columns(null)); // Actor1Geo
        row.addAll(geo.columns(null)); // Actor2Geo
        row.addAll(geo.columns(e.place())); // ActionGeo
        row.add(dateAdded(e));
        row.add(e.sourceUrl());
        return row;
    }

    /** YYYY.FFFF with FFFF = ((month - 1) * 30 + day) / 365, as GDELT's published rows compute it. */
    static String fractionDate(LocalDate day) {
        double fraction = ((day.getMonthValue() - 1) * 30 + day.getDayOfMonth()) / 365.0;
        return String.format(Locale.ROOT, "%.4f", day.getYear() + fraction);
    }

    /** Code, Name, CountryCode, KnownGroupCode, EthnicCode, Religion1/2Code, Type1/2/3Code. */
    private static List<Object> actor(EventActor a) {
        List<Object> out = new ArrayList<>(Collections.nCopies(ACTOR_COLUMNS, ""));
        if (a != null) {
            out.set(0, ActorCodes.code(a));
            out.set(1, a.name());
            out.set(2, a.country() == null ? "" : a.country());
            out.set(7, ActorCodes.sector(a));
        }
        return out;
    }

    /** When the event's first article was stored (UTC). */
    private static String dateAdded(CanonicalEvent e) {
        LocalDateTime first = StoreTimes.first(e);
        return first == null ? "" : first.format(ADDED);
    }

    private static void line(Writer w, List<?> values) throws IOException {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                w.write('\t');
            }
            Object v = values.get(i);
            w.write(v == null ? "" : v.toString().replaceAll("[\\t\\r\\n]+", " "));
        }
        w.write('\n');
    }
}
