package org.faultline.events;

import java.util.List;
import java.util.Set;
import org.faultline.actors.ActorMention;
import org.faultline.analysis.Event;
import org.faultline.nlp.Dependency;
import org.faultline.nlp.Sentence;
import org.faultline.text.DataFiles;

/**
 * An attack named again: "the bombing", "the attack" after the article has told one of its type.
 * Such a noun states no act of its own, but it refers to one, and event data keyed by sentence (KAIROS
 * annotates every mention) counts it; it takes the parties, place and date of the last event of its type
 * that it does not name itself. A definite noun with no such event before it stays unlicensed.
 */
final class Restatements {
    private static final Set<String> DETERMINERS = DataFiles.words("faultline/lexicon/en/definite-determiners.txt");
    private static final Set<String> INCIDENTS = DataFiles.words("faultline/lexicon/en/incident-nouns.txt");

    private Restatements() {
    }

    /**
     * A definite or named singular incident noun ("the bombing", "her assassination", "the Manchester
     * attack"), also as the modifier of a definite noun ("the bombing suspect"), but not a campaign ("the
     * war"), a series ("the attacks") or a kind ("two bombing suspects").
     */
    static boolean definite(Sentence s, int noun) {
        if (!s.token(noun).pos().equals("NN") || !INCIDENTS.contains(s.token(noun).lowerLemma())) {
            return false;
        }
        Dependency up = s.headEdge(noun);
        if (up != null && (up.relation().equals("compound") || up.relation().equals("amod"))) {
            return determined(s, up.governor()) || named(s, noun);
        }
        return determined(s, noun) || named(s, noun);
    }

    /** A proper name in the noun's compound: "the Boston bombing", "Boston Marathon bombing suspect". */
    private static boolean named(Sentence s, int noun) {
        for (Dependency d : s.children(noun)) {
            if (d.relation().equals("compound") && s.token(d.dependent()).pos().startsWith("NNP")) {
                return true;
            }
        }
        return false;
    }

    private static boolean determined(Sentence s, int noun) {
        for (Dependency d : s.children(noun)) {
            if (d.relation().equals("det") && DETERMINERS.contains(s.token(d.dependent()).lowerWord())
                    || d.relation().equals("nmod:poss")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The roles a restating noun names itself ("the Taliban's attack", "the bombing of the hotel"): in
     * "Ghani condemned the attack" or "police arrested three men after the blast" the verb's parties did
     * not carry out the attack, and what the noun does not name comes from the act it restates.
     */
    static Roles own(Sentence s, int noun, Roles r) {
        return new Roles(within(s, noun, r.source()), within(s, noun, r.target()), r.placeObject());
    }

    /** Mentions under the noun, but not one the noun is part of ("two bombing suspects" did not restate it). */
    private static List<ActorMention> within(Sentence s, int noun, List<ActorMention> mentions) {
        return mentions.stream().filter(a -> a.sentence() == s.index() && below(s, noun, a)
                && !(a.tokenStart() <= noun && noun < a.tokenEnd())).toList();
    }

    private static boolean below(Sentence s, int noun, ActorMention a) {
        for (int k = a.tokenStart(); k < a.tokenEnd(); k++) {
            int t = k;
            for (int hops = 0; t >= 0 && hops < s.tokens().size(); hops++) {
                if (t == noun) {
                    return true;
                }
                Dependency up = s.headEdge(t);
                t = up == null ? -1 : up.governor();
            }
        }
        return false;
    }

    /** Whether the article has told an act of the restating draft's type before it. */
    static boolean hasAntecedent(Draft d, List<Event> before) {
        return before.stream().anyMatch(e -> e.type().equals(d.type));
    }

    /**
     * Gives a restating draft what it lacks from the last earlier event of its type; false when the article
     * has told none, and the draft is then no event.
     */
    static boolean resolve(Draft d, List<Event> before) {
        for (int i = before.size() - 1; i >= 0; i--) {
            Event e = before.get(i);
            if (!e.type().equals(d.type)) {
                continue;
            }
            if (d.source.isEmpty()) {
                d.source = e.source();
            }
            if (d.target.isEmpty()) {
                d.target = e.target();
            }
            if (d.place == null || "article".equals(d.place.basis())) {
                d.place = e.place();
            }
            if (d.date == null || d.date.mention() == null) {
                d.date = e.date();
            }
            if (d.mode == null) {
                d.mode = e.mode();
            }
            return true;
        }
        return false;
    }
}
