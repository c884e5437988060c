package org.faultline.eval;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The scorer's figures, named and ordered as score.py names them: {@code totals} (raw tallies),
 * {@code rates} (precision and recall per component), {@code headline} (the F1s and accuracies of the
 * last printed line) and {@code misses} (one line per missed gold item).
 */
public record ScoreReport(Map<String, Integer> totals, Map<String, Double> rates, Map<String, Double> headline,
                          List<String> misses) {

    public ScoreReport {
        totals = Collections.unmodifiableMap(new LinkedHashMap<>(totals));
        rates = Collections.unmodifiableMap(new LinkedHashMap<>(rates));
        headline = Collections.unmodifiableMap(new LinkedHashMap<>(headline));
        misses = List.copyOf(misses);
    }

    /**
     * Exactly what {@code score.py GOLD SYSTEM [--misses]} prints on stdout, one {@code \n} after each line;
     * the headline is the last line.
     */
    public String format(boolean withMisses) {
        StringBuilder out = new StringBuilder();
        line(out, String.format(Locale.ROOT, "%-24s %6s %6s %6s", "component", "P", "R", "F1"));
        row(out, "events (type+actors)", "event_p", "event_r", "event_f1");
        row(out, "events (type only)", "event_type_p", "event_type_r", "event_type_f1");
        row(out, "actors", "actor_p", "actor_r", "actor_f1");
        row(out, "places @161km", "geo_p", "geo_r", "geo_f1");
        row(out, "relations", "relation_p", "relation_r", "relation_f1");
        line(out, "event place accuracy @161km " + fraction("event_place_acc", "place_ok", "place_n"));
        line(out, "event date accuracy         " + fraction("date_acc", "date_ok", "date_n"));
        line(out, "counts recall               " + fraction("count_recall", "cnt_hit", "cnt_gold"));
        line(out, "gold events " + totals.get("ev_gold") + ", system events "
                + (totals.get("ev_sys") + totals.get("ev_optional_sys")) + " (" + totals.get("ev_optional_sys")
                + " matched optional gold), documents missing from output " + totals.get("missing_docs"));
        if (withMisses) {
            misses.forEach(m -> line(out, "  miss: " + m));
        }
        line(out, headlineLine());
        return out.toString();
    }

    /** {@code event_f1=0.123 event_type_f1=… relation_f1=…}, the line to compare runs by. */
    public String headlineLine() {
        StringBuilder b = new StringBuilder();
        headline.forEach((k, v) -> b.append(b.length() == 0 ? "" : " ").append(k).append('=').append(PyRepr.fixed3(v, 0)));
        return b.toString();
    }

    /** The figures in the structure of score.py's {@code --json} report: totals, rates, headline, misses. */
    public ObjectNode toJson() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        ObjectNode t = root.putObject("totals");
        totals.forEach(t::put);
        ObjectNode r = root.putObject("rates");
        rates.forEach(r::put);
        ObjectNode h = root.putObject("headline");
        headline.forEach(h::put);
        misses.forEach(root.putArray("misses")::add);
        return root;
    }

    private void row(StringBuilder out, String name, String p, String r, String f1) {
        line(out, String.format(Locale.ROOT, "%-24s %s %s %s", name, PyRepr.fixed3(rates.get(p), 6), PyRepr.fixed3(rates.get(r), 6),
                PyRepr.fixed3(headline.get(f1), 6)));
    }

    private String fraction(String rate, String hits, String of) {
        return PyRepr.fixed3(headline.get(rate), 0) + " (" + totals.get(hits) + "/" + totals.get(of) + ")";
    }

    private static void line(StringBuilder out, String s) {
        out.append(s).append('\n');
    }
}
