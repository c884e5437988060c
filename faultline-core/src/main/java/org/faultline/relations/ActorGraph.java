package org.faultline.relations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.faultline.analysis.ActorRef;
import org.faultline.analysis.Analysis;
import org.faultline.analysis.Relation;

/**
 * The actor network of a set of analyses for a date range: nodes with type and country, one edge per
 * (source, relation type, target) with its weight (the number of distinct sentences stating it) and
 * the first and last date it was stated. Actor-to-place relations (CONTROLS) are not edges.
 */
public final class ActorGraph {
    public record Node(String id, String name, String type, String country) {
    }

    public record Edge(String source, String target, String type, int weight, LocalDate first, LocalDate last) {
    }

    public record Graph(List<Node> nodes, List<Edge> edges) {
    }

    private ActorGraph() {
    }

    /** Relations dated within [from, to] (null bounds are open); a relation without a date takes its article's. */
    public static Graph of(List<Analysis> analyses, LocalDate from, LocalDate to) {
        Map<String, Node> nodes = new LinkedHashMap<>();
        Map<String, EdgeBuilder> edges = new LinkedHashMap<>();
        for (Analysis a : analyses) {
            for (Relation r : a.relations()) {
                if (r.target() == null) {
                    continue;
                }
                LocalDate day = dayOf(r.date(), a.article().published());
                if (day != null && (from != null && day.isBefore(from) || to != null && day.isAfter(to))) {
                    continue;
                }
                if (day == null && (from != null || to != null)) {
                    continue;
                }
                node(nodes, r.source());
                node(nodes, r.target());
                boolean symmetric = r.type().equals("ALLIED") || r.type().equals("HOSTILE");
                String s = r.source().id();
                String t = r.target().id();
                if (symmetric && s.compareTo(t) > 0) {
                    String x = s;
                    s = t;
                    t = x;
                }
                edges.computeIfAbsent(s + "|" + r.type() + "|" + t, k -> new EdgeBuilder(k.split("\\|")))
                        .add(a.article().id() + "@" + r.evidence().start(), day);
            }
        }
        List<Edge> out = new ArrayList<>();
        edges.values().forEach(b -> out.add(b.build()));
        out.sort(Comparator.comparingInt(Edge::weight).reversed().thenComparing(Edge::source).thenComparing(Edge::target));
        return new Graph(List.copyOf(nodes.values()), List.copyOf(out));
    }

    private static void node(Map<String, Node> nodes, ActorRef a) {
        nodes.putIfAbsent(a.id(), new Node(a.id(), a.name(), a.type(), a.country()));
    }

    private static LocalDate dayOf(String date, LocalDate published) {
        if (date != null && date.length() == 10) {
            return LocalDate.parse(date);
        }
        return published;
    }

    private static final class EdgeBuilder {
        private final String[] key;
        private final java.util.Set<String> sentences = new java.util.HashSet<>();
        private LocalDate first;
        private LocalDate last;

        EdgeBuilder(String[] key) {
            this.key = key;
        }

        void add(String sentence, LocalDate day) {
            sentences.add(sentence);
            if (day != null) {
                first = first == null || day.isBefore(first) ? day : first;
                last = last == null || day.isAfter(last) ? day : last;
            }
        }

        Edge build() {
            return new Edge(key[0], key[2], key[1], sentences.size(), first, last);
        }
    }
}
