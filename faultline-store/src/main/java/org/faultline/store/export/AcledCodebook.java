package org.faultline.store.export;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * ACLED's coded values as data ({@code faultline/export/acled-*.tsv}): the event and disorder type of each
 * sub-event type, the actor category (inter code) of each Faultline actor type, and the time precision of
 * each date precision.
 */
final class AcledCodebook {
    static final String EVENT_TYPES = "faultline/export/acled-event-types.tsv";
    static final String ACTOR_TYPES = "faultline/export/acled-actor-types.tsv";
    static final String TIME_PRECISION = "faultline/export/acled-time-precision.tsv";

    record SubEvent(String eventType, String disorderType) {
    }

    private record ActorRule(String actorType, String eventType, int home, int abroad) {
    }

    private static final class Holder {
        static final AcledCodebook BOOK = new AcledCodebook();
    }

    private final Map<String, SubEvent> subEvents;
    private final List<ActorRule> actorRules;
    private final Map<String, Integer> timePrecision; // -1: not coded by ACLED

    private AcledCodebook() {
        subEvents = DataTable.byKey(EVENT_TYPES, List.of("sub_event_type", "event_type", "disorder_type"),
                "sub_event_type", r -> new SubEvent(r.get("event_type"), r.get("disorder_type")));
        actorRules = DataTable.read(ACTOR_TYPES, List.of("actor_type", "acled_event_type", "inter_home", "inter_abroad"))
                .stream().map(r -> new ActorRule(r.get("actor_type"), r.get("acled_event_type"), inter(r, "inter_home"),
                        inter(r, "inter_abroad"))).toList();
        if (actorRules.isEmpty() || !actorRules.get(actorRules.size() - 1).actorType().equals("*")) {
            throw new IllegalStateException(ACTOR_TYPES + ": the last row must be the catch-all \"*\"");
        }
        timePrecision = DataTable.byKey(TIME_PRECISION, List.of("date_precision", "time_precision"), "date_precision",
                r -> r.optional("time_precision") == null ? -1 : r.integer("time_precision"));
    }

    static AcledCodebook get() {
        return Holder.BOOK;
    }

    /** The event and disorder type of an ACLED sub-event type; an unknown one is a data error. */
    SubEvent subEvent(String subEventType) {
        SubEvent s = subEvents.get(subEventType);
        if (s == null) {
            throw new IllegalStateException(EVENT_TYPES + ": no row for sub-event type " + subEventType);
        }
        return s;
    }

    /** The inter code (1 to 8) of an actor of this type in an event of this ACLED type. */
    int inter(String actorType, String acledEventType, boolean abroad) {
        for (ActorRule rule : actorRules) {
            if (Patterns.matches(rule.actorType(), actorType) && Patterns.matches(rule.eventType(), acledEventType)) {
                return abroad ? rule.abroad() : rule.home();
            }
        }
        throw new IllegalStateException("unreachable: " + ACTOR_TYPES + " ends with a catch-all row");
    }

    /** ACLED's time_precision for a date precision; empty when ACLED would not code the event. */
    OptionalInt timePrecision(String datePrecision) {
        Integer p = timePrecision.get(datePrecision);
        if (p == null) {
            throw new IllegalStateException(TIME_PRECISION + ": no row for date precision " + datePrecision);
        }
        return p < 0 ? OptionalInt.empty() : OptionalInt.of(p);
    }

    private static int inter(DataTable.Row r, String column) {
        int v = r.integer(column);
        if (v < 1 || v > 8) {
            throw r.fail(column + " must be an ACLED actor category 1 to 8: " + v);
        }
        return v;
    }
}
