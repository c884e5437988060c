package org.faultline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Collections;
import java.util.List;

/**
 * Whether a system relation states a gold relation (score.py's rel_ok): same type, source names the gold
 * source, target names the gold target. A CONTROLS target is a place, right by distance, country or name;
 * ALLIED and HOSTILE are symmetric.
 */
final class RelationMatcher {
    private static final List<JsonNode> SYMMETRIC = List.of(TextNode.valueOf("ALLIED"), TextNode.valueOf("HOSTILE"));
    private static final JsonNode CONTROLS = TextNode.valueOf("CONTROLS");

    private RelationMatcher() {
    }

    static boolean matches(GoldDocument g, JsonNode gr, JsonNode sr) {
        JsonNode type = PyJson.require(gr, "type", "gold " + g.id() + ": relation");
        if (!PyJson.eq(sr.get("type"), type)) {
            return false;
        }
        JsonNode source = PyJson.require(gr, "source", "gold " + g.id() + ": relation");
        if (g.actorMatches(source, sr.get("source")) && targetOk(g, gr, PyJson.eq(type, CONTROLS), sr.get("target"))) {
            return true;
        }
        return PyJson.contains(SYMMETRIC, type)
                && g.actorMatches(target(g, gr), sr.get("source")) && g.actorMatches(source, sr.get("target"));
    }

    private static boolean targetOk(GoldDocument g, JsonNode gr, boolean targetIsPlace, JsonNode sysTarget) {
        JsonNode target = target(g, gr);
        if (!targetIsPlace) {
            return g.actorMatches(target, sysTarget);
        }
        if (g.placeOk(List.of(target), sysTarget)) {
            return true;
        }
        GoldDocument.Place place = g.placeByName(target);
        return !Collections.disjoint(SystemNames.textsOf(sysTarget), place == null ? List.of() : place.aliases());
    }

    private static JsonNode target(GoldDocument g, JsonNode gr) {
        return PyJson.require(gr, "target", "gold " + g.id() + ": relation");
    }
}
