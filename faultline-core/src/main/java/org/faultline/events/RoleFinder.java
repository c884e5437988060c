package org.faultline.events;

import org.faultline.text.DataFiles;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.faultline.actors.ActorMention;
import org.faultline.nlp.Dependency;
import org.faultline.nlp.Sentence;
import org.faultline.nlp.Token;

/**
 * Source and target of a trigger from the dependency parse: active and passive voice, agent "by"
 * phrases, conjunctions, control and relative clauses, nominal events ("US airstrikes on Manbij",
 * "Isis's takeover") and pronouns. Where the parse gives nothing, a linear fallback takes the actors
 * just before a verb or noun in the same clause, because parses of long news sentences often break.
 */
public final class RoleFinder {
    private static final Set<String> TARGET_CASES = Set.of("against", "on", "upon", "at", "towards", "toward",
            "into", "of");
    private static final Set<String> NOUN_TARGET_CASES = Set.of("against", "on", "upon", "of", "at", "with", "towards",
            "toward", "for");
    private static final Set<String> CLAUSE_BREAKS = Set.of(";", ":", "\u2013", "\u2014", "(", ")", "\"", "\u201c",
            "\u201d", "which", "who", "that", "while", "whereas", "but", "as", "when");

    private static final Set<String> RELATIVES = Set.of("which", "who", "that");
    private static final Set<String> PLACE_HEADS = DataFiles.words("faultline/lexicon/place-nouns.txt");
    private static final Set<String> AGENT_PARTICIPLES = DataFiles.words("faultline/lexicon/agent-participles.txt");
    private static final Set<String> REPORT_VERBS = DataFiles.words("faultline/events/report-verbs.txt");
    private static final Set<String> BACKING = DataFiles.words("faultline/lexicon/backing-nouns.txt");

    private final SentenceActors actors;
    private final Anaphora anaphora;

    public RoleFinder(SentenceActors actors, Anaphora anaphora) {
        this.actors = actors;
        this.anaphora = anaphora;
    }

    Roles find(Sentence s, TriggerMatch m) {
        Token head = s.token(m.head());
        List<ActorMention> source = new ArrayList<>();
        List<ActorMention> target = new ArrayList<>();
        int[] place = {-1};
        if (m.pattern().has(TriggerFlag.VICTIM_SUBJECT)) {
            victimRoles(s, m, source, target, place);
        } else if (head.isNoun()) {
            nounRoles(s, m, source, target, place);
        } else {
            verbRoles(s, m.head(), m, source, target, place, 0);
        }
        target.removeIf(t -> source.stream().anyMatch(x -> x.id().equals(t.id())));
        return new Roles(dedupe(source), dedupe(target), place[0]);
    }

    private void verbRoles(Sentence s, int v, TriggerMatch m, List<ActorMention> source, List<ActorMention> target,
                           int[] place, int depth) {
        boolean reduced = reducedRelative(s, v);
        boolean passive = reduced || !s.children(v, "aux:pass").isEmpty() || !s.children(v, "nsubj:pass").isEmpty();
        if (reduced) {
            addTargetOrPlace(s, s.headEdge(v).governor(), m, target, place); // "protesters killed": the victims
        }
        for (int subj : s.children(v, "nsubj")) {
            if (s.headEdge(subj) != null && s.headEdge(subj).relation().equals("nsubj:pass")) {
                continue;
            }
            source.addAll(phrase(s, subj));
        }
        for (int subj : s.children(v, "nsubj:pass")) {
            addTargetOrPlace(s, subj, m, target, place);
        }
        for (int obj : s.children(v, "obj")) {
            if (!m.tokens().contains(obj)) {
                addTargetOrPlace(s, obj, m, target, place);
            }
            if (recipientTo(m)) {
                for (int n : s.children(obj, "nmod")) {
                    if ("to".equals(caseOf(s, n))) {
                        target.addAll(phrase(s, n)); // "hand Hodeidah to the rebels" parsed as the city's modifier
                    }
                }
            }
        }
        for (int obl : s.children(v, "obl")) {
            String c = caseOf(s, obl);
            if ("by".equals(c) && passive) {
                source.addAll(phrase(s, obl));
            } else if (c != null && (TARGET_CASES.contains(c) || c.equals("with") && partnerWith(m)
                    || c.equals("to") && recipientTo(m))
                    && !m.tokens().contains(obl) && (obl > v || passive)) {
                // a target follows an active verb; "on Saturday officers charged" is a misparsed subject
                addTargetOrPlace(s, obl, m, target, place);
            }
        }
        for (int obj : s.children(v, "iobj")) {
            target.addAll(phrase(s, obj));
        }
        // Objects of a constrained noun: "launched an offensive against the town", "an anti-Isis offensive".
        for (int t : m.tokens()) {
            if (t != v && s.token(t).isNoun()) {
                for (Dependency d : s.children(t)) {
                    if ((d.relation().equals("amod") || d.relation().equals("compound")) && isAntiModifier(s, d.dependent())) {
                        target.addAll(phrase(s, d.dependent()));
                    }
                }
                for (int n : s.children(t, "nmod")) {
                    String c = caseOf(s, n);
                    if (c != null && NOUN_TARGET_CASES.contains(c)) {
                        addTargetOrPlace(s, n, m, target, place);
                    }
                }
            }
        }
        if (source.isEmpty() && depth < 3) {
            inheritSubject(s, v, m, source, place, depth);
        }
        Dependency edge = s.headEdge(v);
        if (target.isEmpty() && place[0] < 0 && edge != null && edge.relation().equals("amod")
                && (s.token(v).pos().equals("VBD") || s.token(v).pos().equals("VBG"))) {
            addTargetOrPlace(s, edge.governor(), m, target, place); // a verb misparsed as a modifier of its object
        }
        if (source.isEmpty() && !passive) {
            source.addAll(leftActors(s, v, target));
        }
    }

    /**
     * "A convoy came under attack", "the army suffered losses in an ambush by X", "Aleppo fell to the
     * rebels": the subject is the victim (or the place lost) and never the source; the source is named in
     * a "by" or "to" phrase below the trigger.
     */
    private void victimRoles(Sentence s, TriggerMatch m, List<ActorMention> source, List<ActorMention> target,
                             int[] place) {
        int clause = m.head();
        Dependency up = s.headEdge(clause);
        if (s.token(clause).isNoun() && up != null && up.governor() >= 0 && s.token(up.governor()).isVerb()) {
            clause = up.governor(); // "came under attack": the noun's verb holds the subject
        }
        for (int subj : s.children(clause, "nsubj")) {
            addTargetOrPlace(s, subj, m, target, place);
        }
        agents(s, clause, source, 0);
    }

    /** Actors of "by" and "to" phrases in the subtree below a token, a few levels deep. */
    private void agents(Sentence s, int node, List<ActorMention> out, int depth) {
        if (depth > 3) {
            return;
        }
        for (Dependency d : s.children(node)) {
            String rel = d.relation();
            if (rel.startsWith("nsubj") || rel.equals("conj") || rel.startsWith("acl") || rel.equals("advcl")) {
                continue;
            }
            String c = caseOf(s, d.dependent());
            if ((rel.startsWith("obl") || rel.startsWith("nmod")) && ("by".equals(c) || "to".equals(c))) {
                out.addAll(phrase(s, d.dependent()));
            } else {
                agents(s, d.dependent(), out, depth + 1);
            }
        }
    }

    /** Subjects shared through conjunction, control ("attempt to drive"), relative and adverbial clauses. */
    private void inheritSubject(Sentence s, int v, TriggerMatch m, List<ActorMention> source, int[] place, int depth) {
        Dependency up = s.headEdge(v);
        if (up == null || up.governor() < 0) {
            return;
        }
        String rel = up.relation();
        int gov = up.governor();
        if (rel.startsWith("acl") || rel.equals("appos")) {
            // "Turkey, which supplied ..."; "forces carrying out reprisals" — the noun itself must name an
            // actor: "the Ukrainian port city ..., damaging" is no attack by Ukraine
            if (!actors.covering(s.index(), gov).isEmpty()) {
                source.addAll(phrase(s, gov));
            }
        } else if (rel.equals("dep") && s.token(gov).pos().equals("VBN")
                && AGENT_PARTICIPLES.contains(s.token(gov).lowerLemma()) && !byAgents(s, gov, 0).isEmpty()) {
            // "Fighters led by X attacked" parsed as "Fighters led ...": the participle's agent attacks
            source.addAll(byAgents(s, gov, 0));
        } else if (rel.equals("conj") || rel.equals("xcomp") || rel.equals("advcl") || rel.equals("dep")) {
            List<ActorMention> govSource = new ArrayList<>();
            List<ActorMention> ignored = new ArrayList<>();
            int[] ignoredPlace = {-1};
            boolean passiveGov = !s.children(gov, "aux:pass").isEmpty() || !s.children(gov, "nsubj:pass").isEmpty();
            if (s.token(gov).isVerb()) {
                verbRoles(s, gov, new TriggerMatch(m.pattern(), m.sentence(), gov, List.of(gov), m.span()), govSource,
                        ignored, ignoredPlace, depth + 1);
                if (govSource.isEmpty() && !passiveGov && (rel.equals("conj") || rel.equals("xcomp"))) {
                    govSource.addAll(grammaticalSubject(s, gov)); // "X is involved in ... and refuses to"
                }
            } else if (s.token(gov).isNoun()) {
                govSource.addAll(phrase(s, gov));
            }
            source.addAll(govSource);
        }
    }

    private void nounRoles(Sentence s, TriggerMatch m, List<ActorMention> source, List<ActorMention> target,
                           int[] place) {
        int n = m.head();
        for (Dependency d : s.children(n)) {
            String rel = d.relation();
            int c = d.dependent();
            if (rel.equals("nmod:poss") || rel.equals("compound") || rel.equals("amod")) {
                List<ActorMention> found = phrase(s, c);
                if (isAntiModifier(s, c)) {
                    target.addAll(found); // "anti-Isis offensive"
                } else {
                    source.addAll(found);
                }
            } else if (rel.equals("nmod")) {
                String cs = caseOf(s, c);
                if ("by".equals(cs)) {
                    source.addAll(phrase(s, c));
                } else if (cs != null && NOUN_TARGET_CASES.contains(cs)) {
                    addTargetOrPlace(s, c, m, target, place);
                }
            }
        }
        // Actor-named modifiers the parse attached elsewhere: "US, Australian and British airstrikes".
        if (source.isEmpty()) {
            source.addAll(leftList(s, n));
        }
        int standIn = NounLicensing.standIn(s, n);
        Dependency up = s.headEdge(standIn);
        if (up != null && up.governor() >= 0) {
            int gov = up.governor();
            String rel = up.relation();
            if (source.isEmpty() && (rel.equals("obj") || rel.startsWith("obl")) && s.token(gov).isVerb()) {
                // "conducting an offensive", "launched an attack": the light verb's subject acts.
                List<ActorMention> govTarget = new ArrayList<>();
                verbRoles(s, gov, new TriggerMatch(m.pattern(), m.sentence(), gov, List.of(gov, n, standIn), m.span()),
                        source, govTarget, new int[]{-1}, 1);
                if (source.isEmpty()) {
                    source.addAll(grammaticalSubject(s, gov)); // "the regime is involved in a war with X"
                    govTarget.removeAll(source);
                }
                if (target.isEmpty()) {
                    target.addAll(govTarget);
                }
            } else if (rel.startsWith("nsubj") && s.token(gov).isVerb()) {
                // "a coalition air strike ... killed 51 people": the victims are the verb's object.
                for (int obj : s.children(gov, "obj")) {
                    target.addAll(phrase(s, obj));
                }
            }
        }
    }

    /** The subject of a verb whatever its voice. */
    private List<ActorMention> grammaticalSubject(Sentence s, int v) {
        List<ActorMention> out = new ArrayList<>();
        for (int subj : s.children(v, "nsubj")) {
            out.addAll(phrase(s, subj));
        }
        return out;
    }

    private static boolean isAntiModifier(Sentence s, int token) {
        return s.token(token).lowerWord().startsWith("anti-") || token >= 2 && s.token(token - 1).word().equals("-")
                && s.token(token - 2).lowerWord().equals("anti");
    }

    /** "hand the city to the rebels", "send weapons to Kyiv": the to-phrase receives. */
    private static boolean recipientTo(TriggerMatch m) {
        String type = m.pattern().type();
        return type.equals("AID") || type.equals("RETREAT") || type.equals("CONCEDE");
    }

    /** "fight with X", "cooperate with X", "talks with X": the with-phrase is the other party. */
    private static boolean partnerWith(TriggerMatch m) {
        String type = m.pattern().type();
        return m.pattern().has(TriggerFlag.SYMMETRIC) || type.equals("COOPERATE") || type.equals("CONSULT")
                || type.equals("AGREE");
    }

    private void addTargetOrPlace(Sentence s, int token, TriggerMatch m, List<ActorMention> target, int[] place) {
        List<ActorMention> found = phrase(s, token);
        String ner = s.token(token).ner();
        boolean time = ner.equals("DATE") || ner.equals("TIME") || ner.equals("DURATION");
        if (found.isEmpty() && place[0] < 0 && !time) {
            place[0] = token;
        }
        target.addAll(found);
    }

    /** Actors named by the phrase headed at a token, with its conjuncts and appositions. */
    public List<ActorMention> phrase(Sentence s, int head) {
        List<ActorMention> out = new ArrayList<>();
        collect(s, head, out, 0);
        return out;
    }

    private void collect(Sentence s, int head, List<ActorMention> out, int depth) {
        if (depth > 4) {
            return;
        }
        List<ActorMention> here = actors.covering(s.index(), head);
        if (here.isEmpty() && !PLACE_HEADS.contains(s.token(head).lowerLemma())) {
            // "the Ukrainian port city" describes a place: its adjective is no party
            for (Dependency d : s.children(head)) {
                String rel = d.relation();
                if (rel.equals("compound") || rel.equals("amod") || rel.equals("nmod:poss") || rel.equals("flat")) {
                    here = actors.covering(s.index(), d.dependent());
                    if (here.isEmpty() && rel.equals("nmod:poss") && Anaphora.isAnaphor(s, d.dependent())) {
                        ActorMention owner = anaphora.resolve(s, d.dependent()); // "froze its assets"
                        here = owner == null ? List.of() : List.of(owner);
                    }
                    if (!here.isEmpty()) {
                        break;
                    }
                }
            }
        }
        if (here.isEmpty() || here.stream().allMatch(a -> a.kind() == ActorMention.Kind.GENERIC)) {
            List<ActorMention> agent = participleAgent(s, head, depth);
            if (!agent.isEmpty()) {
                here = agent; // "rebels led by HTS", "a missile fired by the Houthis": the agent acts
            }
        }
        if ((here.isEmpty() || Anaphora.isOrganisation(s, head)
                && here.stream().allMatch(a -> a.kind() == ActorMention.Kind.GENERIC)) && Anaphora.isAnaphor(s, head)) {
            ActorMention a = anaphora.resolve(s, head);
            if (a != null) {
                here = List.of(a);
            }
        }
        out.addAll(here);
        for (Dependency d : s.children(head)) {
            if (d.relation().equals("conj") || d.relation().equals("appos")) {
                collect(s, d.dependent(), out, depth + 1); // "foreign forces, in particular the United States"
            }
        }
        // "some of the forces", "fighters of the Ituri Patriotic Front": the real actor is in the "of" phrase.
        if (here.isEmpty() || here.stream().allMatch(a -> a.kind() == ActorMention.Kind.GENERIC)) {
            List<ActorMention> owners = new ArrayList<>();
            boolean armed = here.stream().anyMatch(ActorMention::isArmed);
            for (int n : s.children(head, "nmod")) {
                String c = caseOf(s, n);
                if ("of".equals(c) || armed && "from".equals(c)) {
                    collect(s, n, owners, depth + 1); // "troops from the regional bloc" serve the bloc
                }
            }
            owners.removeIf(a -> a.kind() == ActorMention.Kind.GENERIC);
            if (!owners.isEmpty()) {
                out.removeAll(here);
                out.addAll(owners);
                return;
            }
        }
        if (here.isEmpty()) {
            for (int n : s.children(head, "nmod")) {
                if ("of".equals(caseOf(s, n))) {
                    collect(s, n, out, depth + 1);
                }
            }
        }
    }

    /** The actors of a "by" phrase under a participle modifying the phrase ("forces led by X", "a drone operated by X"). */
    private List<ActorMention> participleAgent(Sentence s, int head, int depth) {
        if (depth > 3) {
            return List.of();
        }
        for (Dependency d : s.children(head)) {
            if (d.relation().startsWith("acl") && s.token(d.dependent()).pos().equals("VBN")
                    && AGENT_PARTICIPLES.contains(s.token(d.dependent()).lowerLemma())) {
                List<ActorMention> out = byAgents(s, d.dependent(), depth);
                if (!out.isEmpty()) {
                    return out;
                }
            }
        }
        return List.of();
    }

    /** Named actors of a participle's "by" phrase. */
    private List<ActorMention> byAgents(Sentence s, int participle, int depth) {
        List<ActorMention> out = new ArrayList<>();
        for (int obl : s.children(participle, "obl")) {
            if ("by".equals(caseOf(s, obl))) {
                collect(s, obl, out, depth + 1);
            }
        }
        out.removeIf(a -> a.kind() == ActorMention.Kind.GENERIC);
        return out;
    }

    /** A past participle modifying a noun ("the protesters killed", "people wounded"): passive, the noun undergoes it. */
    private static boolean reducedRelative(Sentence s, int v) {
        Dependency up = s.headEdge(v);
        return s.token(v).pos().equals("VBN") && up != null && up.governor() >= 0 && up.relation().equals("acl")
                && s.token(up.governor()).isNoun() && s.children(v, "aux").isEmpty();
    }

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
    private List<ActorMention> leftActors(Sentence s, int v, List<ActorMention> exclude) {
        List<ActorMention> out = new ArrayList<>();
        int reporter = reportingVerb(s, v);
        for (int i = v - 1; i >= 0 && i >= v - 20 && i != reporter; i--) {
            Token t = s.token(i);
            if (RELATIVES.contains(t.lowerWord()) && i >= 2 && s.token(i - 1).word().equals(",")) {
                List<ActorMention> antecedent = actors.covering(s.index(), i - 2);
                if (!antecedent.isEmpty()) {
                    out.addAll(antecedent); // "Turkey, which supplied ..."
                }
                return out;
            }
            if (CLAUSE_BREAKS.contains(t.lowerWord())) {
                break;
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

    /** The reporting verb whose complement clause holds the token ("said" in "police said a bomb exploded, wounding"), or -1. */
    private static int reportingVerb(Sentence s, int token) {
        Dependency up = s.headEdge(token);
        for (int depth = 0; up != null && up.governor() >= 0 && depth < 4; depth++) {
            if (up.relation().equals("ccomp") && REPORT_VERBS.contains(s.token(up.governor()).lowerLemma())) {
                return up.governor();
            }
            up = s.headEdge(up.governor());
        }
        return -1;
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
    private List<ActorMention> leftList(Sentence s, int n) {
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

    static String caseOf(Sentence s, int token) {
        for (int c : s.children(token, "case")) {
            return s.token(c).lowerWord();
        }
        return null;
    }

    private static List<ActorMention> dedupe(List<ActorMention> in) {
        return List.copyOf(new LinkedHashSet<>(in));
    }
}
