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
    /**
     * Hostile acts between two parties, either way round, counting a state's army and government as the
     * state: two of them, one at least an attack, are hostility ("India fired missiles at Pakistan ...
     * Pakistani troops responded with shelling").
     */
    private static final int REPEATED_ACTS = 2;

    /**
     * Adds what the asserted events imply; captures are also handed to {@code captures}, and attacks on
     * a place with no party as target to {@code attacks} (whoever holds the place is the one attacked).
     */
    static void add(List<Event> events, Set<Event> captured, Set<Event> symmetric, RelationSink sink,
                    List<ConstructionRelations.Capture> captures, List<ConstructionRelations.Capture> attacks) {
        Map<String, Integer> acts = new HashMap<>();
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
                    boolean assault = e.type().equals("ASSAULT");
                    if (assault || e.type().equals("THREATEN")) {
                        String pair = pair(src, tgt);
                        int n = acts.merge(pair, 1, Integer::sum);
                        int assaultsSoFar = assault ? assaults.merge(pair, 1, Integer::sum) : assaults.getOrDefault(pair, 0);
                        if (n >= REPEATED_ACTS && assaultsSoFar >= 1) {
                            sink.add("HOSTILE", src, tgt, when);
                        }
                    }
                }
            }
        }
    }

    /** The two parties in a fixed order, so that acts either way round count together. */
    private static String pair(ActorRef a, ActorRef b) {
        String x = party(a);
        String y = party(b);
        return x.compareTo(y) <= 0 ? x + "|" + y : y + "|" + x;
    }

    private static String party(ActorRef a) {
        return a.country() != null && a.id().startsWith(a.country()) ? a.country() : a.id(); // "USA/MIL" is "USA"
    }

    private EventRelations() {
    }
}
