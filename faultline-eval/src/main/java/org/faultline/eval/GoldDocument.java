package org.faultline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.faultline.analysis.GeoDistance;

/**
 * One gold row (FORMAT.md section 3) read as score.py's {@code Gold} class reads it, with its tests of
 * whether a system actor names a gold actor and whether a system place is an acceptable gold place.
 * Values stay JsonNodes where score.py compares or prints them as they came.
 */
final class GoldDocument {
    /** A gold actor: normalised aliases (the name included); match_by_country accepts any actor of its country. */
    record Actor(Set<String> aliases, JsonNode country, boolean byCountry, boolean required) {
    }

    /** A gold place; {@code lat}/{@code lon} are checked as numbers only when a distance is needed, as in Python. */
    record Place(JsonNode name, Set<String> aliases, JsonNode lat, JsonNode lon, JsonNode country, boolean isCountry,
                 boolean required) {
    }

    /** A gold event, its sentence located in the text as a code point span [start, end). */
    record Event(JsonNode id, String sentence, ArrayNode types, JsonNode source, JsonNode target, boolean symmetric,
                 JsonNode place, JsonNode date, long start, long end, boolean required) {
    }

    private final String id;
    private final JsonNode text;
    private final Map<String, Actor> actors = new LinkedHashMap<>();
    private final List<Place> places = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();
    private final List<JsonNode> counts;
    private final List<JsonNode> relations;

    GoldDocument(JsonNode row) {
        id = PyRepr.str(row.get("id"));
        text = row.has("text") ? row.get("text") : JsonNodeFactory.instance.textNode("");
        JsonNode g = PyJson.objectOrEmpty(row.get("gold"), where("gold"));
        for (Map.Entry<String, JsonNode> e : PyJson.items(g.get("actors"), where("actors"))) {
            actors.put(e.getKey(), actor(e.getKey(), e.getValue()));
        }
        for (JsonNode p : PyJson.iterateOr(g.get("places"), where("places"))) {
            places.add(place(p));
        }
        for (JsonNode e : PyJson.iterateOr(g.get("events"), where("events"))) {
            events.add(event(e));
        }
        counts = PyJson.iterateOr(g.get("counts"), where("counts"));
        relations = PyJson.iterateOr(g.get("relations"), where("relations"));
    }

    String id() {
        return id;
    }

    /** The article text; score.py fails only when it slices or searches a text that is not a string. */
    String text() {
        if (!text.isTextual()) {
            throw new EvalInputException(where("text") + " must be a string, not " + PyJson.typeName(text));
        }
        return text.textValue();
    }

    Map<String, Actor> actors() {
        return Collections.unmodifiableMap(actors);
    }

    List<Place> places() {
        return Collections.unmodifiableList(places);
    }

    List<Event> events() {
        return Collections.unmodifiableList(events);
    }

    List<JsonNode> counts() {
        return counts;
    }

    List<JsonNode> relations() {
        return relations;
    }

    private Actor actor(String aid, JsonNode a) {
        requireObject(a, "actor " + aid);
        Set<String> aliases = new LinkedHashSet<>();
        JsonNode list = a.get("aliases");
        for (JsonNode x : list == null ? List.<JsonNode>of() : PyJson.iterate(list, where("actor " + aid + " aliases"))) {
            aliases.add(norm(x, "actor " + aid + " alias"));
        }
        aliases.add(a.has("name") ? norm(a.get("name"), "actor " + aid + " name") : TextNorm.norm(aid));
        return new Actor(aliases, a.get("country"), PyJson.truthy(a.get("match_by_country")), PyJson.required(a));
    }

    private Place place(JsonNode p) {
        requireObject(p, "place");
        JsonNode name = PyJson.require(p, "name", where("place"));
        if (name.isContainerNode()) {
            throw new EvalInputException(where("place name") + ": unhashable type: '" + PyJson.typeName(name) + "'");
        }
        Set<String> aliases = new LinkedHashSet<>();
        JsonNode list = p.get("aliases");
        for (JsonNode x : list == null ? List.<JsonNode>of() : PyJson.iterate(list, where("place aliases"))) {
            aliases.add(norm(x, "place alias"));
        }
        aliases.add(norm(name, "place name"));
        JsonNode lat = PyJson.require(p, "lat", where("place"));
        JsonNode lon = PyJson.require(p, "lon", where("place"));
        JsonNode kind = p.get("kind");
        boolean isCountry = kind != null && kind.isTextual() && kind.textValue().equals("country");
        return new Place(name, aliases, lat, lon, p.get("country"), isCountry, PyJson.required(p));
    }

    private Event event(JsonNode e) {
        requireObject(e, "event");
        JsonNode sentence = PyJson.require(e, "sentence", where("event"));
        if (!sentence.isTextual()) {
            throw new EvalInputException(where("event sentence") + " must be a string");
        }
        String s = sentence.textValue();
        int at = PyText.find(text(), s);
        if (at < 0) {
            throw new EvalInputException("gold " + id + ": sentence not found in text: "
                    + PyRepr.repr(PyText.slice(s, 0, 60)));
        }
        JsonNode type = PyJson.require(e, "type", where("event"));
        ArrayNode types = type.isArray() ? (ArrayNode) type : JsonNodeFactory.instance.arrayNode().add(type);
        return new Event(e.get("id"), s, types, e.get("source"), e.get("target"), PyJson.truthy(e.get("symmetric")),
                e.get("place"), e.get("date"), at, at + (long) PyText.length(s), PyJson.required(e));
    }

    /** score.py's {@code norm(x)}: {@code x or ""} must then be a string. */
    private String norm(JsonNode x, String what) {
        if (!PyJson.truthy(x)) {
            return "";
        }
        if (!x.isTextual()) {
            throw new EvalInputException(where(what) + " must be a string, not " + PyJson.typeName(x));
        }
        return TextNorm.norm(x.textValue());
    }

    private void requireObject(JsonNode v, String what) {
        if (v == null || !v.isObject()) {
            throw new EvalInputException(where(what) + " must be an object, not " + PyJson.typeName(v));
        }
    }

    private String where(String what) {
        return "gold " + id + ": " + what;
    }

    /** {@code actors.get(aid)}: keys are strings, so only a string finds one; a list or object is unhashable. */
    Actor actor(JsonNode aid) {
        if (aid != null && aid.isContainerNode()) {
            throw new EvalInputException(where("actor id") + ": unhashable type: '" + PyJson.typeName(aid) + "'");
        }
        return aid != null && aid.isTextual() ? actors.get(aid.textValue()) : null;
    }

    /** {@code place_by_name.get(name)}: the last place of that name wins, as when a dict is built from them. */
    Place placeByName(JsonNode name) {
        if (name != null && name.isContainerNode()) {
            throw new EvalInputException(where("place name") + ": unhashable type: '" + PyJson.typeName(name) + "'");
        }
        for (int i = places.size() - 1; i >= 0; i--) {
            if (PyJson.same(places.get(i).name(), name)) {
                return places.get(i);
            }
        }
        return null;
    }

    /** A system actor names gold actor {@code aid} by one of its aliases, or (match_by_country) by its country. */
    boolean actorMatches(JsonNode aid, JsonNode sysActor) {
        Actor a = actor(aid);
        if (a == null || sysActor == null || !sysActor.isObject()) {
            return false;
        }
        if (!Collections.disjoint(SystemNames.allOf(sysActor, this), a.aliases())) {
            return true;
        }
        return a.byCountry() && PyJson.truthy(a.country()) && PyJson.eq(sysActor.get("country"), a.country());
    }

    /** Some system actor in {@code sysActors} names some gold actor in {@code ids} (both as {@code x or []}). */
    boolean anyActor(JsonNode ids, JsonNode sysActors) {
        for (JsonNode aid : PyJson.iterateOr(ids, "gold actor ids")) {
            for (JsonNode s : PyJson.iterateOr(sysActors, "system actors")) {
                if (actorMatches(aid, s)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The system place is acceptable for one of the named gold places: the same country when the gold place
     * is a country, or within 161 km of it.
     */
    boolean placeOk(List<JsonNode> names, JsonNode sysPlace) {
        if (sysPlace == null || !sysPlace.isObject()) {
            return false;
        }
        for (JsonNode n : names) {
            Place p = placeByName(n);
            if (p == null) {
                continue;
            }
            JsonNode country = sysPlace.get("country");
            if (p.isCountry() && PyJson.truthy(country) && PyJson.eq(country, p.country())) {
                return true;
            }
            JsonNode lat = sysPlace.get("lat");
            JsonNode lon = sysPlace.get("lon");
            if (PyJson.isNumber(lat) && PyJson.isNumber(lon)) {
                if (GeoDistance.withinThreshold(PyJson.toDouble(p.lat(), where("place lat")),
                        PyJson.toDouble(p.lon(), where("place lon")), PyJson.toDouble(lat, "lat"),
                        PyJson.toDouble(lon, "lon"))) {
                    return true;
                }
            }
        }
        return false;
    }
}
