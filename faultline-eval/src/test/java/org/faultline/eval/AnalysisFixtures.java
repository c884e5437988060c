package org.faultline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * Hand-made system analyses (FORMAT.md section 2) of gold documents, for comparing the Java scorer with
 * score.py: one built from the gold itself, and variants that are wrong, incomplete or oddly typed in the
 * ways a real system's output can be.
 */
final class AnalysisFixtures {
    static final List<String> PLOVER = List.of("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID",
            "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT");
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private AnalysisFixtures() {
    }

    /** The variants by name; each maps the gold rows to the analysis rows to write. */
    static Map<String, Function<List<JsonNode>, List<JsonNode>>> variants() {
        Map<String, Function<List<JsonNode>, List<JsonNode>>> v = new LinkedHashMap<>();
        v.put("perfect", each(AnalysisFixtures::perfect));
        v.put("empty-analyses", rows -> rows.stream().map(r -> (JsonNode) F.objectNode().set("id", r.get("id"))).toList());
        v.put("empty-file", rows -> List.of());
        v.put("missing-docs", AnalysisFixtures::everySecondMissing);
        v.put("wrong", each(AnalysisFixtures::wrong));
        v.put("float-counts", each(AnalysisFixtures::floatCounts));
        v.put("mentions", each(AnalysisFixtures::byMentions));
        for (int seed = 1; seed <= 3; seed++) {
            long s = seed;
            v.put("noisy-" + seed, rows -> noisy(rows, new Random(s)));
        }
        return v;
    }

    private static Function<List<JsonNode>, List<JsonNode>> each(Function<JsonNode, ObjectNode> analysis) {
        return rows -> rows.stream().<JsonNode>map(analysis).toList();
    }

    // ---- built from the gold ---------------------------------------------------------------------------------

    /**
     * What a careful system would write: each gold event with its sentence as evidence, the first alias of
     * each actor as its name, the gold place's coordinates, the gold date; the gold actors, places, counts
     * and relations.
     */
    static ObjectNode perfect(JsonNode row) {
        String text = row.path("text").asText("");
        JsonNode g = row.path("gold");
        ObjectNode out = F.objectNode();
        out.set("id", row.get("id"));
        ArrayNode events = out.putArray("events");
        for (JsonNode ge : g.path("events")) {
            ObjectNode e = events.addObject();
            e.set("type", first(ge.get("type")));
            e.set("source", actorRefs(g, ge.path("source")));
            e.set("target", actorRefs(g, ge.path("target")));
            JsonNode place = first(ge.get("place"));
            e.set("place", place.isNull() ? place : placeRef(g, place.asText()));
            e.set("date", first(ge.get("date")));
            e.put("modality", ge.path("modality").asText("asserted"));
            String sentence = ge.get("sentence").asText();
            int start = codePointIndex(text, sentence);
            e.putObject("evidence").put("start", start).put("end", start + codePoints(sentence));
        }
        ArrayNode actors = out.putArray("actors");
        g.path("actors").fields().forEachRemaining(a -> actors.addObject()
                .put("name", firstAlias(a.getValue(), a.getKey())).set("country", a.getValue().get("country")));
        ArrayNode places = out.putArray("places");
        for (JsonNode p : g.path("places")) {
            places.add(placeRef(g, p.get("name").asText()));
        }
        ArrayNode counts = out.putArray("counts");
        for (JsonNode c : g.path("counts")) {
            ObjectNode count = counts.addObject();
            count.set("type", c.get("type"));
            count.set("number", c.get("number"));
        }
        ArrayNode relations = out.putArray("relations");
        for (JsonNode gr : g.path("relations")) {
            ObjectNode r = relations.addObject();
            r.set("type", gr.get("type"));
            r.putObject("source").put("name", actorName(g, gr.get("source").asText()));
            if (gr.get("type").asText().equals("CONTROLS")) {
                r.set("target", placeRef(g, gr.get("target").asText()));
            } else {
                r.putObject("target").put("name", actorName(g, gr.get("target").asText()));
            }
        }
        return out;
    }

    private static List<JsonNode> everySecondMissing(List<JsonNode> rows) {
        List<JsonNode> out = new ArrayList<>();
        for (int i = 1; i < rows.size(); i += 2) {
            out.add(perfect(rows.get(i)));
        }
        return out;
    }

    /** Wrong types, swapped roles, far places, wrong dates and counts, misplaced evidence, reversed relations. */
    static ObjectNode wrong(JsonNode row) {
        ObjectNode out = perfect(row);
        JsonNode g = row.path("gold");
        int i = 0;
        for (JsonNode node : out.withArray("events")) {
            ObjectNode e = (ObjectNode) node;
            JsonNode goldTypes = g.path("events").get(i).get("type");
            switch (i++ % 4) {
                case 0 -> e.put("type", PLOVER.stream().filter(t -> !goldTypes.toString().contains('"' + t + '"'))
                        .findFirst().orElseThrow());
                case 1 -> {
                    JsonNode src = e.get("source");
                    e.set("source", e.get("target"));
                    e.set("target", src);
                }
                case 2 -> {
                    if (e.get("place").isObject()) {
                        ((ObjectNode) e.get("place")).put("lat", e.get("place").get("lat").asDouble() + 2.0);
                    }
                    e.put("date", "1999");
                }
                default -> {
                    ObjectNode ev = (ObjectNode) e.get("evidence");
                    int end = ev.get("end").asInt();
                    ev.put("start", end + 2).put("end", end + 40);
                }
            }
        }
        i = 0;
        for (JsonNode a : out.withArray("actors")) {
            ((ObjectNode) a).put("name", i++ % 2 == 0 ? "The " + a.get("name").asText().toUpperCase() : "Unknown actor " + i);
        }
        i = 0;
        for (JsonNode node : out.withArray("places")) {
            ObjectNode p = (ObjectNode) node;
            switch (i++ % 4) {
                case 0 -> p.put("lat", p.get("lat").asDouble() + 1.4); // about 156 km: still right
                case 1 -> p.put("lat", p.get("lat").asDouble() + 1.5); // about 167 km: wrong
                case 2 -> {
                    p.remove("lat");
                    p.remove("lon");
                }
                default -> p.put("country", "XXX").put("lon", p.get("lon").asDouble() + 30);
            }
        }
        i = 0;
        for (JsonNode node : out.withArray("counts")) {
            ObjectNode c = (ObjectNode) node;
            if (i++ % 2 == 0) {
                c.put("number", c.get("number").asLong() + 1);
            } else {
                c.put("type", c.get("type").asText().toUpperCase());
            }
        }
        i = 0;
        for (JsonNode node : out.withArray("relations")) {
            ObjectNode r = (ObjectNode) node;
            if (i++ % 3 == 2) {
                r.put("type", "PART_OF");
            } else if (!r.get("type").asText().equals("CONTROLS")) {
                JsonNode src = r.get("source");
                r.set("source", r.get("target"));
                r.set("target", src);
            } else {
                ((ObjectNode) r.get("target")).remove(List.of("lat", "lon"));
            }
        }
        return out;
    }

    /** Counts as JSON floats (68000.0 equals 68000 in Python), one on an event, one not integral. */
    static ObjectNode floatCounts(JsonNode row) {
        ObjectNode out = perfect(row);
        ArrayNode counts = out.withArray("counts");
        ArrayNode floats = F.arrayNode();
        for (JsonNode c : counts) {
            floats.addObject().put("type", c.get("type").asText()).put("number", c.get("number").asDouble());
        }
        ArrayNode events = out.withArray("events");
        if (!floats.isEmpty() && !events.isEmpty()) {
            JsonNode c = floats.remove(0);
            ((ObjectNode) events.get(0)).putObject("counts").put(c.get("type").asText(), c.get("number").asDouble());
        }
        floats.addObject().put("type", "killed").put("number", 21.5);
        out.set("counts", floats);
        return out;
    }

    /** Actors and places named only by mention spans (code points) or mention strings; events by text and aliases. */
    static ObjectNode byMentions(JsonNode row) {
        String text = row.path("text").asText("");
        ObjectNode out = perfect(row);
        JsonNode g = row.path("gold");
        ArrayNode actors = out.putArray("actors");
        g.path("actors").fields().forEachRemaining(a -> actors.add(mentioned(text, a.getValue())));
        ArrayNode places = out.putArray("places");
        for (JsonNode p : g.path("places")) {
            places.add(mentioned(text, p).put("lat", p.get("lat").asDouble()).put("lon", p.get("lon").asDouble()));
        }
        int i = 0;
        for (JsonNode e : out.withArray("events")) {
            // Evidence of one code point, the sentence's first or last: overlaps only if offsets are code points.
            ObjectNode ev = (ObjectNode) e.get("evidence");
            int at = i++ % 2 == 0 ? ev.get("start").asInt() : ev.get("end").asInt() - 1;
            ev.put("start", at).put("end", at + 1);
            for (String role : List.of("source", "target")) {
                for (JsonNode ref : e.get(role)) {
                    ObjectNode o = (ObjectNode) ref;
                    o.put("text", o.remove("name").asText());
                    o.putArray("aliases").add("somebody").add(42);
                }
            }
        }
        return out;
    }

    private static ObjectNode mentioned(String text, JsonNode goldItem) {
        ObjectNode o = F.objectNode();
        o.putNull("name");
        ArrayNode mentions = o.putArray("mentions");
        List<String> names = new ArrayList<>();
        goldItem.path("aliases").forEach(a -> names.add(a.asText()));
        names.add(goldItem.path("name").asText(""));
        for (String n : names) {
            int at = n.isEmpty() ? -1 : codePointIndex(text, n);
            if (at >= 0) {
                mentions.addObject().put("start", at).put("end", at + codePoints(n));
                return o;
            }
        }
        mentions.add(names.get(0));
        return o;
    }

    // ---- random noise --------------------------------------------------------------------------------------

    /** Random, seeded damage to the perfect analyses, including values of unexpected types that score.py tolerates. */
    static List<JsonNode> noisy(List<JsonNode> rows, Random r) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode row : rows) {
            if (r.nextInt(8) == 0) {
                continue;
            }
            ObjectNode a = perfect(row);
            List<JsonNode> golds = new ArrayList<>();
            row.path("gold").path("places").forEach(golds::add);
            ArrayNode events = F.arrayNode();
            for (JsonNode e : a.withArray("events")) {
                noisyEvent((ObjectNode) e, r, golds, events);
            }
            List<JsonNode> shuffled = new ArrayList<>();
            events.forEach(shuffled::add);
            Collections.shuffle(shuffled, r);
            a.putArray("events").addAll(shuffled);
            for (String list : List.of("actors", "places", "counts", "relations")) {
                ArrayNode kept = F.arrayNode();
                for (JsonNode x : a.withArray(list)) {
                    if (r.nextInt(4) > 0) {
                        kept.add(noisyItem((ObjectNode) x, r));
                    }
                }
                a.set(list, kept);
            }
            out.add(a);
        }
        return out;
    }

    private static void noisyEvent(ObjectNode e, Random r, List<JsonNode> goldPlaces, ArrayNode into) {
        ObjectNode ev = (ObjectNode) e.get("evidence");
        switch (r.nextInt(14)) {
            case 0 -> {
                return; // dropped
            }
            case 1 -> into.add(e.deepCopy()); // duplicated
            case 2 -> e.put("type", r.nextBoolean() ? PLOVER.get(r.nextInt(PLOVER.size())) : "assault");
            case 3 -> ev.put("start", ev.get("start").asInt() + r.nextInt(81) - 40)
                    .put("end", ev.get("end").asInt() + r.nextInt(81) - 40);
            case 4 -> ev.put("start", -r.nextInt(50) - 1).put("end", -1);
            case 5 -> ev.put("start", false).put("end", true);
            case 6 -> ev.put("start", 1.0).put("end", 5000.0);
            case 7 -> e.set("evidence", r.nextBoolean() ? F.nullNode() : F.objectNode());
            case 8 -> e.set("source", r.nextBoolean() ? F.textNode("Isis") : F.nullNode());
            case 9 -> {
                JsonNode src = e.get("source");
                e.set("source", e.get("target"));
                e.set("target", src);
            }
            case 10 -> e.set("place", goldPlaces.isEmpty() ? F.nullNode()
                    : goldPlaces.get(r.nextInt(goldPlaces.size())).deepCopy());
            case 11 -> {
                if (e.get("place").isObject()) {
                    ((ObjectNode) e.get("place")).put("lat", "33.3").put("lon", r.nextInt(180));
                }
            }
            case 12 -> e.set("date", switch (r.nextInt(4)) {
                case 0 -> F.textNode(e.path("date").asText("2016").substring(0, 4));
                case 1 -> F.textNode("");
                case 2 -> F.numberNode(2016);
                default -> F.textNode("20" + (10 + r.nextInt(15)));
            });
            default -> e.putObject("counts").put("killed", r.nextBoolean() ? 21 : 51.0).put("displaced", 68000);
        }
        into.add(e);
    }

    private static JsonNode noisyItem(ObjectNode x, Random r) {
        switch (r.nextInt(8)) {
            case 0 -> {
                if (x.get("name") != null && x.get("name").isTextual()) {
                    x.put("name", "al-" + x.get("name").asText().toLowerCase());
                }
            }
            case 1 -> x.putArray("mentions").addObject().put("start", r.nextInt(300) - 20).put("end", r.nextInt(300));
            case 2 -> x.put("country", r.nextBoolean() ? "IRQ" : "YEM");
            case 3 -> x.put("aliases", "Isis"); // a string where a list belongs: iterated by character
            case 4 -> {
                if (x.has("number")) {
                    x.put("number", x.get("number").asDouble() + (r.nextBoolean() ? 0.0 : 0.5));
                }
            }
            case 5 -> {
                if (x.get("source") != null && x.get("target") != null) {
                    JsonNode s = x.get("source");
                    x.set("source", x.get("target"));
                    x.set("target", s);
                }
            }
            default -> {
            }
        }
        return x;
    }

    /** Offsets in code points, computed here independently of the scorer's own helpers. */
    private static int codePointIndex(String text, String part) {
        int at = text.indexOf(part);
        return at < 0 ? -1 : text.codePointCount(0, at);
    }

    private static int codePoints(String s) {
        return s.codePointCount(0, s.length());
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    /** The first of a list, the value itself otherwise; JSON null when there is none. */
    private static JsonNode first(JsonNode v) {
        if (v == null || v.isNull()) {
            return F.nullNode();
        }
        if (v.isArray()) {
            return v.isEmpty() ? F.nullNode() : v.get(0);
        }
        return v;
    }

    private static ArrayNode actorRefs(JsonNode g, JsonNode ids) {
        ArrayNode out = F.arrayNode();
        for (JsonNode id : ids) {
            out.addObject().put("name", actorName(g, id.asText()));
        }
        return out;
    }

    private static String actorName(JsonNode g, String id) {
        JsonNode a = g.path("actors").get(id);
        return a == null ? id : firstAlias(a, id);
    }

    private static String firstAlias(JsonNode actor, String id) {
        JsonNode aliases = actor.path("aliases");
        if (aliases.isArray() && !aliases.isEmpty()) {
            return aliases.get(0).asText();
        }
        return actor.path("name").asText(id);
    }

    private static ObjectNode placeRef(JsonNode g, String name) {
        ObjectNode ref = F.objectNode().put("name", name);
        for (Iterator<JsonNode> it = g.path("places").elements(); it.hasNext(); ) {
            JsonNode p = it.next();
            if (p.path("name").asText().equals(name)) {
                ref.set("lat", p.get("lat"));
                ref.set("lon", p.get("lon"));
                ref.set("country", p.get("country"));
            }
        }
        return ref;
    }
}
