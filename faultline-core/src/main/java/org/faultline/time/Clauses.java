package org.faultline.time;

import org.faultline.nlp.Dependency;
import org.faultline.nlp.Sentence;

/** Dependency-tree helpers shared by the dater and the placer. */
public final class Clauses {
    private Clauses() {
    }

    private static final java.util.Set<String> SUBORDINATE = java.util.Set.of("acl", "acl:relcl", "advcl", "ccomp",
            "parataxis", "appos");

    /**
     * Whether {@code node} sits in a subordinate clause (relative, adverbial, complement) that does not
     * contain {@code trigger}: "The Taliban, who seized Kabul in August 2021, arrested ..." keeps
     * August 2021 for the seizure.
     */
    public static boolean inOtherClause(Sentence s, int node, int trigger) {
        return inOtherClause(s, node, trigger, SUBORDINATE);
    }

    /** As above, with the dependency relations that open a clause. */
    public static boolean inOtherClause(Sentence s, int node, int trigger, java.util.Set<String> clauseRelations) {
        int cur = node;
        for (int steps = 0; steps < 12 && cur >= 0; steps++) {
            if (cur == trigger) {
                return false;
            }
            Dependency up = s.headEdge(cur);
            if (up == null) {
                return false;
            }
            boolean misparsed = up.relation().equals("dep") && s.token(cur).isVerb(); // "X, who was elected in 2020,"
            if ((clauseRelations.contains(up.relation()) || misparsed) && !dominates(s, cur, trigger)) {
                return true;
            }
            cur = up.governor();
        }
        return false;
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
