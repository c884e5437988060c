package org.faultline.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.faultline.actors.ActorMention;
import org.faultline.analysis.PlaceRef;
import org.faultline.analysis.Span;
import org.faultline.nlp.Dependency;
import org.faultline.nlp.Sentence;

/** Turns the matches of {@link RelationConstructions} in one sentence into relations, captures and ends. */
final class ConstructionRelations {

    /** The actors a parse node names (its phrase, coordination, anaphora). */
    interface Phrases {
        List<ActorMention> at(Sentence s, int token);
    }

    /** The place a parse node names, or null. */
    interface Places {
        PlaceRef at(Sentence s, int token);
    }

    /** A place taken by an actor, kept until the whole article is read. */
    record Capture(org.faultline.analysis.ActorRef taker, PlaceRef place, RelationSink.When when) {
    }

    /** A stated end ("lost control of", "withdrew from"): the holder no longer controls the place from its start. */
    record Ending(List<ActorMention> holders, PlaceRef place, RelationSink.When when) {
    }

    private final Phrases phrases;
    private final Phrases covering;
    private final Places places;
    private final RelationDates dates;

    /** {@code covering}: the actors whose mention covers a token, nothing more. */
    ConstructionRelations(Phrases phrases, Phrases covering, Places places, RelationDates dates) {
        this.phrases = phrases;
        this.covering = covering;
        this.places = places;
        this.dates = dates;
    }

    /** The names the sentence gives generic descriptions ("insurgents, known as al-Shabab"). */
    void links(Sentence s, List<RelationConstructions.Hit> hits, Parties parties) {
        for (RelationConstructions.Hit h : hits) {
            if (h.construction().type().equals("SAME_AS")) {
                for (ActorMention g : covering.at(s, h.nodes().get("source"))) {
                    for (ActorMention n : actors(s, h.nodes().get("target"))) {
                        parties.link(g, n);
                    }
                }
            }
        }
    }

    void apply(Sentence s, List<RelationConstructions.Hit> hits, RelationSink sink, List<Capture> captures,
               List<Ending> endings) {
        for (RelationConstructions.Hit h : hits) {
            RelationConstruction c = h.construction();
            Map<String, Integer> n = h.nodes();
            int cue = n.get("cue");
            Span ev = new Span(s.start(), s.end());
            Span trigger = new Span(s.token(cue).start(), s.token(cue).end());
            String start = dates.start(s, cue);
            RelationSink.When when = new RelationSink.When(start, dates.until(s, cue), ev, trigger);
            List<ActorMention> sources = actors(s, n.get("source"), cue);
            if (c.type().equals("PART_OF") && sources.stream().anyMatch(ActorMention::isPerson)) {
                sources = sources.stream().filter(ActorMention::isPerson).toList(); // "the commander, General X": X
            }
            if (c.type().equals("SAME_AS")) {
                continue;
            }
            if (c.type().equals("CONTROLS")) {
                PlaceRef place = place(s, n.get("place"));
                if (place == null) {
                    continue;
                }
                if (c.has(RelationConstruction.Flag.ENDS)) {
                    endings.add(new Ending(sources, place, when));
                    continue;
                }
                for (ActorMention a : sources) {
                    sink.addPlace(a, place, when);
                    if (c.has(RelationConstruction.Flag.CAPTURE)) {
                        captures.add(new Capture(sink.ref(a), place, when));
                    }
                }
            } else if (c.has(RelationConstruction.Flag.PAIRWISE)) {
                for (int i = 0; i < sources.size(); i++) {
                    for (int j = i + 1; j < sources.size(); j++) {
                        sink.add(c.type(), sources.get(i), sources.get(j), when);
                    }
                }
            } else {
                sink.addAll(c.type(), sources, actors(s, n.get("target"), cue), when);
            }
        }
    }

    private List<ActorMention> actors(Sentence s, Integer node) {
        return actors(s, node, -1);
    }

    /**
     * The actors a node names. A possessive pronoun is first the subject of an enclosing clause ("Isis is
     * struggling to hold Sirte, its main base"), never a person; a person's own modifiers ("HTS chief Jolani": HTS) and the
     * words under the cue ("Nusra, the Syrian wing of": Syrian) are no part of it.
     */
    private List<ActorMention> actors(Sentence s, Integer node, int cue) {
        if (node == null) {
            return List.of();
        }
        int at = antecedent(s, node);
        if (s.token(at).pos().equals("PRP$")) {
            List<ActorMention> subject = enclosingSubject(s, at);
            if (!subject.isEmpty()) {
                return subject;
            }
        }
        List<ActorMention> found = phrases.at(s, at);
        boolean person = found.stream().anyMatch(m -> m.covers(s.index(), at) && m.isPerson());
        List<ActorMention> out = new ArrayList<>();
        for (ActorMention m : found) {
            boolean modifier = person && !m.covers(s.index(), at) && under(s, m.tokenEnd() - 1, at, 1);
            boolean underCue = cue >= 0 && cue != at && under(s, m.tokenEnd() - 1, cue, 6) && !under(s, at, cue, 12);
            if (!modifier && !underCue) {
                out.add(m);
            }
        }
        return out;
    }

    /** Clause boundaries a pronoun's antecedent search does not cross: their subjects are other parties. */
    private static final java.util.Set<String> CLAUSES = java.util.Set.of("advcl", "ccomp", "parataxis", "acl:relcl",
            "csubj");

    /** The nearest subject up the tree, within the pronoun's clause chain, that does not contain it. */
    private List<ActorMention> enclosingSubject(Sentence s, int pronoun) {
        int cur = pronoun;
        for (int steps = 0; steps < 12 && cur >= 0; steps++) {
            for (int subj : s.children(cur, "nsubj")) {
                if (!under(s, pronoun, subj, 12)) {
                    List<ActorMention> found = phrases.at(s, subj).stream().filter(m -> !m.isPerson()).toList();
                    if (!found.isEmpty()) {
                        return found;
                    }
                }
            }
            Dependency up = s.headEdge(cur);
            cur = up == null || CLAUSES.contains(up.relation()) ? -1 : up.governor();
        }
        return List.of();
    }

    /** Whether {@code node} lies at most {@code depth} edges below {@code ancestor}. */
    private static boolean under(Sentence s, int node, int ancestor, int depth) {
        int cur = node;
        for (int k = 0; k < depth && cur >= 0; k++) {
            Dependency up = s.headEdge(cur);
            cur = up == null ? -1 : up.governor();
            if (cur == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** The place a node names, or the place its "of"-phrase or apposition names ("the town of X", "X, a city"). */
    private PlaceRef place(Sentence s, Integer node) {
        if (node == null) {
            return null;
        }
        int at = antecedent(s, node);
        PlaceRef p = places.at(s, at);
        List<Integer> near = new ArrayList<>();
        for (Dependency d : s.children(at)) {
            if (d.relation().equals("nmod") || d.relation().equals("appos") || d.relation().equals("compound")) {
                near.add(d.dependent());
            }
        }
        Dependency up = s.headEdge(at);
        if (up != null && up.relation().equals("appos") && up.governor() >= 0) {
            near.add(up.governor());
        }
        for (int k = 0; p == null && k < near.size(); k++) {
            p = places.at(s, near.get(k));
        }
        return p;
    }

    /** A relative pronoun stands for the noun its clause modifies ("the town, which X held"). */
    private static int antecedent(Sentence s, int node) {
        String tag = s.token(node).pos();
        if (!tag.equals("WDT") && !tag.equals("WP")) {
            return node;
        }
        Dependency up = s.headEdge(node);
        Dependency clause = up == null || up.governor() < 0 ? null : s.headEdge(up.governor());
        if (clause == null || !clause.relation().equals("acl:relcl") || clause.governor() < 0) {
            return node;
        }
        Dependency appos = s.headEdge(clause.governor()); // "Cherizier, a former officer who leads": Cherizier
        return appos != null && appos.relation().equals("appos") && appos.governor() >= 0 ? appos.governor()
                : clause.governor();
    }
}
