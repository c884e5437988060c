package org.faultline.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publication dates. The date part is taken as written, never shifted to UTC: an article stamped
 * "2016-06-09T23:30:00-05:00" was published on the 9th where it appeared, and that is the day its
 * relative dates ("yesterday") count from.
 */
final class Dates {

    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    // Anything after the date must look like an ISO time, so "2016-06-09 junk" is still rejected.
    private static final Pattern ISO_TIME_REST = Pattern.compile(
            "[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}(:?\\d{2})?)?(\\[[^\\]]+])?");

    private static final Pattern NUMERIC = Pattern.compile("(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})(?!\\d).*");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})(?!\\d).*");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?:[A-Za-z]+,?\\s+)?([A-Za-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d).*");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?:[A-Za-z]+,?\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+([A-Za-z]{3,9})\\.?,?\\s+(\\d{4})(?!\\d).*");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11),
            Map.entry("dec", 12));

    private Dates() {
    }

    /**
     * Strict form for the JSONL contract: "YYYY-MM-DD" or an ISO timestamp starting with it.
     * Returns null when {@code value} is not such a date (including impossible ones like 2016-02-30).
     */
    static LocalDate parseIso(String value) {
        String s = value.strip();
        if (s.length() < 10) {
            return null;
        }
        Matcher date = ISO_DATE.matcher(s.substring(0, 10));
        if (!date.matches() || !(s.length() == 10 || ISO_TIME_REST.matcher(s.substring(10)).matches())) {
            return null;
        }
        return of(date.group(1), date.group(2), date.group(3));
    }

    /**
     * Lenient form for HTML meta tags, which use whatever the CMS emits: ISO, "2016/06/09",
     * "20160609", RFC 1123 ("Thu, 09 Jun 2016 10:00:00 GMT"), "June 9, 2016", "9 June 2016".
     */
    static LocalDate parseLenient(String value) {
        if (value == null) {
            return null;
        }
        String s = value.strip();
        if (s.isEmpty()) {
            return null;
        }
        LocalDate iso = parseIso(s);
        if (iso != null) {
            return iso;
        }
        Matcher m = NUMERIC.matcher(s);
        if (m.matches()) {
            return of(m.group(1), m.group(3), m.group(4));
        }
        m = COMPACT.matcher(s);
        if (m.matches()) {
            return of(m.group(1), m.group(2), m.group(3));
        }
        LocalDate rfc = parseRfc1123(s);
        if (rfc != null) {
            return rfc;
        }
        m = MONTH_DAY_YEAR.matcher(s);
        if (m.matches()) {
            return ofMonthName(m.group(3), m.group(1), m.group(2));
        }
        m = DAY_MONTH_YEAR.matcher(s);
        if (m.matches()) {
            return ofMonthName(m.group(3), m.group(2), m.group(1));
        }
        return null;
    }

    private static LocalDate parseRfc1123(String s) {
        try {
            TemporalAccessor t = DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT).parse(s);
            return LocalDate.from(t);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static LocalDate ofMonthName(String year, String monthName, String day) {
        String name = monthName.toLowerCase(Locale.ROOT);
        Integer month = MONTHS.get(name.substring(0, 3));
        // "Jun", "Sept" and "June" are fine; words that merely start like a month ("Marching") are not.
        if (month == null || !Month.of(month).name().toLowerCase(Locale.ROOT).startsWith(name)) {
            return null;
        }
        return of(year, Integer.toString(month), day);
    }

    private static LocalDate of(String year, String month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
