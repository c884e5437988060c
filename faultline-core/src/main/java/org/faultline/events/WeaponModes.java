package org.faultline.events;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.faultline.nlp.Dependency;
import org.faultline.nlp.Sentence;
import org.faultline.text.DataFiles;

/**
 * The mode of an assault from the weapon or means its clause names, not from the trigger alone:
 * "Israeli jets struck", "bombed by aircraft" (aerial), "killed by a roadside bomb" (explosives),
 * "a drone hit" (drone). Weapons come from lexicon/weapons.tsv; the most specific mode named wins. The same
 * clause also gives the finer {@link WeaponClass} (grenade, missile) that other coding schemes ask for.
 */
public final class WeaponModes {
    /** Modes from most to least specific: a suicide car bomb is a suicide attack before it is a bomb. */
    static final List<String> PRIORITY = List.of("unconventional", "suicide-attack", "drone", "aerial",
            "heavy-weapons", "explosives", "crowd-control", "firearms", "primitive");
    /** Edges that lead into another clause, whose weapons belong to another event. */
    private static final Set<String> CLAUSE_EDGES = Set.of("conj", "advcl", "ccomp", "parataxis", "acl:relcl",
            "xcomp", "csubj");

    private final Map<String, List<Weapon>> byFirstLemma = new HashMap<>();

    private record Weapon(List<String> lemmas, String mode, WeaponClass weapon) {
    }

    WeaponModes(List<DataFiles.Line> lines, String origin) {
        for (DataFiles.Line l : lines) {
            String[] f = l.text().split("\t");
            if (f.length != 3 || !PRIORITY.contains(f[1].strip())) {
                throw new IllegalArgumentException(origin + ":" + l.number()
                        + ": expected lemma<TAB>mode<TAB>weapon with a mode of " + PRIORITY);
            }
            List<String> lemmas = List.of(f[0].strip().toLowerCase(java.util.Locale.ROOT).split("\\s+"));
            WeaponClass weapon = org.faultline.text.ClosedVocabulary.of(WeaponClass.class, f[2].strip(),
                    origin + ":" + l.number());
            byFirstLemma.computeIfAbsent(lemmas.get(0), k -> new ArrayList<>()).add(new Weapon(lemmas, f[1].strip(),
                    weapon));
        }
    }

    public static WeaponModes bundled() {
        return Holder.BUNDLED;
    }

    private static final class Holder {
        static final WeaponModes BUNDLED = new WeaponModes(DataFiles.lines("faultline/lexicon/en/weapons.tsv"),
                "faultline/lexicon/en/weapons.tsv");
    }

    /** The mode to give an assault: the clause's most specific weapon when more specific than {@code mode}. */
    String refine(Sentence s, int trigger, String mode) {
        if (mode != null && !PRIORITY.contains(mode)) {
            return mode; // abduction, torture, destruction: the act, not the weapon, decides
        }
        String best = mode;
        for (int t : clause(s, trigger)) {
            for (Weapon w : byFirstLemma.getOrDefault(TriggerMatcher.lemma(s.token(t)), List.of())) {
                if (matchesAt(s, t, w) && (best == null || PRIORITY.indexOf(w.mode()) < PRIORITY.indexOf(best))) {
                    best = w.mode();
                }
            }
        }
        return best;
    }

    /** The most specific kind of weapon named in the clause of the trigger at token {@code trigger}, or null. */
    public WeaponClass weapon(Sentence s, int trigger) {
        return weapon(s, clause(s, trigger));
    }

    /**
     * The most specific kind of weapon named anywhere in the sentence, or null: for an act whose weapon sits
     * in another clause ("a missile hit the block, killing 30", "killed when a mine went off").
     */
    public WeaponClass weaponInSentence(Sentence s) {
        Set<Integer> all = new HashSet<>();
        for (int t = 0; t < s.tokens().size(); t++) {
            all.add(t);
        }
        return weapon(s, all);
    }

    private WeaponClass weapon(Sentence s, Set<Integer> tokens) {
        WeaponClass best = null;
        for (int t : tokens) {
            for (Weapon w : byFirstLemma.getOrDefault(TriggerMatcher.lemma(s.token(t)), List.of())) {
                if (matchesAt(s, t, w) && (best == null || w.weapon().compareTo(best) < 0)) {
                    best = w.weapon();
                }
            }
        }
        return best;
    }

    private static boolean matchesAt(Sentence s, int start, Weapon w) {
        if (start + w.lemmas().size() > s.tokens().size()) {
            return false;
        }
        for (int i = 0; i < w.lemmas().size(); i++) {
            var t = s.token(start + i);
            if (!(TriggerMatcher.lemma(t).equals(w.lemmas().get(i)) || t.lowerWord().equals(w.lemmas().get(i)))) {
                return false;
            }
        }
        return true;
    }

    /** Tokens of the trigger's clause: the verb that holds it (or the trigger itself) and its arguments. */
    private static Set<Integer> clause(Sentence s, int trigger) {
        int root = trigger;
        Dependency up = s.headEdge(trigger);
        if (s.token(trigger).isNoun() && up != null && up.governor() >= 0 && s.token(up.governor()).isVerb()
                && (up.relation().startsWith("nsubj") || up.relation().equals("obj") || up.relation().startsWith("obl"))) {
            root = up.governor(); // "a drone strike hit the convoy": the strike's verb and its arguments
        }
        Set<Integer> out = new HashSet<>();
        int main = resultOf(s, trigger);
        if (main >= 0) {
            walk(s, main, trigger, out); // "used live ammunition on the crowd, killing five": the main act's means
        }
        for (int k = trigger - 1; k >= Math.max(0, trigger - 3) && !s.token(k).pos().matches("\\p{Punct}+|,|:"); k--) {
            out.add(k); // "a drone struck" tagged as a verb: the words right before the trigger, whatever the parse
        }
        walk(s, root, trigger, out);
        return out;
    }

    /**
     * The verb of the act whose result a ", killing five" participle tells, or -1: the participle's governor
     * as the parse has it (advcl, dep, or acl of a noun of that act's clause).
     */
    private static int resultOf(Sentence s, int trigger) {
        Dependency up = s.headEdge(trigger);
        if (trigger == 0 || !s.token(trigger).pos().equals("VBG") || !s.token(trigger - 1).word().equals(",")
                || up == null || !Set.of("advcl", "dep", "acl").contains(up.relation())) {
            return -1;
        }
        int g = up.governor();
        for (int hops = 0; g >= 0 && !s.token(g).isVerb() && hops < 3; hops++) {
            Dependency e = s.headEdge(g);
            g = e == null ? -1 : e.governor();
        }
        return g >= 0 && s.token(g).isVerb() ? g : -1;
    }

    /** Adds {@code root} and its arguments, not crossing into other clauses, to {@code out}. */
    private static void walk(Sentence s, int root, int trigger, Set<Integer> out) {
        Deque<Integer> todo = new ArrayDeque<>(List.of(root));
        while (!todo.isEmpty()) {
            int t = todo.pop();
            if (out.add(t)) {
                for (Dependency d : s.children(t)) {
                    boolean listed = d.relation().equals("conj") && !s.token(d.dependent()).isVerb()
                            && !s.token(t).isVerb(); // "with guns and explosives": one argument, not a clause
                    if (!CLAUSE_EDGES.contains(d.relation()) || listed || t == trigger && d.relation().equals("xcomp")) {
                        todo.push(d.dependent());
                    }
                }
            }
        }
    }
}
