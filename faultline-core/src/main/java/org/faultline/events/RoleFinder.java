package org.faultline.events;

import org.faultline.grammar.Anaphora;
import org.faultline.grammar.PhraseActors;
import org.faultline.grammar.SentenceActors;

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
    private static final Set<String> AGENT_PARTICIPLES = PhraseActors.AGENT_PARTICIPLES;

    private final SentenceActors actors;
    private final PhraseActors phrases;
    private final ClauseScan scan;

    public RoleFinder(SentenceActors actors, Anaphora anaphora) {
        this.actors = actors;
        this.phrases = new PhraseActors(actors, anaphora);
        this.scan = new ClauseScan(actors);
    }

    /** Actors named by the phrase headed at a token (see {@link PhraseActors#phrase}). */
    public List<ActorMention> phrase(Sentence s, int head) {
        return phrases.phrase(s, head);
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
        boolean reduced = ClauseShape.reducedRelative(s, v);
        boolean passive = ClauseShape.passive(s, v);
        List<ActorMention> owners = new ArrayList<>();
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
            } else if (!RoleCases.GIVEN_OBJECT_TYPES.contains(m.pattern().type())) {
                // "expelled two Russian diplomats": the trigger's own object names them; "froze its assets": the
                // owner the pronoun refers to (the source itself is dropped from the target below)
                phrase(s, obj).stream().filter(a -> a.covers(s.index(), obj)).forEach(target::add);
                if (m.pattern().type().equals("REJECT")) {
                    target.addAll(namedOwners(s, obj)); // "rejected Zelenskiy's call for talks": refused to its author
                }
                if (RoleCases.OWNER_TARGET_TYPES.contains(m.pattern().type())) {
                    owners.addAll(pronounOwners(s, obj));
                }
            }
            if (RoleCases.recipientTo(m)) {
                for (int n : s.children(obj, "nmod")) {
                    if ("to".equals(PhraseActors.caseOf(s, n))) {
                        target.addAll(phrase(s, n)); // "hand Hodeidah to the rebels" parsed as the city's modifier
                    }
                }
            }
        }
        for (int obl : s.children(v, "obl")) {
            String c = PhraseActors.caseOf(s, obl);
            if ("by".equals(c) && passive) {
                source.addAll(phrase(s, obl));
            } else if (c != null && (RoleCases.TARGET_CASES.contains(c) || c.equals("with") && RoleCases.partnerWith(m)
                    || c.equals("to") && RoleCases.recipientTo(m) || RoleCases.addressed(m, c))
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
            // not the subject a pattern names ("troops advance"): "the army, with Russian air backing," is no target
            boolean subject = s.headEdge(t) != null && s.headEdge(t).relation().startsWith("nsubj");
            if (t != v && s.token(t).isNoun() && !subject) {
                for (Dependency d : s.children(t)) {
                    if ((d.relation().equals("amod") || d.relation().equals("compound")) && RoleCases.isAntiModifier(s, d.dependent())) {
                        target.addAll(phrase(s, d.dependent()));
                    }
                }
                for (int n : s.children(t, "nmod")) {
                    String c = PhraseActors.caseOf(s, n);
                    if (c != null && (RoleCases.NOUN_TARGET_CASES.contains(c) || RoleCases.addressed(m, c)
                            || RoleCases.consultedFrom(m, c))) {
                        addTargetOrPlace(s, n, m, target, place);
                    }
                }
            }
        }
        if (source.isEmpty() && depth < 3 && passive && !reduced && ClauseShape.sharesSubject(s, v)) {
            // "appears to have been shot", "attacked the post and were killed": the shared subject undergoes it
            List<ActorMention> undergoer = new ArrayList<>();
            inheritSubject(s, v, m, undergoer, place, depth);
            if (target.isEmpty()) {
                target.addAll(undergoer);
            }
        } else if (source.isEmpty() && depth < 3 && !reduced && subjectStart(s, v) == 0) {
            // "the schoolchildren abducted from Kuriga": the noun of a reduced relative undergoes the act
            inheritSubject(s, v, m, source, place, depth);
        }
        Dependency edge = s.headEdge(v);
        if (target.isEmpty() && place[0] < 0 && edge != null && edge.relation().equals("amod")
                && (s.token(v).pos().equals("VBD") || s.token(v).pos().equals("VBG"))) {
            addTargetOrPlace(s, edge.governor(), m, target, place); // a verb misparsed as a modifier of its object
        }
        if (source.isEmpty() && !passive) {
            int from = subjectStart(s, v);
            scan.leftActors(s, v, target).stream().filter(a -> a.tokenStart() >= from).forEach(source::add);
        }
        // "ECOWAS froze its assets": the owner is acted on; "Pakistan closed its airspace" acts on no one by that
        owners.stream().filter(o -> !source.contains(o)).forEach(target::add);
    }

    /**
     * Where a subordinate clause's own subject noun phrase begins ("the general died after a roadside bomb
     * detonated under his convoy": not the general's act), or 0 for other clauses: actors left of it belong to
     * the clause it hangs on, which lends it no subject.
     */
    private static int subjectStart(Sentence s, int v) {
        int start = 0;
        if (s.children(v, "mark").isEmpty()) {
            return start;
        }
        for (int k : s.children(v, "nsubj")) {
            if (s.headEdge(k).relation().equals("nsubj") && s.token(k).isNoun()) {
                start = Math.max(start, leftmost(s, k));
            }
        }
        return start;
    }

    private static int leftmost(Sentence s, int node) {
        int min = node;
        for (Dependency d : s.children(node)) {
            min = Math.min(min, leftmost(s, d.dependent()));
        }
        return min;
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
            String c = PhraseActors.caseOf(s, d.dependent());
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
        // a conjunct the parse hung on a relative clause continues the main clause
        int main = ClauseShape.mainClauseOfMisplacedConjunct(s, v);
        int gov = main >= 0 ? main : up.governor();
        if (rel.startsWith("acl") || rel.equals("appos")) {
            // "Turkey, which supplied ..."; "forces carrying out reprisals" — the noun itself must name an
            // actor: "the Ukrainian port city ..., damaging" is no attack by Ukraine
            if (!actors.covering(s.index(), gov).isEmpty()) {
                source.addAll(phrase(s, gov));
            } else if (rel.equals("acl:relcl") && s.headEdge(gov) != null && s.headEdge(gov).relation().equals("appos")) {
                source.addAll(phrase(s, s.headEdge(gov).governor())); // "X, the Libyan who carried out the bombing"
            }
        } else if (rel.equals("dep") && s.token(gov).pos().equals("VBN")
                && AGENT_PARTICIPLES.contains(s.token(gov).lowerLemma()) && !phrases.byAgents(s, gov, 0).isEmpty()) {
            // "Fighters led by X attacked" parsed as "Fighters led ...": the participle's agent attacks
            source.addAll(phrases.byAgents(s, gov, 0));
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
            } else if (s.token(gov).isNoun() && !ClauseScan.actedUpon(s, gov)) {
                // not "threatening farmers, beating officials" misparsed as the farmers' act; nor "waving guns,
                // intimidating protesters, beating politicians" parsed as a list of guns, protesters and beating
                boolean named = !actors.covering(s.index(), gov).isEmpty();
                phrase(s, gov).stream().filter(a -> named || !ClauseShape.conjunctOf(s, a, gov)).forEach(govSource::add);
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
                if (RoleCases.isAntiModifier(s, c)) {
                    target.addAll(found); // "anti-Isis offensive"
                } else {
                    source.addAll(found);
                }
            } else if (rel.equals("nmod")) {
                String cs = PhraseActors.caseOf(s, c);
                if ("by".equals(cs)) {
                    source.addAll(phrase(s, c));
                } else if ("between".equals(cs)) {
                    RoleCases.between(phrase(s, c), m, source, target);
                } else if (cs != null && (RoleCases.NOUN_TARGET_CASES.contains(cs) || RoleCases.addressed(m, cs)
                        || RoleCases.consultedFrom(m, cs))) {
                    addTargetOrPlace(s, c, m, target, place);
                }
            }
        }
        // Actor-named modifiers the parse attached elsewhere: "US, Australian and British airstrikes".
        if (source.isEmpty()) {
            source.addAll(scan.leftList(s, n));
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
                if (source.isEmpty() && (!ClauseShape.passive(s, gov) || NounLicensing.LIGHT_VERBS.contains(s.token(gov).lowerLemma()))) {
                    // "the regime is involved in a war with X"; but in "two people were wounded in the
                    // explosion" the passive subject is hit
                    source.addAll(grammaticalSubject(s, gov));
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

    /** The parties a possessive names on an object ("Kyiv's peace plan"); pronouns are the owners below. */
    private List<ActorMention> namedOwners(Sentence s, int obj) {
        List<ActorMention> out = new ArrayList<>();
        for (int o : s.children(obj, "nmod:poss")) {
            if (!Anaphora.isAnaphor(s, o)) {
                out.addAll(actors.covering(s.index(), o));
            }
        }
        return out;
    }

    /** The parties a possessive pronoun on an object refers to ("its assets"). */
    private List<ActorMention> pronounOwners(Sentence s, int obj) {
        List<ActorMention> out = new ArrayList<>();
        for (int o : s.children(obj, "nmod:poss")) {
            if (Anaphora.isAnaphor(s, o)) {
                phrase(s, obj).stream().filter(a -> !a.covers(s.index(), obj)).forEach(out::add);
            }
        }
        return out;
    }

    /** The subject of a verb whatever its voice. */
    private List<ActorMention> grammaticalSubject(Sentence s, int v) {
        List<ActorMention> out = new ArrayList<>();
        for (int subj : s.children(v, "nsubj")) {
            out.addAll(phrase(s, subj));
        }
        return out;
    }

    private void addTargetOrPlace(Sentence s, int token, TriggerMatch m, List<ActorMention> target, int[] place) {
        List<ActorMention> found = phrase(s, token);
        String ner = s.token(token).ner();
        boolean time = ner.equals("DATE") || ner.equals("TIME") || ner.equals("DURATION");
        // "recaptured the town, which insurgents held": the holder is the target, the town still the place
        boolean heldPlace = PhraseActors.namesPlace(s, token) && found.stream().allMatch(a -> a.tokenStart() > token);
        if ((found.isEmpty() || heldPlace) && place[0] < 0 && !time) {
            place[0] = token;
        }
        target.addAll(found);
    }

    private static List<ActorMention> dedupe(List<ActorMention> in) {
        return List.copyOf(new LinkedHashSet<>(in));
    }
}
