package org.faultline.events;

import java.util.List;
import org.faultline.analysis.ActorRef;
import org.faultline.analysis.RoleBasis;
import org.faultline.nlp.Sentence;
import org.faultline.text.DataFiles;

/**
 * The passes over one sentence's drafts that decide which triggers report one event and fill roles one
 * trigger left empty from another: killings merged into their attack, protests absorbing the storming
 * they describe, repeats, shared targets, apologies, "both sides".
 */
final class SentenceMerges {
    private SentenceMerges() {
    }

    /**
     * "stormed by US forces, killing thousands", "an air strike ... killed 51 people": the killing is
     * the outcome of the attack in the same sentence, not a second event. Its victims become the
     * attack's target when the attack has none; so do those of a killing or wounding without a killer
     * ({@link Draft#casualty}: "a bomb exploded near a bus, killing five passengers").
     */
    static void mergeKillings(Sentence s, List<Draft> drafts) {
        List<Draft> killings = drafts.stream().filter(d -> d.type.equals("ASSAULT")
                && (d.casualty || KILLING.contains(s.token(d.head).lowerLemma()))).toList();
        for (Draft k : killings) {
            Draft into = null;
            for (Draft d : drafts) {
                if (d != k && d.type.equals("ASSAULT") && !d.casualty && !KILLING.contains(s.token(d.head).lowerLemma())
                        && (into == null || Math.abs(d.head - k.head) < Math.abs(into.head - k.head))) {
                    into = d;
                }
            }
            if (into != null && !otherVictims(s, k, into)) {
                if (into.target.isEmpty()) {
                    into.target = k.target;
                }
                if (into.source.isEmpty()) {
                    into.source = k.source;
                }
                drafts.remove(k);
            }
        }
    }

    /**
     * "its jets killed Hezbollah's leader ..., and Israeli troops invaded southern Lebanon": a killing whose
     * victims are not the attack's target is an act of its own.
     */
    private static boolean otherVictims(Sentence s, Draft killing, Draft attack) {
        // "..., killing two crew members" is the outcome; "its jets killed X" a clause of its own
        // ("claimed the attack, saying its fighters had killed 55" tells one act twice: the attack is a noun)
        return !s.children(killing.head, "nsubj").isEmpty() && !s.children(attack.head, "nsubj").isEmpty()
                && !killing.source.isEmpty() && !killing.target.isEmpty()
                && killing.target.stream()
                .noneMatch(v -> attack.target.stream().anyMatch(t -> t.id().equals(v.id())));
    }

    static final java.util.Set<String> KILLING = DataFiles.words("faultline/lexicon/en/killing-verbs.txt");

    /**
     * Within a sentence: a co-event with its own source but no target takes the target of the same-type
     * event ("US airstrikes" in "the army, backed by US airstrikes, drives Isis out"); a same-type
     * event with no source of its own is a second mention of the one that has a source, and is dropped.
     */
    static void shareTargets(List<Draft> drafts) {
        drafts.removeIf(d -> d.source.isEmpty() && drafts.stream().anyMatch(o -> o != d && o.type.equals(d.type)
                && !o.source.isEmpty() && Draft.ids(o.target).containsAll(Draft.ids(d.target)) && samePlace(o, d)));
        for (Draft d : drafts) {
            if (d.target.isEmpty() && !d.source.isEmpty() && d.nominal) {
                for (Draft o : drafts) {
                    if (o != d && o.type.equals(d.type) && !o.target.isEmpty()) {
                        d.target = o.target;
                        break;
                    }
                }
            }
        }
    }

    /** An apology is owed to the victim of the act it follows: "shot down a Russian helicopter ... and apologised". */
    static void apologyTargets(List<Draft> drafts) {
        for (Draft d : drafts) {
            if (d.type.equals("CONCEDE") && d.target.isEmpty()) {
                for (Draft o : drafts) {
                    if (o != d && !o.target.isEmpty() && Draft.ids(o.source).containsAll(Draft.ids(d.source))) {
                        d.target = o.target;
                    }
                }
            }
        }
    }

    static boolean samePlace(Draft a, Draft b) {
        return a.place == null || b.place == null || a.place.place().id().equals(b.place.place().id());
    }

    /**
     * "stormed by poor Shias ..., protesting against corruption": a storming or wrecking by the same
     * people who protest in that sentence is the protest itself.
     */
    static void mergeProtests(List<Draft> drafts) {
        for (Draft protest : List.copyOf(drafts)) {
            if (!protest.type.equals("PROTEST")) {
                continue;
            }
            drafts.removeIf(d -> d.type.equals("ASSAULT") && (d.mode == null || d.mode.equals("destroy"))
                    && !d.source.isEmpty() && Draft.ids(protest.source).containsAll(Draft.ids(d.source)));
        }
    }

    /**
     * Two triggers of the same type in one sentence whose parties agree ("refused to cooperate",
     * "stormed and vandalised") report one event; keep the first, with the other's roles if it lacked them.
     */
    static void mergeRepeats(List<Draft> drafts) {
        for (int i = 0; i < drafts.size(); i++) {
            Draft a = drafts.get(i);
            for (int j = drafts.size() - 1; j > i; j--) {
                Draft b = drafts.get(j);
                if (a.type.equals(b.type) && compatible(a.source, b.source) && compatible(a.target, b.target)
                        && samePlace(a, b) && java.util.Objects.equals(a.modality, b.modality)) {
                    if (a.source.isEmpty()) {
                        a.source = b.source;
                    }
                    if (a.target.isEmpty()) {
                        a.target = b.target;
                    }
                    drafts.remove(j);
                }
            }
        }
    }

    static boolean compatible(List<ActorRef> x, List<ActorRef> y) {
        return x.isEmpty() || y.isEmpty() || Draft.ids(x).containsAll(Draft.ids(y)) || Draft.ids(y).containsAll(Draft.ids(x));
    }

    static Draft nearest(List<Draft> drafts, int token) {
        Draft best = null;
        for (Draft d : drafts) {
            if (best == null || Math.abs(d.head - token) < Math.abs(best.head - token)) {
                best = d;
            }
        }
        return best;
    }
}
