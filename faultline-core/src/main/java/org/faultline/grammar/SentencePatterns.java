package org.faultline.grammar;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.faultline.nlp.DependencyPattern;
import org.faultline.nlp.ParseGraph;
import org.faultline.nlp.Sentence;

/**
 * One sentence's dependency-pattern matches: Semgrex runs only for a pattern whose words the sentence
 * holds ({@link PatternWords}), on a parse graph built the first time one does. One per sentence and
 * thread, like the graph it holds.
 */
public final class SentencePatterns {
    private final Sentence sentence;
    private final Set<Integer> placeTokens;
    private final SentenceWords words;
    private ParseGraph graph;
    /** Each pattern's answer in this sentence, refusals included: events consult them once per trigger. */
    private final Map<DependencyPattern, List<Map<String, Integer>>> answers = new IdentityHashMap<>();

    /** {@code placeTokens}: tokens of resolved places, tagged LOCATION in the graph (see {@link ParseGraph}). */
    public SentencePatterns(Sentence sentence, Set<Integer> placeTokens) {
        this.sentence = sentence;
        this.placeTokens = placeTokens;
        this.words = new SentenceWords(sentence, placeTokens);
    }

    /** Every match of the pattern (node name to token index); none when the sentence lacks a word it needs. */
    public List<Map<String, Integer>> matches(DependencyPattern pattern, PatternWords needs) {
        List<Map<String, Integer>> known = answers.get(pattern);
        if (known == null) {
            known = needs.admits(words) ? pattern.matches(graph()) : List.of();
            answers.put(pattern, known);
        }
        return known;
    }

    private ParseGraph graph() {
        if (graph == null) {
            graph = new ParseGraph(sentence, placeTokens);
        }
        return graph;
    }
}
