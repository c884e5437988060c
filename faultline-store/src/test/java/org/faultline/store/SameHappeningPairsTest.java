package org.faultline.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Scores {@link SameHappening#DEFAULT} on the hand-labelled pairs: precision and recall of SAME. Precision
 * matters most (a wrong merge hides an event and its dead), so its floor is the higher one.
 */
class SameHappeningPairsTest {
    private static final SameHappening RULE = SameHappening.DEFAULT;

    @Test
    void precisionAndRecallOfSameOnLabelledPairs() {
        List<LabelledPairs.Pair> pairs = LabelledPairs.read("/dedup/same-happening-pairs.txt");
        int tp = 0;
        int fp = 0;
        int fn = 0;
        List<String> wrong = new ArrayList<>();
        for (LabelledPairs.Pair p : pairs) {
            boolean said = RULE.test(p.a(), p.b());
            assertEquals(said, RULE.test(p.b(), p.a()), "the rule is not symmetric on line " + p.line());
            if (said && p.same()) {
                tp++;
            } else if (said) {
                fp++;
                wrong.add("line " + p.line() + " merged, labelled DIFFERENT: " + p.reason());
            } else if (p.same()) {
                fn++;
                wrong.add("line " + p.line() + " kept apart (" + RULE.why(p.a(), p.b()) + "), labelled SAME: " + p.reason());
            }
        }
        double precision = tp / (double) (tp + fp);
        double recall = tp / (double) (tp + fn);
        long same = pairs.stream().filter(LabelledPairs.Pair::same).count();
        System.out.printf("same-happening pairs: %d (%d SAME, %d DIFFERENT); SAME precision %.3f (%d/%d), recall %.3f (%d/%d)%n",
                pairs.size(), same, pairs.size() - same, precision, tp, tp + fp, recall, tp, tp + fn);
        wrong.forEach(w -> System.out.println("  " + w));
        assertTrue(pairs.size() >= 100, "at least 100 labelled pairs, found " + pairs.size());
        assertTrue(precision >= 0.95, "precision " + precision + "\n" + String.join("\n", wrong));
        assertTrue(recall >= 0.85, "recall " + recall + "\n" + String.join("\n", wrong));
    }
}
