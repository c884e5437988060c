package org.faultline.nlp;

import edu.stanford.nlp.semgraph.semgrex.SemgrexMatcher;
import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Semgrex pattern over a sentence's basic UD parse (CoreNLP's dependency pattern language, as in its
 * KBP rule files: {@code {lemma:come}=trigger >nsubj {}=target}). Matches come back as named nodes →
 * token indexes of our own {@link Sentence}, so no CoreNLP type leaves this package.
 */
public final class DependencyPattern {
    /** A node name: "=name" right after a node's braces or a parenthesised node. */
    private static final Pattern NODE_NAME = Pattern.compile("[})]\\s*=\\s*(\\w+)");
    private final String text;
    private final SemgrexPattern pattern;
    private final Set<String> names;

    private DependencyPattern(String text, SemgrexPattern pattern) {
        this.text = text;
        this.pattern = pattern;
        Set<String> found = new java.util.LinkedHashSet<>();
        Matcher m = NODE_NAME.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        this.names = Set.copyOf(found);
    }

    /** Compiles a pattern; a syntax error is an IllegalArgumentException with Semgrex's message. */
    public static DependencyPattern compile(String text) {
        try {
            return new DependencyPattern(text, SemgrexPattern.compile(text));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("bad dependency pattern '" + text + "': " + e.getMessage(), e);
        }
    }

    /**
     * Compiles a pattern from a data file: a syntax error, or a node name outside {@code nodes}, is an
     * IllegalArgumentException that starts with {@code where} (file:line).
     */
    public static DependencyPattern compile(String text, Set<String> nodes, String where) {
        DependencyPattern p;
        try {
            p = compile(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
        for (String name : p.names()) {
            if (!nodes.contains(name)) {
                throw new IllegalArgumentException(where + ": unknown node name '" + name + "' (known: " + nodes + ")");
            }
        }
        return p;
    }

    /** The node names the pattern binds ({@code =name}). */
    public Set<String> names() {
        return names;
    }

    /** Every match in the sentence: node name → 0-based token index. */
    public List<Map<String, Integer>> matches(ParseGraph graph) {
        return graph.matches(this, this::match);
    }

    private List<Map<String, Integer>> match(edu.stanford.nlp.semgraph.SemanticGraph graph) {
        List<Map<String, Integer>> out = new ArrayList<>();
        SemgrexMatcher m = pattern.matcher(graph);
        while (m.find()) {
            Map<String, Integer> found = new LinkedHashMap<>();
            for (String name : names) {
                var node = m.getNode(name);
                if (node != null) {
                    found.put(name, node.index() - 1);
                }
            }
            out.add(found);
        }
        return List.copyOf(out);
    }

    @Override
    public String toString() {
        return text;
    }
}
