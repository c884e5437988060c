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
    private static final int REPEATED_ASSAULTS = 3;

    /** Adds what the asserted events imply; captures are also handed to {@code captures}. */
    static void add(List<Event> events, Set<Event> captured, Set<Event> symmetric, RelationSink sink,
                    List<ConstructionRelations.Capture> captures) {
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
                }
                for (ActorRef tgt : e.target()) {
                    if (e.type().equals("AID")) {
                        sink.add("SUPPORTS", src, tgt, when);
                    }
                    if (e.type().equals("ASSAULT") && symmetric.contains(e) && src.known() && tgt.known()) {
                        sink.add("HOSTILE", src, tgt, when);
                    }
                    if (e.type().equals("ASSAULT")
                            && assaults.merge(src.id() + "|" + tgt.id(), 1, Integer::sum) == REPEATED_ASSAULTS) {
                        sink.add("HOSTILE", src, tgt, when);
                    }
                }
            }
        }
    }

    private EventRelations() {
    }
}
