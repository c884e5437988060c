package org.faultline.store;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * The days an event date can stand for: "2016" is all of 2016, "2016-06" all of June, "2016-06-09" one
 * day. Dates are compared as ranges so that a month-precision report is compatible with a day inside it.
 */
public record DateRange(LocalDate first, LocalDate last, String precision) {

    /** The range of a YYYY, YYYY-MM or YYYY-MM-DD value, or null when there is none or it does not parse. */
    public static DateRange of(String value, String precision) {
        if (value == null) {
            return null;
        }
        try {
            switch (value.length()) {
                case 4 -> {
                    int y = Integer.parseInt(value);
                    return new DateRange(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), "year");
                }
                case 7 -> {
                    YearMonth m = YearMonth.parse(value);
                    return new DateRange(m.atDay(1), m.atEndOfMonth(), "month");
                }
                default -> {
                    LocalDate d = LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
                    return new DateRange(d, d, precision == null ? "day" : precision);
                }
            }
        } catch (DateTimeParseException | NumberFormatException e) {
            return null;
        }
    }

    /** 3 for a day, 2 for a month, 1 for a year: higher is more precise. */
    public int rank() {
        return switch (precision) {
            case "day" -> 3;
            case "month" -> 2;
            default -> 1;
        };
    }

    /** True when the ranges, each widened by {@code toleranceDays} at day precision, share a day. */
    public boolean compatible(DateRange o, int toleranceDays) {
        int ta = precision.equals("day") ? toleranceDays : 0;
        int tb = o.precision.equals("day") ? toleranceDays : 0;
        // one tolerance suffices for the pair: two day reports a day apart are compatible at tolerance 1
        int t = Math.max(ta, tb);
        return !first.minusDays(t).isAfter(o.last) && !o.first.minusDays(t).isAfter(last);
    }
}
