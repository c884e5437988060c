package org.faultline.store.export;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.faultline.analysis.Place;
import org.faultline.store.CanonicalEvent;
import org.faultline.store.CanonicalEvent.EventActor;
import org.faultline.store.Countries;

/**
 * GDELT 2.0 event-table style TSV, with a header row and the columns Faultline can fill. Differences from
 * GDELT, on purpose: country codes are ISO alpha-3 (GDELT uses FIPS 10-4); EventCode and EventBaseCode
 * repeat the CAMEO root code; GLOBALEVENTID is a stable number derived from the event id; DATEADDED is
 * the first article's published date. Tabs and line breaks inside values become spaces.
 */
public final class GdeltTsv {
    static final List<String> COLUMNS = List.of("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "Actor1Code",
            "Actor1Name", "Actor1CountryCode", "Actor2Code", "Actor2Name", "Actor2CountryCode", "EventCode",
            "EventBaseCode", "EventRootCode", "QuadClass", "NumMentions", "NumSources", "NumArticles",
            "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_Lat",
            "ActionGeo_Long", "ActionGeo_FeatureID", "DATEADDED", "SOURCEURL");
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private GdeltTsv() {
    }

    public static void write(List<CanonicalEvent> events, Writer w) throws IOException {
        line(w, COLUMNS);
        for (CanonicalEvent e : events) {
            EventActor a1 = e.mainSource();
            EventActor a2 = e.mainTarget();
            Place p = e.place();
            LocalDate day = e.dayFirst();
            List<Object> row = new ArrayList<>();
            row.add(globalId(e.id()));
            row.add(day == null ? "" : day.format(DAY));
            row.add(day == null ? "" : String.format("%04d%02d", day.getYear(), day.getMonthValue()));
            row.add(day == null ? "" : day.getYear());
            row.add(a1 == null ? "" : ActorCodes.code(a1));
            row.add(a1 == null ? "" : a1.name());
            row.add(a1 == null ? "" : a1.country());
            row.add(a2 == null ? "" : ActorCodes.code(a2));
            row.add(a2 == null ? "" : a2.name());
            row.add(a2 == null ? "" : a2.country());
            String root = e.codes() == null ? null : e.codes().cameoRoot();
            row.add(root);
            row.add(root);
            row.add(root);
            row.add(e.codes() == null || e.codes().quadClass() == 0 ? "" : e.codes().quadClass());
            row.add(e.numMentions());
            row.add(e.numSources());
            row.add(e.numArticles());
            row.add(p == null ? 0 : geoType(p));
            row.add(p == null ? "" : fullName(p));
            row.add(p == null ? "" : p.country());
            row.add(p == null || p.admin1() == null ? "" : p.country() + "-" + p.admin1());
            row.add(p == null ? "" : p.lat());
            row.add(p == null ? "" : p.lon());
            row.add(p == null || p.geonamesId() == null ? "" : p.geonamesId());
            row.add(e.firstPublished() == null ? "" : e.firstPublished().format(DAY));
            row.add(e.sourceUrl());
            line(w, row);
        }
    }

    /** GDELT's geo types: 1 country, 2 US state, 3 US city, 4 world city, 5 world state (ADM1). */
    static int geoType(Place p) {
        boolean us = "USA".equals(p.country());
        return switch (String.valueOf(p.precision())) {
            case "point" -> us ? 3 : 4;
            case "admin1" -> us ? 2 : 5;
            default -> 1;
        };
    }

    static String fullName(Place p) {
        List<String> parts = new ArrayList<>(List.of(p.name()));
        if (p.admin1() != null && !p.admin1().equals(p.name())) {
            parts.add(p.admin1());
        }
        String country = Countries.name(p.country());
        if (country != null && !country.equals(p.name())) {
            parts.add(country);
        }
        return String.join(", ", parts);
    }

    /** A positive 53-bit number from the event id: stable across exports, exact in JavaScript and pandas. */
    static long globalId(String id) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
            long v = 0;
            for (int i = 0; i < 8; i++) {
                v = (v << 8) | (h[i] & 0xff);
            }
            return v >>> 11;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
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
