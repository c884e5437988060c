package org.faultline.time;

import org.faultline.nlp.Dependency;
import org.faultline.nlp.Sentence;

/** Dependency-tree helpers shared by the dater and the placer. */
public final class Clauses {
    private Clauses() {
    }

    /** Whether {@code node} lies under {@code ancestor} in the tree (without crossing into another clause root). */
    public static boolean dominates(Sentence s, int ancestor, int node) {
        int cur = node;
        for (int steps = 0; steps < 12 && cur >= 0; steps++) {
            if (cur == ancestor) {
                return true;
            }
            Dependency up = s.headEdge(cur);
            if (up == null) {
                return false;
            }
            cur = up.governor();
        }
        return false;
    }
}
