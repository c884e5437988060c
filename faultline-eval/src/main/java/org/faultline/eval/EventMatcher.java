package org.faultline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * score.py's greedy one-to-one event matching. A first pass over all gold events takes, for each, the first
 * unused system event that matches fully (evidence overlaps the gold sentence, type accepted, actors right);
 * a second pass gives the gold events still unmatched the first unused system event that only overlaps and
 * has an accepted type. Being greedy and in document order is what makes the figures reproducible.
 */
final class EventMatcher {
    /** Gold event index to system event index, in the order the matches were made. */
    record Matching(Map<Integer, Integer> full, Map<Integer, Integer> typeOnly) {
    }

    private final GoldDocument gold;
    private final List<JsonNode> systemEvents;
    private final Map<Integer, Integer> full = new LinkedHashMap<>();
    private final Map<Integer, Integer> typeOnly = new LinkedHashMap<>();
    private final Set<Integer> used = new HashSet<>();

    private EventMatcher(GoldDocument gold, List<JsonNode> systemEvents) {
        this.gold = gold;
        this.systemEvents = systemEvents;
    }

    static Matching match(GoldDocument gold, List<JsonNode> systemEvents) {
        EventMatcher m = new EventMatcher(gold, systemEvents);
        m.pass(m::full, m.full);
        m.pass(EventMatcher::typed, m.typeOnly);
        return new Matching(Collections.unmodifiableMap(m.full), Collections.unmodifiableMap(m.typeOnly));
    }

    private void pass(BiPredicate<JsonNode, GoldDocument.Event> test, Map<Integer, Integer> into) {
        List<GoldDocument.Event> goldEvents = gold.events();
        for (int gi = 0; gi < goldEvents.size(); gi++) {
            if (full.containsKey(gi) || typeOnly.containsKey(gi)) {
                continue;
            }
            for (int si = 0; si < systemEvents.size(); si++) {
                if (!used.contains(si) && test.test(systemEvents.get(si), goldEvents.get(gi))) {
                    used.add(si);
                    into.put(gi, si);
                    break;
                }
            }
        }
    }

    private boolean full(JsonNode se, GoldDocument.Event ge) {
        if (!typed(se, ge)) {
            return false;
        }
        JsonNode src = ge.source();
        JsonNode tgt = ge.target();
        JsonNode ssrc = se.get("source");
        JsonNode stgt = se.get("target");
        if (actorsOk(src, ssrc) && actorsOk(tgt, stgt)) {
            return true;
        }
        return ge.symmetric() && actorsOk(src, stgt) && actorsOk(tgt, ssrc);
    }

    /** No gold actors means the role is not checked. */
    private boolean actorsOk(JsonNode goldIds, JsonNode systemActors) {
        return !PyJson.truthy(goldIds) || gold.anyActor(goldIds, systemActors);
    }

    private static boolean typed(JsonNode se, GoldDocument.Event ge) {
        long[] span = evidence(se);
        return span != null && span[0] < ge.end() && ge.start() < span[1]
                && PyJson.contains(ge.types(), se.get("type"));
    }

    /** The system event's evidence span, or null when it has no int start and end (true and false count as ints). */
    static long[] evidence(JsonNode se) {
        JsonNode e = PyJson.objectOrEmpty(se.get("evidence"), "system event evidence");
        JsonNode start = e.get("start");
        JsonNode end = e.get("end");
        if (PyJson.isInt(start) && PyJson.isInt(end)) {
            return new long[] {PyJson.toLong(start), PyJson.toLong(end)};
        }
        return null;
    }
}
