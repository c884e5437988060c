package org.faultline.store;

import org.faultline.analysis.Place;
import org.faultline.eval.GeoDistance;

/**
 * The rule for "two reports of the same happening": same PLOVER type, at least one actor in common
 * (by id, any role), places within {@code radiusKm} (a country-precision place matches any place in
 * that country, an admin1 one any place in that admin1), and dates whose ranges meet once day dates are
 * widened by {@code dayTolerance} days (reports often date an event by the day they were written).
 * A missing place or date matches only another missing one: unknown is not evidence of sameness.
 */
public record SameHappening(double radiusKm, int dayTolerance) {
    public static final SameHappening DEFAULT = new SameHappening(50, 1);

    public boolean test(EventMention a, EventMention b) {
        return a.type().equals(b.type()) && sharesActor(a, b) && samePlace(a.place(), b.place())
                && sameTime(a.date(), b.date());
    }

    static boolean sharesActor(EventMention a, EventMention b) {
        for (EventMention.Participant x : a.actors()) {
            for (EventMention.Participant y : b.actors()) {
                if (x.id().equals(y.id())) {
                    return true;
                }
            }
        }
        return false;
    }

    boolean samePlace(Place a, Place b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (a.id().equals(b.id())) {
            return true;
        }
        String pa = String.valueOf(a.precision());
        String pb = String.valueOf(b.precision());
        if (pa.equals("region") || pb.equals("region")) {
            return false; // different regions, or a region and a place: too vague to merge on
        }
        if (pa.equals("country") || pb.equals("country")) {
            return a.country() != null && a.country().equals(b.country());
        }
        if ((pa.equals("admin1") || pb.equals("admin1")) && a.admin1() != null && b.admin1() != null) {
            return a.country() != null && a.country().equals(b.country()) && a.admin1().equalsIgnoreCase(b.admin1());
        }
        return GeoDistance.km(a.lat(), a.lon(), b.lat(), b.lon()) <= radiusKm;
    }

    boolean sameTime(DateRange a, DateRange b) {
        if (a == null || b == null) {
            return a == b;
        }
        return a.compatible(b, dayTolerance);
    }
}
