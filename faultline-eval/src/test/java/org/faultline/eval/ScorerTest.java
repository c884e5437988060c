package org.faultline.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scoring rules on small hand-made documents; ScorerAgreementTest checks the whole against score.py. */
class ScorerTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    // Sentence 1 spans [0, 27), sentence 2 [28, 61).
    private static final String GOLD = """
        {"id": "d1", "text": "Rebels attacked Townsville. The army then shelled the rebels.",
         "gold": {
          "actors": {"REB": {"name": "Rebels", "aliases": ["rebel fighters"]},
                     "ARMY": {"name": "Army", "aliases": ["the army"], "country": "TLD", "match_by_country": true},
                     "UNSEEN": {"name": "Unseen", "required": null}},
          "places": [{"name": "Townsville", "lat": 10.0, "lon": 10.0, "country": "TLD"},
                     {"name": "Tland", "aliases": ["Tland"], "lat": 0.0, "lon": 0.0, "country": "TLD", "kind": "country"}],
          "events": [{"id": "e1", "type": "ASSAULT", "source": ["REB"], "target": [], "place": ["Townsville"],
                      "date": ["2020-01", "2019-12"], "sentence": "Rebels attacked Townsville."},
                     {"id": "e2", "type": ["ASSAULT", "COERCE"], "source": ["ARMY"], "target": ["REB"], "symmetric": false,
                      "sentence": "The army then shelled the rebels.", "required": false}],
          "counts": [{"type": "killed", "number": 3}, {"type": "wounded", "number": 5.0}, {"type": "missing", "number": 1, "required": false}],
          "relations": [{"type": "HOSTILE", "source": "ARMY", "target": "REB"},
                        {"type": "CONTROLS", "source": "REB", "target": "Townsville"},
                        {"type": "SUPPORTS", "source": "ARMY", "target": "REB"}]}}
        """;

    private static JsonNode j(String s) {
        try {
            return JSON.readTree(s);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Scores one gold document against one analysis, or against none when {@code system} is null. */
    private static ScoreReport score(String gold, String system) {
        if (system == null) {
            return Scorer.score(List.of(j(gold)), Map.of());
        }
        JsonNode sys = j(system);
        return Scorer.score(List.of(j(gold)), Map.of(Jsonl.idOf(sys), sys));
    }

    @Test
    void emptyGoldAndOutputPrintZerosNotErrors() {
        ScoreReport r = Scorer.score(List.of(), Map.of());
        assertEquals("""
            component                     P      R     F1
            events (type+actors)      0.000  0.000  0.000
            events (type only)        0.000  0.000  0.000
            actors                    0.000  0.000  0.000
            places @161km             0.000  0.000  0.000
            relations                 0.000  0.000  0.000
            event place accuracy @161km 0.000 (0/0)
            event date accuracy         0.000 (0/0)
            counts recall               0.000 (0/0)
            gold events 0, system events 0 (0 matched optional gold), documents missing from output 0
            event_f1=0.000 event_type_f1=0.000 actor_f1=0.000 geo_f1=0.000 geo_acc161=0.000 event_place_acc=0.000 \
            date_acc=0.000 count_recall=0.000 relation_f1=0.000
            """, r.format(true));
        assertEquals(List.of("event_f1", "event_type_f1", "actor_f1", "geo_f1", "geo_acc161", "event_place_acc",
                "date_acc", "count_recall", "relation_f1"), List.copyOf(r.headline().keySet()));
    }

    @Test
    void missingDocumentCountsAndMissesEverything() {
        ScoreReport r = score(GOLD, null);
        assertEquals(1, r.totals().get("missing_docs"));
        assertEquals(1, r.totals().get("ev_gold"));
        assertEquals(2, r.totals().get("act_gold")); // "required": null is not required
        assertEquals(List.of(
                "d1 e1: missed ['ASSAULT']: 'Rebels attacked Townsville.'",
                "d1: actor not found: REB",
                "d1: actor not found: ARMY",
                "d1: place not found: Townsville",
                "d1: place not found: Tland",
                "d1: count not found: killed=3",
                "d1: count not found: wounded=5.0",
                "d1: relation not found: ARMY HOSTILE REB",
                "d1: relation not found: REB CONTROLS Townsville",
                "d1: relation not found: ARMY SUPPORTS REB"), r.misses());
    }

    @Test
    void optionalGoldEventNeitherRewardsNorPunishes() {
        ScoreReport r = score(GOLD, """
            {"id": "d1", "events": [
              {"type": "ASSAULT", "source": [{"name": "The Rebels"}], "evidence": {"start": 0, "end": 27},
               "place": {"name": "Townsville", "lat": 11.0, "lon": 10.0}, "date": "2020-01-05"},
              {"type": "COERCE", "source": [{"name": "x", "country": "TLD"}], "target": [{"text": "rebels"}],
               "evidence": {"start": 30, "end": 35}},
              {"type": "PROTEST", "evidence": {"start": 30, "end": 35}}]}
            """);
        Map<String, Integer> t = r.totals();
        assertEquals(2, t.get("ev_sys"));          // the PROTEST, and the ASSAULT; the COERCE matched optional e2
        assertEquals(1, t.get("ev_optional_sys"));
        assertEquals(1, t.get("ev_full_hit_sys"));
        assertEquals(1, t.get("ev_full_hit_gold"));
        assertEquals(1, t.get("place_ok"));        // 111 km away
        assertEquals(1, t.get("date_ok"));         // 2020-01-05 agrees with 2020-01
        assertEquals(0.5, r.rates().get("event_p"));
        assertTrue(r.format(false).contains("system events 3 (1 matched optional gold)"));
    }

    @Test
    void fullMatchesAreMadeOverAllGoldEventsBeforeTypeOnlyOnes() {
        String gold = """
            {"id": "g", "text": "A hit B and C hit D.",
             "gold": {"actors": {"A": {"name": "A"}, "B": {"name": "B"}, "C": {"name": "C"}, "D": {"name": "D"}},
              "events": [{"id": "e1", "type": "ASSAULT", "source": ["A"], "target": ["B"], "sentence": "A hit B and C hit D."},
                         {"id": "e2", "type": "ASSAULT", "source": ["C"], "target": ["D"], "sentence": "A hit B and C hit D."}]}}
            """;
        ScoreReport r = score(gold, """
            {"id": "g", "events": [{"type": "ASSAULT", "source": [{"name": "C"}], "target": [{"name": "D"}],
                                    "evidence": {"start": 0, "end": 5}}]}
            """);
        assertEquals(1, r.totals().get("ev_full_hit_gold"));
        assertEquals(1, r.totals().get("ev_type_hit_gold"));
        assertEquals(List.of("g e1: missed ['ASSAULT']: 'A hit B and C hit D.'", "g: actor not found: A",
                "g: actor not found: B", "g: actor not found: C", "g: actor not found: D"), r.misses());
    }

    @Test
    void symmetricEventsMatchEitherWayRound() {
        String gold = GOLD.replace("\"symmetric\": false", "\"symmetric\": true").replace("\"required\": false}]", "\"required\": true}]");
        String reversed = """
            {"id": "d1", "events": [{"type": "COERCE", "source": [{"name": "rebels"}], "target": [{"name": "the army"}],
                                     "evidence": {"start": 28, "end": 61}}]}
            """;
        assertEquals(1, score(gold, reversed).totals().get("ev_full_hit_gold"));
        ScoreReport oneWay = score(GOLD.replace("\"required\": false}]", "\"required\": true}]"), reversed);
        assertEquals(0, oneWay.totals().get("ev_full_hit_gold"));
        assertEquals(1, oneWay.totals().get("ev_type_hit_gold"));
        assertTrue(oneWay.misses().contains("d1 e2: type only, actors wrong: 'The army then shelled the rebels.'"));
    }

    @Test
    void countsCompareIntAndFloatAsPythonDoes() {
        ScoreReport r = score(GOLD, """
            {"id": "d1", "events": [{"type": "X", "counts": {"killed": 3.0}}],
             "counts": [{"type": "wounded", "number": 5}, {"type": "missing", "number": 1}]}
            """);
        assertEquals(2, r.totals().get("cnt_gold"));
        assertEquals(2, r.totals().get("cnt_hit"));
        ScoreReport off = score(GOLD, """
            {"id": "d1", "counts": [{"type": "killed", "number": 3.5}, {"type": "wounded", "number": "5"}]}
            """);
        assertEquals(0, off.totals().get("cnt_hit"));
    }

    @Test
    void relationsControlsByPlaceAndSymmetricHostility() {
        ScoreReport r = score(GOLD, """
            {"id": "d1", "relations": [
              {"type": "HOSTILE", "source": {"name": "rebels"}, "target": {"name": "Army"}},
              {"type": "CONTROLS", "source": {"name": "Rebels"}, "target": {"name": "Somewhere", "lat": 10.5, "lon": 10.5}},
              {"type": "SUPPORTS", "source": {"name": "rebels"}, "target": {"name": "Army"}},
              {"type": "CONTROLS", "source": {"name": "Rebels"}, "target": {"name": "Townsville"}}]}
            """);
        assertEquals(3, r.totals().get("rel_gold"));
        assertEquals(2, r.totals().get("rel_hit"));
        assertEquals(4, r.totals().get("rel_sys"));
        assertEquals(3, r.totals().get("rel_sys_hit")); // SUPPORTS is not symmetric
        assertEquals(List.of("d1: relation not found: ARMY SUPPORTS REB"),
                r.misses().stream().filter(m -> m.contains("relation")).toList());
    }

    @Test
    void countryPlacesMatchByCountryAndOthersByDistance() {
        ScoreReport r = score(GOLD, """
            {"id": "d1", "places": [{"name": "Tland", "country": "TLD"},
                                    {"name": "Townsville", "lat": 12.0, "lon": 10.0, "country": "TLD"},
                                    {"name": "Nowhere", "lat": 10.0, "lon": 10.0}],
             "actors": [{"name": "Someone", "country": "TLD"}, {"name": "nobody"}]}
            """);
        Map<String, Integer> t = r.totals();
        assertEquals(2, t.get("geo_found"));
        assertEquals(1, t.get("geo_found_ok")); // Townsville is 222 km off
        assertEquals(3, t.get("geo_sys"));
        assertEquals(1, t.get("geo_sys_ok"));   // "Nowhere" names no gold place
        assertEquals(1, t.get("act_hit"));      // ARMY, by country
        assertEquals(1, t.get("act_sys_hit"));
        assertTrue(r.misses().contains("d1: place misplaced: Townsville"));
    }

    @Test
    void offsetsAreCodePoints() {
        // "X hit Y." starts at code point 4 but at UTF-16 index 7.
        String gold = """
            {"id": "u", "text": "\\ud83d\\ude00\\ud83d\\ude00\\ud83d\\ude00 X hit Y.",
             "gold": {"actors": {"X": {"name": "X"}},
                      "events": [{"id": "e1", "type": "ASSAULT", "source": ["X"], "sentence": "X hit Y."}]}}
            """;
        String byCodePoints = """
            {"id": "u", "events": [{"type": "ASSAULT", "source": [{"name": "?"}], "evidence": {"start": 4, "end": 12}}],
             "actors": [{"name": "?", "mentions": [{"start": 4, "end": 5}]}]}
            """;
        ScoreReport r = score(gold, byCodePoints);
        assertEquals(1, r.totals().get("ev_type_hit_gold"));
        assertEquals(1, r.totals().get("act_hit"));
        String byUtf16 = byCodePoints.replace("\"start\": 4, \"end\": 12", "\"start\": 12, \"end\": 15");
        assertEquals(0, score(gold, byUtf16).totals().get("ev_type_hit_gold")); // [12, 15) is past the sentence
    }

    @Test
    void goldSentenceMustBeInTheText() {
        EvalInputException e = assertThrows(EvalInputException.class,
                () -> score(GOLD.replace("\"Rebels attacked Townsville.\"", "\"Rebels took it.\""), null));
        assertEquals("gold d1: sentence not found in text: 'Rebels took it.'", e.getMessage());
    }

    @Test
    void jsonlReportsTheBadLine(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.jsonl");
        Files.writeString(bad, "{\"id\": 1}\n\n{\"id\": oops}\n", StandardCharsets.UTF_8);
        EvalInputException e = assertThrows(EvalInputException.class, () -> Jsonl.readRows(bad));
        assertTrue(e.getMessage().startsWith(bad + ":3: not JSON: "), e.getMessage());
        Files.writeString(bad, "{\"id\": 1}\n[1]\n", StandardCharsets.UTF_8);
        e = assertThrows(EvalInputException.class, () -> Jsonl.readRows(bad));
        assertEquals(bad + ":2: each line must be an object with an 'id'", e.getMessage());
        Files.writeString(bad, "{\"id\": 1} {\"id\": 2}\n", StandardCharsets.UTF_8);
        assertThrows(EvalInputException.class, () -> Jsonl.readRows(bad)); // json.loads rejects extra data
        Files.writeString(bad, "{\"id\": 1, \"x\": [NaN, Infinity, -Infinity]}\n{\"id\": 2, \"x\": +Infinity}\n",
                StandardCharsets.UTF_8);
        e = assertThrows(EvalInputException.class, () -> Jsonl.readRows(bad)); // only Python's spellings
        assertTrue(e.getMessage().startsWith(bad + ":2: not JSON: "), e.getMessage());
    }

    @Test
    void jsonlKeysByPythonStrOfIdLastRowWins(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("sys.jsonl");
        Files.writeString(f, "{\"id\": 7, \"n\": 1}\r\n  \n{\"id\": \"b\"}\n{\"id\": \"7\", \"n\": 2}\n{\"id\": NaN}\n",
                StandardCharsets.UTF_8);
        Map<String, JsonNode> rows = Jsonl.readById(f);
        assertEquals(List.of("7", "b", "nan"), List.copyOf(rows.keySet()));
        assertEquals(2, rows.get("7").get("n").intValue());
    }
}
