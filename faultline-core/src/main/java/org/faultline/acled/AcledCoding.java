package org.faultline.acled;

import java.util.List;
import org.faultline.acled.AcledCodebook.Role;
import org.faultline.analysis.ActorRef;
import org.faultline.analysis.Event;

/**
 * An event in ACLED's terms beyond its types: the actor categories of its first source and target (inter1,
 * inter2; 0 without a target), their interaction code, civilian targeting, fatalities (its killed count) and
 * time precision (null when ACLED would not code a date that coarse). For an attack known from an accusation,
 * the accused is the first actor and the accuser is not an actor. Geo precision depends on the place's
 * feature code and is given by the export.
 */
public record AcledCoding(String disorderType, int inter1, int inter2, int interaction, String civilianTargeting,
                          long fatalities, Integer timePrecision) {

    /** The coding of an event with an ACLED sub-event type, or null for one ACLED would not code. */
    public static AcledCoding of(Event e) {
        if (e.codes() == null || e.codes().acledSubEventType() == null) {
            return null;
        }
        AcledCodebook book = AcledCodebook.get();
        AcledCodebook.SubEvent sub = book.subEvent(e.codes().acledSubEventType());
        String country = e.place() == null ? null : e.place().place().country();
        boolean accused = e.type().equals("ACCUSE"); // an alleged attack: the accused is ACLED's first actor
        int inter1 = inter(accused ? e.target() : e.source(), Role.SOURCE, sub, country);
        int inter2 = accused ? 0 : inter(e.target(), Role.TARGET, sub, country);
        if (inter1 == 0) { // a one-sided report of what befell someone: they are ACLED's first actor
            inter1 = inter2;
            inter2 = 0;
        }
        var time = e.date() == null ? java.util.OptionalInt.empty() : book.timePrecision(e.date().precision());
        return new AcledCoding(sub.disorderType(), inter1, inter2, AcledCodebook.interaction(inter1, inter2),
                AcledCodebook.civilianTargeting(sub, inter2), e.counts().getOrDefault("killed", 0L),
                time.isPresent() ? time.getAsInt() : null);
    }

    private static int inter(List<ActorRef> actors, Role role, AcledCodebook.SubEvent sub, String country) {
        if (actors.isEmpty()) {
            return 0;
        }
        ActorRef a = actors.get(0);
        boolean abroad = a.country() != null && country != null && !a.country().equals(country);
        return AcledCodebook.get().inter(a.type(), role, sub.eventType(), abroad);
    }
}
