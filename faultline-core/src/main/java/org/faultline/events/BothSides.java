package org.faultline.events;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.faultline.analysis.ActorRef;
import org.faultline.analysis.RoleBasis;
import org.faultline.nlp.Dependency;
import org.faultline.nlp.Sentence;

/**
 * "Both sides will withdraw", "each side accused the other", "the two leaders discussed": a clause whose
 * subject is the parties told before takes the parties of the last event that had two or more sources, or
 * the two sides of the last meeting or agreement; a reciprocal object ("the other", "each other") sets one
 * against the other.
 */
final class BothSides {
    static final Pattern PHRASE = Pattern.compile("(?i)^(the )?(two|both|each|either) (side|sides|party|parties"
            + "|delegation|delegations|country|countries|government|governments|camp|camps|leader|leaders"
            + "|president|presidents|minister|ministers|premier|premiers)$|^both$");

    /** Acts done together, whose source and target are the two sides told ("met", "agreed with"). */
    private static final java.util.Set<String> MUTUAL = java.util.Set.of("CONSULT", "AGREE", "COOPERATE");

    private BothSides() {
    }

    /** Whether the trigger's clause has "each side", "both sides", "the two parties" for subject. */
    static boolean subject(Sentence s, int head) {
        List<Integer> subjects = s.children(head, "nsubj");
        Dependency up = s.headEdge(head);
        if (subjects.isEmpty() && up != null && up.governor() >= 0
                && (up.relation().equals("xcomp") || up.relation().equals("conj"))) {
            subjects = s.children(up.governor(), "nsubj"); // "both sides agreed to withdraw"
        }
        return subjects.stream().anyMatch(n -> PHRASE.matcher(phrase(s, n)).find());
    }

    /** Whether the trigger's object is reciprocal: "the other", "each other", "one another". */
    static boolean reciprocal(Sentence s, int head) {
        return s.children(head, "obj").stream().anyMatch(n -> {
            String w = s.token(n).lowerWord();
            return w.equals("other") || w.equals("another");
        });
    }

    /** The noun with its determiners and numbers: "the two sides". */
    private static String phrase(Sentence s, int noun) {
        return Stream.concat(Stream.of(noun), s.children(noun).stream()
                        .filter(d -> d.relation().equals("det") || d.relation().equals("nummod"))
                        .map(Dependency::dependent))
                .sorted(Comparator.naturalOrder())
                .map(k -> s.token(k).word())
                .collect(Collectors.joining(" "));
    }

    /**
     * Gives each draft whose subject is both sides the parties remembered from earlier sentences (or
     * named as "the two sides" in an actor mention), drops those that stand only by them and are left
     * without, and returns the parties to remember for the next sentences.
     */
    static List<ActorRef> resolve(List<Draft> drafts, List<ActorRef> last) {
        List<ActorRef> remembered = last;
        for (Draft d : drafts) {
            boolean named = d.source.size() == 1 && PHRASE.matcher(d.source.get(0).text()).find();
            if ((named || d.bothSides && d.source.isEmpty()) && last.size() >= 2) {
                List<ActorRef> parties = ActorRef.withBasis(last, RoleBasis.ANAPHORA);
                if (d.reciprocal && d.target.isEmpty()) {
                    d.source = parties.subList(0, 1);
                    d.target = parties.subList(1, parties.size());
                } else {
                    d.source = parties;
                }
            }
            if (d.source.size() >= 2) {
                remembered = d.source;
            } else if (MUTUAL.contains(d.type) && d.source.size() == 1 && d.target.size() == 1) {
                // "Ruto held talks with Museveni. The two leaders discussed ...": a meeting's two sides
                remembered = List.of(d.source.get(0), d.target.get(0));
            }
        }
        drafts.removeIf(d -> d.onlyBySides && d.source.isEmpty());
        return remembered;
    }
}
