package org.faultline.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.faultline.actors.ActorMention;
import org.faultline.grammar.PhraseActors;
import org.faultline.grammar.Reporting;
import org.faultline.grammar.SentenceActors;
import org.faultline.nlp.Dependency;
import org.faultline.nlp.Sentence;
import org.faultline.nlp.Token;
import org.faultline.text.DataFiles;

/**
 * The linear fallback of role finding: the actors in the stretch of a clause just before a verb or a noun,
 * for when the parse of a long news sentence lost the subject. It stops where the clause does: at a
 * clause break, a relative pronoun, the verb that reports the clause, backers in a support phrase.
 */
final class ClauseScan {
    private static final Set<String> AGENT_PARTICIPLES = PhraseActors.AGENT_PARTICIPLES;

    private final SentenceActors actors;

    ClauseScan(SentenceActors actors) {
        this.actors = actors;
    }

    private static final Set<String> CLAUSE_BREAKS = Set.of(";", ":", "\u2013", "\u2014", "(", ")", "\"", "\u201c",
            "\u201d", "which", "who", "that", "while", "whereas", "but", "as", "when");

    private static final Set<String> RELATIVES = Set.of("which", "who", "that");


    private static final Set<String> BACKING = DataFiles.words("faultline/lexicon/en/backing-nouns.txt");

    /** Whether "by" before an actor follows an agent participle: "led by", "fired by". */
    private static boolean afterAgentParticiple(Sentence s, int actorStart) {
        for (int k = actorStart - 1; k >= Math.max(1, actorStart - 4); k--) {
            if (s.token(k).lowerWord().equals("by")) {
                return AGENT_PARTICIPLES.contains(s.token(k - 1).lowerLemma()) && s.token(k - 1).pos().equals("VBN");
            }
        }
        return false;
    }

    /**
     * Actors in the stretch of clause just before a verb (the subject the parse lost). The clause ends at the
     * verb it is reported by: in "police said a device exploded" the police attribute, they do not explode.
     */
    List<ActorMention> leftActors(Sentence s, int v, List<ActorMention> exclude) {
        List<ActorMention> out = new ArrayList<>();
        int reporter = Reporting.verbAbove(s, v);
        for (int i = v - 1; i >= 0 && i >= v - 20 && i != reporter; i--) {
            Token t = s.token(i);
            if (RELATIVES.contains(t.lowerWord()) && i >= 2 && s.token(i - 1).word().equals(",")) {
                List<ActorMention> antecedent = actors.covering(s.index(), i - 2);
                if (!antecedent.isEmpty()) {
                    out.addAll(antecedent); // "Turkey, which supplied ..."
                }
                return out;
            }
            if (CLAUSE_BREAKS.contains(t.lowerWord()) && actors.covering(s.index(), i).isEmpty()) {
                break; // the bracket of "Hayat Tahrir al-Sham (HTS)" is part of the name
            }
            List<ActorMention> here = actors.covering(s.index(), i);
            if (!here.isEmpty() && isNationalModifier(s, here.get(0))) {
                continue; // "the Ukrainian port city": an adjective describing something else
            }
            if (!here.isEmpty() && backing(s, here.get(0).tokenEnd() - 1)) {
                i = here.get(0).tokenStart(); // "with support from Australia and Canada": backers, not the actors
                continue;
            }
            if (!here.isEmpty() && actors.inByPhrase(s, here.get(0).tokenStart())) {
                if (afterAgentParticiple(s, here.get(0).tokenStart()) && exclude.stream().noneMatch(here::contains)) {
                    return new ArrayList<>(here); // "Fighters led by the Wagner Group attacked"
                }
                i = here.get(0).tokenStart();
                continue;
            }
            if (!here.isEmpty() && actedUpon(s, here.get(0), v)) {
                i = here.get(0).tokenStart(); // "killing four soldiers and injuring": the soldiers are no one's subject
                continue;
            }
            if (!here.isEmpty() && exclude.stream().noneMatch(here::contains)) {
                int start = here.get(0).tokenStart();
                out.addAll(0, here);
                // take the whole coordination "the Iraqi army and Shia militias"
                for (int k = start - 1; k >= 0 && k >= start - 6; k--) {
                    String w = s.token(k).lowerWord();
                    List<ActorMention> more = actors.covering(s.index(), k);
                    if (!more.isEmpty()) {
                        out.addAll(0, more);
                        k = more.get(0).tokenStart();
                    } else if (!(w.equals("and") || w.equals(",") || w.equals("the") || w.equals("both"))) {
                        break;
                    }
                }
                return out;
            }
        }
        return out;
    }

    /** Whether the parse makes the mention the object or passive subject of a verb (through lists and appositions). */
    private static boolean actedUpon(Sentence s, ActorMention m, int v) {
        for (int k = m.tokenStart(); k < m.tokenEnd(); k++) {
            Dependency e = s.headEdge(k);
            if (e != null && (e.governor() < m.tokenStart() || e.governor() >= m.tokenEnd())) {
                return actedUpon(s, k) && !controls(s, objectVerb(s, k), v);
            }
        }
        return false;
    }

    /** "accused Tehran of arming", "forced them to attack": the verb whose object acts in the clause below it. */
    private static boolean controls(Sentence s, int verb, int v) {
        Dependency up = s.headEdge(v);
        while (up != null && up.governor() >= 0 && !up.relation().equals("conj")) {
            if (up.governor() == verb) {
                return true;
            }
            up = s.headEdge(up.governor());
        }
        return false;
    }

    private static int objectVerb(Sentence s, int head) {
        Dependency up = s.headEdge(head);
        while (up != null && up.governor() >= 0 && LIST_RELATIONS.contains(up.relation())) {
            up = s.headEdge(up.governor());
        }
        return up == null ? -1 : up.governor();
    }

    /** Whether the parse makes the phrase headed at a token the object or passive subject of a verb. */
    static boolean actedUpon(Sentence s, int head) {
        Dependency up = s.headEdge(head);
        while (up != null && up.governor() >= 0 && LIST_RELATIONS.contains(up.relation())) {
            up = s.headEdge(up.governor());
        }
        return up != null && up.governor() >= 0 && ACTED_UPON.contains(up.relation()) && s.token(up.governor()).isVerb();
    }

    private static final Set<String> LIST_RELATIONS = Set.of("conj", "appos", "flat", "compound");
    private static final Set<String> ACTED_UPON = Set.of("obj", "iobj", "nsubj:pass");

    /** Whether the token names who backs something: the object of "support from", "the backing of" (through lists). */
    private static boolean backing(Sentence s, int token) {
        Dependency up = s.headEdge(token);
        while (up != null && up.governor() >= 0 && (up.relation().equals("conj") || up.relation().equals("flat")
                || up.relation().equals("compound"))) {
            up = s.headEdge(up.governor());
        }
        return up != null && up.governor() >= 0 && up.relation().startsWith("nmod")
                && BACKING.contains(s.token(up.governor()).lowerLemma());
    }

    /** A bare nationality adjective modifying a noun that names no actor ("Turkish border", "Ukrainian city"). */
    private boolean isNationalModifier(Sentence s, ActorMention m) {
        if (m.kind() != ActorMention.Kind.NATIONAL || m.tokenEnd() - m.tokenStart() != 1
                || !s.token(m.tokenStart()).isAdjective()) {
            return false;
        }
        Dependency up = s.headEdge(m.tokenStart());
        return up != null && up.relation().equals("amod") && up.governor() >= 0
                && actors.covering(s.index(), up.governor()).isEmpty();
    }

    /** A coordinated list of actor names right before a noun: "US, Australian and British airstrikes". */
    List<ActorMention> leftList(Sentence s, int n) {
        List<ActorMention> out = new ArrayList<>();
        for (int k = n - 1; k >= 0 && k >= n - 10; k--) {
            Token t = s.token(k);
            List<ActorMention> here = actors.covering(s.index(), k);
            if (!here.isEmpty()) {
                out.addAll(0, here);
                k = here.get(0).tokenStart();
            } else if (!(t.lowerWord().equals("and") || t.word().equals(",") || (t.isAdjective() && out.isEmpty()
                    && k == n - 1) || (t.isNoun() && out.isEmpty() && k == n - 1))) {
                break;
            }
        }
        return out;
    }
}
