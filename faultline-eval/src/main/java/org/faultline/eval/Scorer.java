package org.faultline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores system analyses (FORMAT.md section 2) against gold documents (section 3) exactly as
 * shared/eval/score.py does, so that the figures printed by {@code faultline eval} and by the Python scorer
 * are the same. Rows are plain JsonNodes: the scorer judges what a system wrote, not Faultline's records.
 */
public final class Scorer {
    /** The tallies, in score.py's order (the JSON report lists them so). */
    private static final List<String> TOTALS = List.of(
            "ev_sys", "ev_gold", "ev_type_hit_sys", "ev_type_hit_gold", "ev_full_hit_sys", "ev_full_hit_gold",
            "ev_optional_sys", "place_n", "place_ok", "date_n", "date_ok",
            "act_gold", "act_hit", "act_sys", "act_sys_hit",
            "geo_gold", "geo_found", "geo_found_ok", "geo_sys", "geo_sys_ok",
            "cnt_gold", "cnt_hit", "rel_gold", "rel_hit", "rel_sys", "rel_sys_hit", "missing_docs");

    private final Map<String, Integer> t = new LinkedHashMap<>();
    private final List<String> misses = new ArrayList<>();

    private Scorer() {
        TOTALS.forEach(k -> t.put(k, 0));
    }

    /** Scores GOLD.jsonl against SYSTEM.jsonl; {@link EvalInputException} when a file cannot be used. */
    public static ScoreReport score(Path gold, Path system) throws IOException {
        return score(Jsonl.readRows(gold), Jsonl.readById(system));
    }

    /**
     * @param goldRows    gold documents; a repeated id keeps its first position and its last row, as in
     *                    score.py's dict
     * @param systemById  analyses by {@code str(id)}; a gold document without one counts as missing
     */
    public static ScoreReport score(List<JsonNode> goldRows, Map<String, JsonNode> systemById) {
        Map<String, JsonNode> gold = new LinkedHashMap<>();
        for (int i = 0; i < goldRows.size(); i++) {
            JsonNode row = goldRows.get(i);
            if (row == null || !row.isObject() || !row.has("id")) {
                throw new EvalInputException("gold row " + (i + 1) + ": each row must be an object with an 'id'");
            }
            gold.put(Jsonl.idOf(row), row);
        }
        Scorer s = new Scorer();
        gold.forEach((doc, row) -> s.document(doc, row, systemById.get(doc)));
        return s.report();
    }

    private void add(String key, int n) {
        t.merge(key, n, Integer::sum);
    }

    private void add(String key, boolean hit) {
        add(key, hit ? 1 : 0);
    }

    private void document(String doc, JsonNode goldRow, JsonNode srow) {
        GoldDocument g = new GoldDocument(goldRow);
        if (srow == null) {
            add("missing_docs", 1);
            srow = JsonNodeFactory.instance.objectNode();
        } else if (!srow.isObject()) {
            throw new EvalInputException("system " + doc + ": an analysis must be an object");
        }
        List<JsonNode> sysEvents = objects(srow.get("events"), "events");
        events(doc, g, sysEvents);
        actors(doc, g, objects(srow.get("actors"), "actors"));
        places(doc, g, objects(srow.get("places"), "places"));
        counts(doc, g, sysEvents, srow.get("counts"));
        relations(doc, g, objects(srow.get("relations"), "relations"));
    }

    /** {@code [x for x in v or [] if isinstance(x, dict)]}. */
    private static List<JsonNode> objects(JsonNode v, String what) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode x : PyJson.iterateOr(v, "system " + what)) {
            if (x.isObject()) {
                out.add(x);
            }
        }
        return out;
    }

    private void events(String doc, GoldDocument g, List<JsonNode> sysEvents) {
        List<GoldDocument.Event> goldEvents = g.events();
        EventMatcher.Matching m = EventMatcher.match(g, sysEvents);
        // A system event that matches an optional gold event counts neither way.
        int optionalHits = 0;
        int requiredHits = 0;
        for (Map<Integer, Integer> level : List.of(m.full(), m.typeOnly())) {
            for (int gi : level.keySet()) {
                if (goldEvents.get(gi).required()) {
                    requiredHits++;
                } else {
                    optionalHits++;
                }
            }
        }
        add("ev_sys", sysEvents.size() - optionalHits);
        add("ev_optional_sys", optionalHits);
        for (int gi = 0; gi < goldEvents.size(); gi++) {
            GoldDocument.Event ge = goldEvents.get(gi);
            if (!ge.required()) {
                continue;
            }
            add("ev_gold", 1);
            String label = doc + " " + PyRepr.str(ge.id());
            String sentence = PyRepr.repr(PyText.slice(ge.sentence(), 0, 70));
            if (m.full().containsKey(gi)) {
                add("ev_full_hit_gold", 1);
                add("ev_type_hit_gold", 1);
                JsonNode se = sysEvents.get(m.full().get(gi));
                if (PyJson.truthy(ge.place())) {
                    add("place_n", 1);
                    add("place_ok", g.placeOk(PyJson.iterate(ge.place(), "gold event place"), se.get("place")));
                }
                if (PyJson.truthy(ge.date())) {
                    add("date_n", 1);
                    add("date_ok", dateOk(ge.date(), se.get("date")));
                }
            } else if (m.typeOnly().containsKey(gi)) {
                add("ev_type_hit_gold", 1);
                misses.add(label + ": type only, actors wrong: " + sentence);
            } else {
                misses.add(label + ": missed " + PyRepr.str(ge.types()) + ": " + sentence);
            }
        }
        int fullRequired = (int) m.full().keySet().stream().filter(gi -> goldEvents.get(gi).required()).count();
        add("ev_full_hit_sys", fullRequired);
        add("ev_type_hit_sys", requiredHits);
    }

    /** The system date agrees with one of the gold dates at the gold's precision (a prefix: 2016-05 accepts 2016-05-23). */
    private static boolean dateOk(JsonNode gold, JsonNode got) {
        if (got == null || !got.isTextual() || got.textValue().isEmpty()) {
            return false;
        }
        List<JsonNode> accepted = gold.isArray() ? PyJson.iterate(gold, "gold date") : List.of(gold);
        for (JsonNode g : accepted) {
            if (!g.isTextual()) {
                throw new EvalInputException("gold date must be a string, not " + PyJson.typeName(g));
            }
            if (got.textValue().startsWith(g.textValue())) {
                return true;
            }
        }
        return false;
    }

    /** A gold actor is found when some system actor names it; a system actor is right when it names some gold actor. */
    private void actors(String doc, GoldDocument g, List<JsonNode> sysActors) {
        for (Map.Entry<String, GoldDocument.Actor> e : g.actors().entrySet()) {
            JsonNode aid = JsonNodeFactory.instance.textNode(e.getKey());
            boolean hit = sysActors.stream().anyMatch(s -> g.actorMatches(aid, s));
            if (e.getValue().required()) {
                add("act_gold", 1);
                add("act_hit", hit);
                if (!hit) {
                    misses.add(doc + ": actor not found: " + e.getKey());
                }
            }
        }
        for (JsonNode s : sysActors) {
            add("act_sys", 1);
            add("act_sys_hit", g.actors().keySet().stream()
                    .anyMatch(aid -> g.actorMatches(JsonNodeFactory.instance.textNode(aid), s)));
        }
    }

    /** Places are recognised by name and right within 161 km (or in the same country, for a country). */
    private void places(String doc, GoldDocument g, List<JsonNode> sysPlaces) {
        for (GoldDocument.Place p : g.places()) {
            List<JsonNode> named = sysPlaces.stream()
                    .filter(s -> !Collections.disjoint(SystemNames.allOf(s, g), p.aliases())).toList();
            if (!p.required()) {
                continue;
            }
            add("geo_gold", 1);
            if (named.isEmpty()) {
                misses.add(doc + ": place not found: " + PyRepr.str(p.name()));
                continue;
            }
            add("geo_found", 1);
            boolean right = named.stream().anyMatch(s -> g.placeOk(List.of(p.name()), s));
            add("geo_found_ok", right);
            if (!right) {
                misses.add(doc + ": place misplaced: " + PyRepr.str(p.name()));
            }
        }
        for (JsonNode s : sysPlaces) {
            Set<String> names = SystemNames.allOf(s, g);
            add("geo_sys", 1);
            add("geo_sys_ok", g.places().stream()
                    .filter(p -> !Collections.disjoint(names, p.aliases()))
                    .anyMatch(p -> g.placeOk(List.of(p.name()), s)));
        }
    }

    /**
     * A gold count is found when some system event's counts or the analysis' own counts hold the same
     * (type, number) pair, compared as Python does: 68000 equals 68000.0.
     */
    private void counts(String doc, GoldDocument g, List<JsonNode> sysEvents, JsonNode sysCounts) {
        List<JsonNode[]> found = new ArrayList<>();
        for (JsonNode e : sysEvents) {
            for (Map.Entry<String, JsonNode> kv : PyJson.items(e.get("counts"), "system event counts")) {
                found.add(new JsonNode[] {JsonNodeFactory.instance.textNode(kv.getKey()), kv.getValue()});
            }
        }
        for (JsonNode c : PyJson.iterateOr(sysCounts, "system counts")) {
            if (c.isObject()) {
                found.add(new JsonNode[] {c.get("type"), c.get("number")});
            }
        }
        for (JsonNode c : g.counts()) {
            if (!c.isObject()) {
                throw new EvalInputException("gold " + doc + ": a count must be an object");
            }
            if (!PyJson.required(c)) {
                continue;
            }
            add("cnt_gold", 1);
            JsonNode type = PyJson.require(c, "type", "gold " + doc + ": count");
            JsonNode number = PyJson.require(c, "number", "gold " + doc + ": count");
            boolean hit = found.stream().anyMatch(f -> PyJson.same(f[0], type) && PyJson.same(f[1], number));
            add("cnt_hit", hit);
            if (!hit) {
                misses.add(doc + ": count not found: " + PyRepr.str(type) + "=" + PyRepr.str(number));
            }
        }
    }

    private void relations(String doc, GoldDocument g, List<JsonNode> sysRels) {
        for (JsonNode gr : g.relations()) {
            boolean hit = sysRels.stream().anyMatch(sr -> RelationMatcher.matches(g, gr, sr));
            if (!gr.isObject()) {
                throw new EvalInputException("gold " + doc + ": a relation must be an object");
            }
            if (!PyJson.required(gr)) {
                continue;
            }
            add("rel_gold", 1);
            add("rel_hit", hit);
            if (!hit) {
                String where = "gold " + doc + ": relation";
                misses.add(doc + ": relation not found: " + PyRepr.str(PyJson.require(gr, "source", where)) + " "
                        + PyRepr.str(PyJson.require(gr, "type", where)) + " "
                        + PyRepr.str(PyJson.require(gr, "target", where)));
            }
        }
        for (JsonNode sr : sysRels) {
            add("rel_sys", 1);
            add("rel_sys_hit", g.relations().stream().anyMatch(gr -> RelationMatcher.matches(g, gr, sr)));
        }
    }

    private ScoreReport report() {
        Map<String, Double> r = new LinkedHashMap<>();
        r.put("event_type_p", ratio("ev_type_hit_sys", "ev_sys"));
        r.put("event_type_r", ratio("ev_type_hit_gold", "ev_gold"));
        r.put("event_p", ratio("ev_full_hit_sys", "ev_sys"));
        r.put("event_r", ratio("ev_full_hit_gold", "ev_gold"));
        r.put("actor_p", ratio("act_sys_hit", "act_sys"));
        r.put("actor_r", ratio("act_hit", "act_gold"));
        r.put("geo_p", ratio("geo_sys_ok", "geo_sys"));
        r.put("geo_r", ratio("geo_found_ok", "geo_gold"));
        r.put("relation_p", ratio("rel_sys_hit", "rel_sys"));
        r.put("relation_r", ratio("rel_hit", "rel_gold"));
        Map<String, Double> head = new LinkedHashMap<>();
        head.put("event_f1", f1(r.get("event_p"), r.get("event_r")));
        head.put("event_type_f1", f1(r.get("event_type_p"), r.get("event_type_r")));
        head.put("actor_f1", f1(r.get("actor_p"), r.get("actor_r")));
        head.put("geo_f1", f1(r.get("geo_p"), r.get("geo_r")));
        head.put("geo_acc161", ratio("geo_found_ok", "geo_found"));
        head.put("event_place_acc", ratio("place_ok", "place_n"));
        head.put("date_acc", ratio("date_ok", "date_n"));
        head.put("count_recall", ratio("cnt_hit", "cnt_gold"));
        head.put("relation_f1", f1(r.get("relation_p"), r.get("relation_r")));
        return new ScoreReport(t, r, head, misses);
    }

    /** Zero over zero is 0.0, so an empty gold set or output scores 0 rather than failing. */
    private double ratio(String num, String den) {
        int b = t.get(den);
        return b == 0 ? 0.0 : (double) t.get(num) / b;
    }

    static double f1(double p, double r) {
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }
}
