package org.faultline.relations;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.faultline.analysis.ActorRef;
import org.faultline.analysis.Event;

/**
 * Relations events imply, dated by the event: aid is support, a captured town is held, war between two
 * parties is hostility, and so are repeated attacks by one party on another.
 */
final class EventRelations {
    /** Attacks by one party on another, counting a state's army and government as the state. */
    private static final int REPEATED_ASSAULTS = 2;

    /**
     * Adds what the asserted events imply; captures are also handed to {@code captures}, and attacks on
     * a place with no party as target to {@code attacks} (whoever holds the place is the one attacked).
     */
    static void add(List<Event> events, Set<Event> captured, Set<Event> symmetric, RelationSink sink,
                    List<ConstructionRelations.Capture> captures, List<ConstructionRelations.Capture> attacks) {
        Map<String, Integer> assaults = new HashMap<>();
        for (Event e : events) {
            if (!e.modality().equals("asserted")) {
                continue;
            }
            RelationSink.When when = RelationSink.When.at(e.date() == null ? null : e.date().value(), e.evidence(),
                    e.trigger());
            for (ActorRef src : e.source()) {
                if (captured.contains(e) && e.place() != null) {
                    sink.addPlace(src, e.place(), when);
                    captures.add(new ConstructionRelations.Capture(src, e.place(), when));
                } else if (e.type().equals("ASSAULT") && e.target().isEmpty() && e.place() != null) {
                    attacks.add(new ConstructionRelations.Capture(src, e.place(), when));
                }
                for (ActorRef tgt : e.target()) {
                    if (e.type().equals("AID")) {
                        sink.add("SUPPORTS", src, tgt, when);
                    }
                    if (e.type().equals("ASSAULT") && symmetric.contains(e) && src.known() && tgt.known()) {
                        sink.add("HOSTILE", src, tgt, when);
                    }
                    if (e.type().equals("ASSAULT")
                            && assaults.merge(party(src) + "|" + party(tgt), 1, Integer::sum) == REPEATED_ASSAULTS) {
                        sink.add("HOSTILE", src, tgt, when);
                    }
                }
            }
        }
    }

    private static String party(ActorRef a) {
        return a.country() != null && a.id().startsWith(a.country()) ? a.country() : a.id(); // "USA/MIL" is "USA"
    }

    private EventRelations() {
    }
}
