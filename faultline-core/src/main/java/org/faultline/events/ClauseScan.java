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

    private static final Set<String> LIST_WORDS = Set.of("and", "the");


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
            if (CLAUSE_BREAKS.contains(t.lowerWord()) && actors.covering(s.index(), i).isEmpty() && !namingAs(s, i)) {
                int open = parentheticalStart(s, i);
                if (open >= 0) {
                    i = open; // "Bands of toughs — known as colectivos — roam": the subject is before the aside
                    continue;
                }
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
            if (!here.isEmpty() && (actedUpon(s, here.get(0), v) || participleObject(s, here.get(0).tokenStart())
                    || enclosed(s, here.get(0), v))) {
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

    /**
     * Whether the mention lies inside a phrase that cannot be the verb's subject: a relative clause the verb is
     * not in ("the blast, which targeted a convoy of troops, killed two civilians"), or the aim of a noun ("the
     * attack on the US embassy killed three guards", "the explosion at the police headquarters killed").
     */
    private boolean enclosed(Sentence s, ActorMention m, int v) {
        int head = m.tokenEnd() - 1;
        for (int k = m.tokenStart(); k < m.tokenEnd(); k++) {
            Dependency e = s.headEdge(k);
            if (e != null && (e.governor() < m.tokenStart() || e.governor() >= m.tokenEnd())) {
                head = k; // the word the parse hangs the phrase by
                break;
            }
        }
        Dependency own = s.headEdge(head);
        while (own != null && own.governor() >= 0 && own.relation().equals("compound")) {
            own = s.headEdge(own.governor()); // "the explosion at the police headquarters": the headquarters' phrase
        }
        if (own != null && own.governor() >= 0 && own.relation().equals("nmod") && s.token(own.governor()).isNoun()
                && AIMED.contains(String.valueOf(PhraseActors.caseOf(s, own.dependent())))
                && actors.covering(s.index(), own.governor()).isEmpty()) {
            return true;
        }
        for (Dependency up = own; up != null && up.governor() >= 0; up = s.headEdge(up.governor())) {
            if (up.relation().equals("acl:relcl")) {
                return !dominates(s, up.dependent(), v);
            }
        }
        return false;
    }

    private static boolean dominates(Sentence s, int top, int token) {
        for (Dependency up = s.headEdge(token); token != top; up = s.headEdge(token)) {
            if (up == null || up.governor() < 0) {
                return false;
            }
            token = up.governor();
        }
        return true;
    }

    private static final Set<String> AIMED = DataFiles.words("faultline/lexicon/en/aimed-prepositions.txt");

    /** "known as", "described as": a preposition after a participle, no clause break. */
    private static boolean namingAs(Sentence s, int i) {
        return s.token(i).lowerWord().equals("as") && i > 0 && s.token(i - 1).pos().equals("VBN");
    }

    /**
     * The opening dash of an aside without a clause of its own ("— known as colectivos —") that ends at the
     * dash at {@code close}, or -1.
     */
    private static int parentheticalStart(Sentence s, int close) {
        String dash = s.token(close).word();
        if (!dash.equals("\u2014") && !dash.equals("\u2013")) {
            return -1;
        }
        for (int j = close - 1; j >= Math.max(0, close - 10); j--) {
            Token t = s.token(j);
            if (t.word().equals(dash)) {
                return j;
            }
            if (t.isVerb() && !t.pos().equals("VBN") || CLAUSE_BREAKS.contains(t.lowerWord()) && !namingAs(s, j)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Whether a list of actors follows a participle that opens a clause after a comma ("roam the streets,
     * intimidating protesters and journalists, beating"), whatever the parse made of it: its object.
     */
    private boolean participleObject(Sentence s, int start) {
        int k = start - 1;
        while (k >= 0 && (!actors.covering(s.index(), k).isEmpty() || LIST_WORDS.contains(s.token(k).lowerWord()))) {
            k--;
        }
        return k >= 1 && s.token(k).pos().equals("VBG") && s.token(k - 1).word().equals(",");
    }

    /** Whether the parse makes the mention the object or passive subject of a verb (through lists and appositions). */
    private static boolean actedUpon(Sentence s, ActorMention m, int v) {
        for (int k = m.tokenStart(); k < m.tokenEnd(); k++) {
            Dependency e = s.headEdge(k);
            if (e != null && (e.governor() < m.tokenStart() || e.governor() >= m.tokenEnd())) {
                return actedUpon(s, k) && !controls(s, objectVerb(s, k), v, m);
            }
        }
        return false;
    }

    /**
     * "accused Tehran of arming", "forced them to attack": the verb whose object acts in the clause below it.
     * A clause the parse hangs from another noun is no such clause: in "waving guns, intimidating protesters,
     * beating politicians" the protesters do not beat.
     */
    private static boolean controls(Sentence s, int verb, int v, ActorMention object) {
        Dependency up = s.headEdge(v);
        while (up != null && up.governor() >= 0 && !up.relation().equals("conj")) {
            int gov = up.governor();
            if (gov == verb) {
                return true;
            }
            if (s.token(gov).isNoun() && (gov < object.tokenStart() || gov >= object.tokenEnd())) {
                return false;
            }
            up = s.headEdge(gov);
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
