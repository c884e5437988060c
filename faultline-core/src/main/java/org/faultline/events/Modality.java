package org.faultline.events;

import org.faultline.text.DataFiles;
import java.util.Set;
import org.faultline.nlp.Dependency;
import org.faultline.nlp.Sentence;
import org.faultline.nlp.Token;

/**
 * Whether an event is asserted, alleged, future, hypothetical or negated, from the words that govern
 * its trigger: negation, modal and future auxiliaries, "if" clauses, control verbs of intent or
 * refusal, and reporting words of allegation.
 */
final class Modality {
    static final String ASSERTED = "asserted";
    static final String ALLEGED = "alleged";
    static final String FUTURE = "future";
    static final String HYPOTHETICAL = "hypothetical";
    static final String NEGATED = "negated";

    private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no");
    private static final Set<String> FUTURE_AUX = Set.of("will", "'ll", "shall");
    private static final Set<String> HYPOTHETICAL_AUX = Set.of("could", "might", "may", "should", "would", "can", "must");
    private static final Set<String> CONDITIONAL_MARKS = Set.of("if", "unless", "whether");
    private static final Set<String> INTENT = DataFiles.words("faultline/lexicon/en/intent-words.txt");
    private static final Set<String> REFUSAL = DataFiles.words("faultline/lexicon/en/refusal-words.txt");
    private static final Set<String> ALLEGATION = DataFiles.words("faultline/lexicon/en/allegation-words.txt");

    private Modality() {
    }

    /** The modality of a trigger, walking up its clause chain (xcomp, ccomp, conj, advcl) a few steps. */
    static String of(Sentence s, int trigger) {
        int node = trigger;
        for (int depth = 0; depth < 4 && node >= 0; depth++) {
            String own = local(s, node, depth == 0);
            if (own != null) {
                return own;
            }
            Dependency up = s.headEdge(node);
            if (up == null || up.governor() < 0) {
                break;
            }
            String rel = up.relation();
            Token gov = s.token(up.governor());
            String lemma = gov.lowerLemma();
            if (rel.equals("xcomp") || rel.startsWith("acl") && gov.isNoun()) {
                if (REFUSAL.contains(lemma)) {
                    return NEGATED;
                }
                if (INTENT.contains(lemma)) {
                    return FUTURE;
                }
            }
            if (ALLEGATION.contains(lemma) && (rel.startsWith("nmod") || rel.equals("ccomp") || rel.startsWith("acl")
                    || rel.equals("advcl"))) {
                return ALLEGED;
            }
            if (!(rel.equals("xcomp") || rel.equals("conj") || rel.equals("ccomp") || rel.startsWith("acl")
                    || rel.equals("advcl") || rel.equals("obj") || rel.startsWith("nmod"))) {
                break;
            }
            node = up.governor();
        }
        return ASSERTED;
    }

    private static String local(Sentence s, int node, boolean own) {
        boolean negated = false;
        String modal = null;
        for (Dependency d : s.children(node)) {
            Token c = s.token(d.dependent());
            String w = c.lowerWord();
            String rel = d.relation();
            if ((rel.equals("advmod") || rel.equals("neg") || rel.equals("det")) && NEGATORS.contains(w)
                    && (rel.equals("advmod") || s.token(node).isVerb())) {
                negated = true;
            } else if (rel.equals("aux") && FUTURE_AUX.contains(w)) {
                modal = FUTURE;
            } else if (rel.equals("aux") && HYPOTHETICAL_AUX.contains(w) && modal == null) {
                modal = w.equals("would") ? FUTURE : HYPOTHETICAL;
            } else if (rel.equals("mark") && CONDITIONAL_MARKS.contains(w)) {
                modal = HYPOTHETICAL;
            } else if (rel.equals("advmod") && ALLEGATION.contains(w)) {
                modal = ALLEGED;
            } else if (rel.equals("amod") && (w.equals("alleged") || w.equals("likely") || w.equals("possible")
                    || w.equals("potential") || w.equals("planned"))) {
                modal = w.equals("alleged") ? ALLEGED : FUTURE;
            }
        }
        if (HYPOTHETICAL.equals(modal)) {
            return HYPOTHETICAL; // "if the prime minister did not resign": a condition, not a refusal
        }
        if (negated) {
            return NEGATED;
        }
        return modal;
    }
}
