package org.faultline.grammar;

import java.util.Set;
import org.faultline.nlp.Dependency;
import org.faultline.nlp.Sentence;
import org.faultline.text.DataFiles;

/**
 * Reported speech: the verb that attributes a clause to its subject ("Human Rights Watch said ...").
 * Its subject is the event's attribution, and never the lost subject of the clause it reports.
 */
public final class Reporting {
    private static final Set<String> VERBS = DataFiles.words("faultline/events/report-verbs.txt");
    /** How a reported clause hangs on its verb: "said (that) X", "X, he said", "said X" parsed as object. */
    private static final Set<String> REPORTED = Set.of("ccomp", "parataxis", "obj");
    private static final int MAX_DEPTH = 5;

    private Reporting() {
    }

    /** The reporting verb above the token, at most a few clauses up, or -1. */
    public static int verbAbove(Sentence s, int token) {
        Dependency up = s.headEdge(token);
        for (int depth = 0; up != null && up.governor() >= 0 && depth < MAX_DEPTH; depth++) {
            if (REPORTED.contains(up.relation()) && VERBS.contains(s.token(up.governor()).lowerLemma())) {
                return up.governor();
            }
            up = s.headEdge(up.governor());
        }
        return -1;
    }
}
