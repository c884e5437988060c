package org.faultline.acled;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.faultline.text.DataTable;

/**
 * ACLED's coded values as data ({@code faultline/acled/*.tsv}): the event and disorder type of each
 * sub-event type, the actor category (inter code) of each Faultline actor type in its role, and the time
 * precision of each date precision. The ACLED coder and the ACLED export both read them from here.
 */
public final class AcledCodebook {
    static final String SUB_EVENT_TYPES = "faultline/acled/sub-event-types.tsv";
    static final String ACTOR_CATEGORIES = "faultline/acled/actor-categories.tsv";
    static final String TIME_PRECISION = "faultline/acled/time-precision.tsv";
    /** ACLED's civilian_targeting value when civilians are the event's target. */
    public static final String CIVILIAN_TARGETING = "Civilian targeting";
    public static final int CIVILIANS = 7;

    /** The two parties of an event, as ACLED's actor1 and actor2. */
    public enum Role { SOURCE, TARGET }

    public record SubEvent(String eventType, String disorderType) {
        /** Whether the disorder type is or includes political violence (where civilian targeting is coded). */
        public boolean politicalViolence() {
            return disorderType.contains("Political violence");
        }
    }

    private record ActorRule(String actorType, String role, String eventType, int home, int abroad) {
    }

    private static final class Holder {
        static final AcledCodebook BOOK = new AcledCodebook();
    }

    private final Map<String, SubEvent> subEvents;
    private final List<ActorRule> actorRules;
    private final Map<String, Integer> timePrecision; // -1: not coded by ACLED

    private AcledCodebook() {
        subEvents = DataTable.byKey(SUB_EVENT_TYPES, List.of("sub_event_type", "event_type", "disorder_type"),
                "sub_event_type", r -> new SubEvent(r.get("event_type"), r.get("disorder_type")));
        actorRules = DataTable.read(ACTOR_CATEGORIES, List.of("actor_type", "role", "acled_event_type", "inter_home",
                "inter_abroad")).stream().map(this::actorRule).toList();
        if (actorRules.isEmpty() || !actorRules.get(actorRules.size() - 1).actorType().equals("*")) {
            throw new IllegalStateException(ACTOR_CATEGORIES + ": the last row must be the catch-all \"*\"");
        }
        timePrecision = DataTable.byKey(TIME_PRECISION, List.of("date_precision", "time_precision"), "date_precision",
                r -> r.optional("time_precision") == null ? -1 : r.integer("time_precision"));
    }

    private ActorRule actorRule(DataTable.Row r) {
        String role = r.get("role");
        if (!role.equals("*") && !role.equals("source") && !role.equals("target")) {
            throw r.fail("role must be source, target or *: " + role);
        }
        String eventType = r.get("acled_event_type");
        if (!eventType.equals("*") && subEvents.values().stream().noneMatch(s -> s.eventType().equals(eventType))) {
            throw r.fail("unknown ACLED event type " + eventType);
        }
        return new ActorRule(r.get("actor_type"), role, eventType, inter(r, "inter_home"), inter(r, "inter_abroad"));
    }

    public static AcledCodebook get() {
        return Holder.BOOK;
    }

    /** Every sub-event type of the codebook. */
    public Set<String> subEventTypes() {
        return subEvents.keySet();
    }

    /** The event and disorder type of an ACLED sub-event type; an unknown one is a data error. */
    public SubEvent subEvent(String subEventType) {
        SubEvent s = subEvents.get(subEventType);
        if (s == null) {
            throw new IllegalStateException(SUB_EVENT_TYPES + ": no row for sub-event type " + subEventType);
        }
        return s;
    }

    /** The inter code (1 to 8) of an actor of this type in this role of an event of this ACLED type. */
    public int inter(String actorType, Role role, String acledEventType, boolean abroad) {
        for (ActorRule rule : actorRules) {
            if (any(rule.actorType(), actorType) && any(rule.role(), role.name().toLowerCase(java.util.Locale.ROOT))
                    && any(rule.eventType(), acledEventType)) {
                return abroad ? rule.abroad() : rule.home();
            }
        }
        throw new IllegalStateException("unreachable: " + ACTOR_CATEGORIES + " ends with a catch-all row");
    }

    /** The two actor categories, smaller first ("27"); a one-sided event is the category times ten. */
    public static int interaction(int inter1, int inter2) {
        return inter2 == 0 ? inter1 * 10 : Math.min(inter1, inter2) * 10 + Math.max(inter1, inter2);
    }

    /** ACLED's civilian_targeting: set when civilians are the target of political violence, else empty. */
    public static String civilianTargeting(SubEvent sub, int inter2) {
        return inter2 == CIVILIANS && sub.politicalViolence() ? CIVILIAN_TARGETING : "";
    }

    /** ACLED's time_precision for a date precision; empty when ACLED would not code the event. */
    public OptionalInt timePrecision(String datePrecision) {
        Integer p = timePrecision.get(datePrecision);
        if (p == null) {
            throw new IllegalStateException(TIME_PRECISION + ": no row for date precision " + datePrecision);
        }
        return p < 0 ? OptionalInt.empty() : OptionalInt.of(p);
    }

    private static boolean any(String pattern, String value) {
        return pattern.equals("*") || pattern.equals(value);
    }

    private static int inter(DataTable.Row r, String column) {
        int v = r.integer(column);
        if (v < 1 || v > 8) {
            throw r.fail(column + " must be an ACLED actor category 1 to 8: " + v);
        }
        return v;
    }
}
