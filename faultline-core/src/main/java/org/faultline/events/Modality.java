package org.faultline.events;

import java.util.Map;
import java.util.Set;
import org.faultline.lexicon.Lexicon;
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

    private final Set<String> negators;
    private final Set<String> futureAux;
    private final Set<String> hypotheticalAux;
    private final Set<String> conditionalMarks;
    private final Set<String> intent;
    private final Set<String> refusal;
    private final Set<String> allegation;
    private final Map<String, String> adjectives;

    Modality(Lexicon lexicon) {
        negators = lexicon.words("negators");
        futureAux = lexicon.words("future-auxiliaries");
        hypotheticalAux = lexicon.words("hypothetical-auxiliaries");
        conditionalMarks = lexicon.words("conditional-marks");
        intent = lexicon.words("intent-words");
        refusal = lexicon.words("refusal-words");
        allegation = lexicon.words("allegation-words");
        adjectives = lexicon.table("modality-adjectives");
        for (var e : adjectives.entrySet()) {
            if (!e.getValue().equals(ALLEGED) && !e.getValue().equals(FUTURE)) {
                throw new IllegalStateException(lexicon.resource("modality-adjectives", "tsv") + ": " + e.getKey()
                        + ": modality '" + e.getValue() + "' is neither " + ALLEGED + " nor " + FUTURE);
            }
        }
    }

    /** The modality of a trigger, walking up its clause chain (xcomp, ccomp, conj, advcl) a few steps. */
    String of(Sentence s, int trigger) {
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
                if (refusal.contains(lemma)) {
                    return NEGATED;
                }
                if (intent.contains(lemma)) {
                    return FUTURE;
                }
            }
            if (allegation.contains(lemma) && (rel.startsWith("nmod") || rel.equals("ccomp") || rel.startsWith("acl")
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

    private String local(Sentence s, int node, boolean own) {
        boolean negated = false;
        String modal = null;
        for (Dependency d : s.children(node)) {
            Token c = s.token(d.dependent());
            String w = c.lowerWord();
            String rel = d.relation();
            if ((rel.equals("advmod") || rel.equals("neg") || rel.equals("det")) && negators.contains(w)
                    && (rel.equals("advmod") || s.token(node).isVerb())) {
                negated = true;
            } else if (rel.equals("aux") && futureAux.contains(w)) {
                modal = FUTURE;
            } else if (rel.equals("aux") && hypotheticalAux.contains(w) && modal == null) {
                modal = w.equals("would") ? FUTURE : HYPOTHETICAL;
            } else if (rel.equals("mark") && conditionalMarks.contains(w)) {
                modal = HYPOTHETICAL;
            } else if (rel.equals("advmod") && allegation.contains(w)) {
                modal = ALLEGED;
            } else if (rel.equals("amod") && adjectives.containsKey(w)) {
                modal = adjectives.get(w);
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
