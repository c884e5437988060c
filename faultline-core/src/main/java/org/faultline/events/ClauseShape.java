package org.faultline.events;

import org.faultline.actors.ActorMention;
import org.faultline.nlp.Dependency;
import org.faultline.nlp.Sentence;

/**
 * What the parse says about a verb's clause that role finding needs: its voice (a passive with or without
 * auxiliary, a reduced relative, a fronted participle clause) and what it shares with the clause it hangs on.
 */
final class ClauseShape {
    private ClauseShape() {
    }

    /** Passive voice: an auxiliary or subject of the passive, a reduced relative, a participle clause. */
    static boolean passive(Sentence s, int v) {
        return reducedRelative(s, v) || passiveParticipleClause(s, v) || !s.children(v, "aux:pass").isEmpty()
                || !s.children(v, "nsubj:pass").isEmpty();
    }

    /** "Brokered by the United States and France, the deal ...": a participle clause without auxiliary is passive. */
    static boolean passiveParticipleClause(Sentence s, int v) {
        Dependency up = s.headEdge(v);
        return s.token(v).pos().equals("VBN") && up != null
                && (up.relation().equals("advcl") || up.relation().equals("dep"))
                && s.children(v, "aux").isEmpty() && s.children(v, "nsubj").isEmpty();
    }

    /** A past participle modifying a noun ("the protesters killed", "people wounded"): passive, the noun undergoes it. */
    static boolean reducedRelative(Sentence s, int v) {
        Dependency up = s.headEdge(v);
        return s.token(v).pos().equals("VBN") && up != null && up.governor() >= 0 && up.relation().equals("acl")
                && s.token(up.governor()).isNoun() && s.children(v, "aux").isEmpty() && !misparsedMainVerb(s, v);
    }

    /**
     * "The Security Council, in its first statement in years, called for ...": a past tense tagged as a
     * participle after a comma, in a sentence with no finite verb, is the main verb and its noun the subject.
     * (A headline passive, "12 soldiers killed in ambush", has no comma before its participle.)
     */
    static boolean misparsedMainVerb(Sentence s, int v) {
        if (v == 0 || !s.token(v - 1).word().equals(",")) {
            return false;
        }
        for (var t : s.tokens()) {
            String pos = t.pos();
            if (pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD")) {
                return false;
            }
        }
        return true;
    }

    /**
     * "India suspended the treaty, which governs the rivers, and expelled the advisers": a past-tense verb
     * the parse conjoined to a present-tense relative clause belongs to the past-tense clause the relative
     * hangs on. Returns that clause's verb, or -1.
     */
    static int mainClauseOfMisplacedConjunct(Sentence s, int v) {
        Dependency up = s.headEdge(v);
        if (up == null || up.governor() < 0 || !up.relation().equals("conj") || !past(s, v)) {
            return -1;
        }
        int relative = up.governor();
        Dependency rel = s.headEdge(relative);
        String tense = s.token(relative).pos();
        if (rel == null || rel.governor() < 0 || !rel.relation().equals("acl:relcl") || !(tense.equals("VBZ") || tense.equals("VBP"))) {
            return -1;
        }
        Dependency noun = s.headEdge(rel.governor());
        return noun != null && noun.governor() >= 0 && s.token(noun.governor()).isVerb() && past(s, noun.governor())
                ? noun.governor() : -1;
    }

    /**
     * "hit the headlines by capturing Mosul", "after shelling Kharkiv": a gerund the parse makes a modifier
     * of the proper name right after it is the verb of that name (a name takes no gerund as its modifier).
     */
    static boolean gerundBeforeItsObject(Sentence s, int v) {
        Dependency up = s.headEdge(v);
        if (!s.token(v).pos().equals("VBG") || up == null || up.governor() != v + 1 || !up.relation().equals("amod")) {
            return false;
        }
        String pos = s.token(v + 1).pos();
        return (pos.equals("NNP") || pos.equals("NNPS")) && s.children(v + 1, "det").isEmpty();
    }

    private static boolean past(Sentence s, int v) {
        String pos = s.token(v).pos();
        return pos.equals("VBD") || pos.equals("VBN") && s.children(v, "aux").isEmpty() && s.children(v, "aux:pass").isEmpty();
    }

    /** A verb whose subject is its governor's: a conjunct or a raised complement ("appears to have been shot"). */
    static boolean sharesSubject(Sentence s, int v) {
        Dependency up = s.headEdge(v);
        return up != null && up.governor() >= 0 && (up.relation().equals("conj") || up.relation().equals("xcomp"));
    }

    /** Whether the parse lists the mention as a conjunct of a token outside it. */
    static boolean conjunctOf(Sentence s, ActorMention a, int gov) {
        for (int k = a.tokenStart(); k < a.tokenEnd(); k++) {
            Dependency e = s.headEdge(k);
            while (e != null && e.relation().equals("conj") && e.governor() >= 0
                    && (e.governor() < a.tokenStart() || e.governor() >= a.tokenEnd())) {
                if (e.governor() == gov) {
                    return true;
                }
                e = s.headEdge(e.governor());
            }
        }
        return false;
    }

}
