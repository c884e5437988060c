package org.faultline.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;

/**
 * A sentence's dependency edges rebuilt as a CoreNLP graph for {@link DependencyPattern}s. Built once
 * per sentence and reused by every pattern; tokens carry word, lemma, tag and NER, so patterns may test
 * any of them.
 */
public final class ParseGraph {
    private final SemanticGraph graph = new SemanticGraph();
    /** Each pattern's matches, computed once per sentence: constructions are consulted once per trigger. */
    private final java.util.Map<DependencyPattern, java.util.List<java.util.Map<String, Integer>>> matches =
            new java.util.IdentityHashMap<>();

    public ParseGraph(Sentence s) {
        this(s, java.util.Set.of());
    }

    /** As above, with the tokens of resolved places tagged LOCATION whatever the NER model said. */
    public ParseGraph(Sentence s, java.util.Set<Integer> placeTokens) {
        IndexedWord[] nodes = new IndexedWord[s.tokens().size()];
        for (Token t : s.tokens()) {
            CoreLabel l = new CoreLabel();
            l.setWord(t.word());
            l.setValue(t.word());
            l.setOriginalText(t.word());
            l.setLemma(t.lemma());
            l.setTag(t.pos());
            l.setNER(placeTokens.contains(t.index()) ? "LOCATION" : t.ner());
            l.setIndex(t.index() + 1);
            l.setSentIndex(s.index());
            nodes[t.index()] = new IndexedWord(l);
            graph.addVertex(nodes[t.index()]);
        }
        for (Dependency d : s.dependencies()) {
            if (d.governor() < 0) {
                graph.addRoot(nodes[d.dependent()]);
            } else {
                GrammaticalRelation rel = UniversalEnglishGrammaticalRelations.valueOf(d.relation());
                graph.addEdge(nodes[d.governor()], nodes[d.dependent()], rel, 1.0, false);
            }
        }
    }

    SemanticGraph graph() {
        return graph;
    }

    java.util.List<java.util.Map<String, Integer>> matches(DependencyPattern pattern,
            java.util.function.Function<SemanticGraph, java.util.List<java.util.Map<String, Integer>>> match) {
        return matches.computeIfAbsent(pattern, p -> match.apply(graph));
    }
}
