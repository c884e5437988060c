package org.faultline.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a TIMEX3 value into a calendar date at its precision (YYYY, YYYY-MM, YYYY-MM-DD), following
 * the coding rules: weeks become their month, "recent months" the published year, weekdays the last
 * such day on or before publication, "two years ago/since" the published year minus two.
 */
public final class TimexValues {
    private static final Pattern DAY = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern MONTH = Pattern.compile("^(\\d{4})-(\\d{2})$");
    private static final Pattern YEAR = Pattern.compile("^(\\d{4})$");
    private static final Pattern WEEK = Pattern.compile("^(\\d{4})-W(\\d{2})");
    private static final Pattern SEASON = Pattern.compile("^(\\d{4})-(SP|SU|FA|WI|Q\\d|H\\d)");
    private static final Pattern YEARS_BACK = Pattern.compile("^P(\\d+)Y$");
    private static final Pattern AGE = Pattern.compile("(?i)\\bold\\b");

    private TimexValues() {
    }

    /**
     * The date of a time expression, or null when it names no point in time (a plain duration).
     * {@code backward} says the sentence counts back from now ("two years since", "three months ago").
     */
    public static String resolve(String value, String type, String text, LocalDate published, boolean backward) {
        return resolve(value, type, text, published, backward, false);
    }

    /**
     * As above; unless the event is {@code future}, a month or day named without a year that falls
     * after publication ("in June" in a December report) is last year's.
     */
    public static String resolve(String value, String type, String text, LocalDate published, boolean backward,
                                 boolean future) {
        String v = resolveRaw(value, type, text, published, backward, future);
        if (v == null || future || published == null || v.length() < 7 || hasYear(text)) {
            return v;
        }
        String pub = published.toString().substring(0, v.length());
        if (v.compareTo(pub) > 0) {
            if (countsOn(text)) {
                return null; // "a week later", "the following day" counted from the day of writing: no date of a past act
            }
            return (Integer.parseInt(v.substring(0, 4)) - 1) + v.substring(4);
        }
        return v;
    }

    private static final Pattern COUNTS_ON = Pattern.compile("(?i)\\b(later|next|following|after|tomorrow|coming)\\b");

    /** Whether the expression counts forward from another time rather than naming a calendar day or month. */
    private static boolean countsOn(String text) {
        return text != null && COUNTS_ON.matcher(text).find();
    }

    private static boolean hasYear(String text) {
        return text != null && text.matches(".*\\b(1[89]|20)\\d\\d\\b.*");
    }

    private static String resolveRaw(String value, String type, String text, LocalDate published, boolean backward,
                                     boolean future) {
        if (value == null) {
            value = dayNamed(text, published); // "the early hours of 9 March", which the tagger leaves unvalued
        }
        if (value == null) {
            return null;
        }
        Matcher m = DAY.matcher(value);
        if (m.find()) {
            LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            DayOfWeek named = weekday(text);
            if (published != null && !future && named != null && d.getDayOfWeek() != named) {
                // "Monday, the second" read as one time of the wrong day: the weekday named decides
                d = published.with(java.time.temporal.TemporalAdjusters.previousOrSame(named));
            }
            if (published != null && !future && named != null && d.isAfter(published)) {
                d = d.minusWeeks(1); // "on Saturday" in a report means the last Saturday
            }
            return d.toString();
        }
        if (MONTH.matcher(value).matches() || YEAR.matcher(value).matches()) {
            return value;
        }
        m = WEEK.matcher(value);
        if (m.find()) {
            LocalDate thursday = LocalDate.of(Integer.parseInt(m.group(1)), 6, 1)
                    .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(2))).with(DayOfWeek.THURSDAY);
            return thursday.toString().substring(0, 7);
        }
        m = SEASON.matcher(value);
        if (m.find()) {
            return m.group(1);
        }
        if (published == null) {
            return null;
        }
        if (value.equals("PRESENT_REF") || value.equals("PAST_REF") || value.contains("X")) {
            // "now", "recently", "in recent months": the report's own time. The published day is
            // compatible with the year the coding rules ask for, and more precise.
            return published.toString();
        }
        m = YEARS_BACK.matcher(value);
        if (m.matches() && backward && !AGE.matcher(text == null ? "" : text).find()) { // "a 23-year-old man" is no time
            return String.valueOf(published.getYear() - Integer.parseInt(m.group(1)));
        }
        return null;
    }

    private static final Pattern DAY_MONTH = Pattern.compile("(?i)\\b(\\d{1,2})\\s+(january|february|march|april|may|june|"
            + "july|august|september|october|november|december)\\b(?:\\s+((?:19|20)\\d\\d))?");

    /** A "9 March" (or "9 March 2024") inside an expression the tagger gave no value, in the published year. */
    private static String dayNamed(String text, LocalDate published) {
        Matcher m = text == null || published == null ? null : DAY_MONTH.matcher(text);
        if (m == null || !m.find()) {
            return null;
        }
        int year = m.group(3) != null ? Integer.parseInt(m.group(3)) : published.getYear();
        int month = java.time.Month.valueOf(m.group(2).toUpperCase(java.util.Locale.ROOT)).getValue();
        try {
            return LocalDate.of(year, month, Integer.parseInt(m.group(1))).toString();
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** The weekday a time expression names ("on Saturday", "Monday night"), or null. */
    private static DayOfWeek weekday(String text) {
        String t = text == null ? "" : text.toLowerCase(java.util.Locale.ROOT);
        for (DayOfWeek d : DayOfWeek.values()) {
            if (t.contains(d.name().toLowerCase(java.util.Locale.ROOT))) {
                return d;
            }
        }
        return null;
    }

    /** "2016-05-23" is day precision, "2016-05" month, "2016" year. */
    public static String precision(String date) {
        return switch (date.length()) {
            case 10 -> "day";
            case 7 -> "month";
            default -> "year";
        };
    }
}
