package org.faultline.actors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.faultline.nlp.Sentence;

/**
 * The actor mentions found so far in one article, and which tokens of the sentence at hand they
 * hold: the matchers run one after another and each leaves the tokens an earlier one took.
 */
final class Claims {
    private final List<ActorMention> found;
    private boolean[] used = new boolean[0];

    Claims(List<ActorMention> earlier) {
        this.found = new ArrayList<>(earlier);
    }

    /** Starts a sentence with every token free (the first pass sees each sentence once). */
    void freshSentence(Sentence s) {
        used = new boolean[s.tokens().size()];
    }

    /** Starts a sentence with the tokens of the mentions already found in it taken. */
    void resumeSentence(Sentence s) {
        used = new boolean[s.tokens().size()];
        for (ActorMention m : found) {
            if (m.sentence() == s.index()) {
                claim(m.tokenStart(), m.tokenEnd());
            }
        }
    }

    boolean used(int token) {
        return used[token];
    }

    void claim(int from, int to) {
        for (int k = from; k < to; k++) {
            used[k] = true;
        }
    }

    void release(int token) {
        used[token] = false;
    }

    /** Records a mention without taking its tokens ("US" in "US-backed" leaves the token to others). */
    void add(ActorMention m) {
        found.add(m);
    }

    void addAndClaim(ActorMention m) {
        found.add(m);
        claim(m.tokenStart(), m.tokenEnd());
    }

    /** The mentions found so far, in the order found. */
    List<ActorMention> found() {
        return found;
    }

    List<ActorMention> byStart() {
        List<ActorMention> out = new ArrayList<>(found);
        out.sort(Comparator.comparingInt((ActorMention m) -> m.span().start()));
        return out;
    }
}
