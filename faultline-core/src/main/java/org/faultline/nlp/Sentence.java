package org.faultline.nlp;

import java.util.ArrayList;
import java.util.List;

/** One sentence: its character span, tokens and basic dependency edges. */
public record Sentence(int index, int start, int end, List<Token> tokens, List<Dependency> dependencies) {

    /** The governing edge of a token, or null for the root (or a token the parser left out). */
    public Dependency headEdge(int token) {
        for (Dependency d : dependencies) {
            if (d.dependent() == token) {
                return d;
            }
        }
        return null;
    }

    /** Edges whose governor is the given token, in sentence order. */
    public List<Dependency> children(int token) {
        List<Dependency> out = new ArrayList<>();
        for (Dependency d : dependencies) {
            if (d.governor() == token) {
                out.add(d);
            }
        }
        return out;
    }

    /** Children linked by a relation that equals {@code relation} or starts with {@code relation + ":"}. */
    public List<Integer> children(int token, String relation) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : dependencies) {
            if (d.governor() == token && (d.relation().equals(relation) || d.relation().startsWith(relation + ":"))) {
                out.add(d.dependent());
            }
        }
        return out;
    }

    public Token token(int i) { return tokens.get(i); }

    /** The head of a character span: its first verb or noun token, else its first token, else token 0. */
    public int headOf(int start, int end) {
        int first = -1;
        for (Token t : tokens) {
            if (t.end() > start && t.start() < end) {
                if (t.isVerb() || t.isNoun()) {
                    return t.index();
                }
                first = first < 0 ? t.index() : first;
            }
        }
        return Math.max(first, 0);
    }

    public String text(String articleText) { return articleText.substring(start, end); }
}
