package org.faultline.store;

import java.util.Map;
import java.util.Set;

/**
 * The rule for "two reports of the same happening". They must agree on everything they both say:
 * <ul>
 * <li>type, and mode where both give one (or modes of one family, {@link ModeFamilies});
 * <li>dates whose ranges meet once day dates are widened by {@code dayTolerance} days (reports often
 *     date an event by the day they were written); a year-only date matches only another, as it cannot
 *     tell one day's attack from the next;
 * <li>places at their own level ({@link PlaceMatch}, points within {@code radiusKm});
 * <li>actors role by role, with a named actor in common ({@link RoleMatch});
 * <li>casualty figures of the same kind no further apart than tolls that rise as bodies are found: within
 *     {@link #COUNT_SLACK} of each other or a factor {@code countRatio}.
 * </ul>
 * Within one article, two sentences are one happening only if each carries its own date (a time
 * expression, not the published date) and its own place (from its sentence or a definite reference, not
 * the article's focus): an article's events all inherit the same defaults, so those prove nothing. Its
 * dates must then be the same: one writer naming two days means two days.
 */
public record SameHappening(double radiusKm, int dayTolerance, double countRatio) {
    public static final SameHappening DEFAULT = new SameHappening(50, 1, 3);

    /** Casualty figures this close are one toll reported twice, whatever their ratio (2 and 9 killed). */
    static final long COUNT_SLACK = 10;

    /** Place bases that come from the event's own sentence. */
    private static final Set<String> OWN_PLACE = Set.of("object", "clause", "sentence", "reference");

    public boolean test(EventMention a, EventMention b) {
        return why(a, b) == null;
    }

    /** Null when the two reports tell of one happening, else the first thing that tells them apart. */
    public String why(EventMention a, EventMention b) {
        if (!a.type().equals(b.type())) {
            return "types " + a.type() + " and " + b.type();
        }
        if (!ModeFamilies.bundled().compatible(a.type(), a.mode(), b.mode())) {
            return "modes " + a.mode() + " and " + b.mode();
        }
        boolean oneArticle = a.articleId().equals(b.articleId());
        if (oneArticle && a.sentenceStart() != b.sentenceStart() && !(ownDateAndPlace(a) && ownDateAndPlace(b))) {
            return "two sentences of one article without their own date and place";
        }
        if (!sameTime(a.date(), b.date(), oneArticle ? 0 : dayTolerance)) {
            return "dates " + a.dateValue() + " and " + b.dateValue();
        }
        if (!new PlaceMatch(radiusKm).test(a.place(), b.place())) {
            return "places " + name(a) + " and " + name(b);
        }
        String actors = RoleMatch.bundled().why(a, b);
        if (actors != null) {
            return actors;
        }
        return countsDiffer(a.counts(), b.counts());
    }

    private static boolean ownDateAndPlace(EventMention m) {
        return m.date() != null && !"published".equals(m.dateBasis()) && m.place() != null
                && OWN_PLACE.contains(m.placeBasis());
    }

    private static boolean sameTime(DateRange a, DateRange b, int tolerance) {
        if (a == null || b == null) {
            return a == b;
        }
        if (a.precision().equals("year") != b.precision().equals("year")) {
            return false;
        }
        return a.compatible(b, tolerance);
    }

    private String countsDiffer(Map<String, Long> a, Map<String, Long> b) {
        for (Map.Entry<String, Long> e : a.entrySet()) {
            Long other = b.get(e.getKey());
            if (other != null) {
                long low = Math.min(e.getValue(), other);
                long high = Math.max(e.getValue(), other);
                if (high - low > COUNT_SLACK && high > countRatio * low) {
                    return e.getKey() + " " + e.getValue() + " and " + other;
                }
            }
        }
        return null;
    }

    private static String name(EventMention m) {
        return m.place() == null ? "none" : m.place().name();
    }
}
