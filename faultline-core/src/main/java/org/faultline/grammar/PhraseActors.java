package org.faultline.grammar;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.faultline.actors.ActorMention;
import org.faultline.nlp.Dependency;
import org.faultline.nlp.Sentence;
import org.faultline.text.DataFiles;

/**
 * The actors a noun phrase names: the mentions it covers, its conjuncts and appositions, the agent of a
 * participle that modifies it ("rebels led by HTS"), the owner in an "of" phrase ("fighters of the
 * IPF"), a possessive or a resolved pronoun or description. Events and relations both read phrases so.
 */
public final class PhraseActors {
    /** Participles whose "by" phrase names who acts: "led by", "fired by", "backed by". */
    public static final Set<String> AGENT_PARTICIPLES = DataFiles.words("faultline/lexicon/en/agent-participles.txt");

    private final SentenceActors actors;
    private final Anaphora anaphora;

    public PhraseActors(SentenceActors actors, Anaphora anaphora) {
        this.actors = actors;
        this.anaphora = anaphora;
    }

    /** Verbs of a relative clause whose subject holds or made what the phrase names: "the town, which X held". */
    private static final Set<String> HOLDER_VERBS = DataFiles.words("faultline/lexicon/en/holder-verbs.txt");

    private static final Set<String> PLACE_HEADS = DataFiles.words("faultline/lexicon/en/place-nouns.txt");
    private static final Set<String> SYMBOL_HEADS = DataFiles.words("faultline/lexicon/en/symbol-nouns.txt");
    private static final Set<String> FORCE_HEADS = DataFiles.words("faultline/lexicon/en/force-nouns.txt");
    /** "officials from Russia and Ukraine", "a delegation from Kyiv": people sent serve whoever sent them. */
    public static final Set<String> DELEGATE_HEADS = DataFiles.words("faultline/lexicon/en/delegate-nouns.txt");

    /** Kin and associates: "the wife of the militia leader" is the wife, not the leader. */
    private static final Set<String> RELATIONAL_NOUNS = DataFiles.words("faultline/lexicon/en/relational-person-nouns.txt");
    /** "its allies", "Russia's enemies", "allies of Kyiv": a party named by its tie to another is not that other. */
    private static final Set<String> OTHER_PARTY_NOUNS = DataFiles.words("faultline/lexicon/en/other-party-nouns.txt");

    /** Whether the phrase headed at a token names a place ("the port town", "Mocimboa da Praia"). */
    public static boolean namesPlace(Sentence s, int head) {
        return s.token(head).ner().equals("LOCATION") || PLACE_HEADS.contains(s.token(head).lowerLemma());
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
        String headLemma = s.token(head).lowerLemma();
        boolean otherParty = here.isEmpty() && OTHER_PARTY_NOUNS.contains(headLemma);
        if (here.isEmpty() && !otherParty && !PLACE_HEADS.contains(headLemma) && !SYMBOL_HEADS.contains(headLemma)) {
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
        out.addAll(sharedNounParties(s, head, here));
        for (Dependency d : s.children(head)) {
            if (d.relation().equals("conj") || d.relation().equals("appos")) {
                collect(s, d.dependent(), out, depth + 1); // "foreign forces, in particular the United States"
            }
        }
        // "some of the forces", "fighters of the Ituri Patriotic Front": the real actor is in the "of" phrase.
        boolean ownParty = otherParty || !here.isEmpty() && RELATIONAL_NOUNS.contains(s.token(head).lowerLemma());
        if (!ownParty && (here.isEmpty() || here.stream().allMatch(a -> a.kind() == ActorMention.Kind.GENERIC))) {
            List<ActorMention> owners = new ArrayList<>();
            boolean armed = here.stream().anyMatch(ActorMention::isArmed)
                    || here.isEmpty() && FORCE_HEADS.contains(s.token(head).lowerLemma()) // "a regional force from SADC"
                    || DELEGATE_HEADS.contains(s.token(head).lowerLemma()); // "envoys from the EU"
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
        if (here.isEmpty() && !otherParty) {
            for (int n : s.children(head, "nmod")) {
                if ("of".equals(caseOf(s, n))) {
                    collect(s, n, out, depth + 1);
                }
            }
        }
    }

    /**
     * "Rwandan and Mozambican troops": the first nationality modifies the noun the second names with it, so
     * its mention (the state's sector, made by the actor recogniser) is a party of the phrase too.
     */
    private List<ActorMention> sharedNounParties(Sentence s, int head, List<ActorMention> here) {
        List<ActorMention> out = new ArrayList<>();
        for (Dependency d : s.children(head)) {
            if (!d.relation().equals("amod") && !d.relation().equals("compound")) {
                continue;
            }
            int mod = d.dependent();
            for (ActorMention a : actors.covering(s.index(), mod)) {
                boolean coordinated = mod + 1 < s.tokens().size() && (s.token(mod + 1).pos().equals("CC")
                        || s.token(mod + 1).word().equals(","));
                if (coordinated && a.kind() != ActorMention.Kind.GENERIC && a.parent() != null && !here.contains(a)
                        && a.tokenEnd() == mod + 1) {
                    out.add(a);
                }
            }
        }
        return out;
    }

    /** The actors of a "by" phrase under a participle modifying the phrase ("forces led by X", "a drone operated by X"). */
    private List<ActorMention> participleAgent(Sentence s, int head, int depth) {
        if (depth > 3) {
            return List.of();
        }
        for (Dependency d : s.children(head)) {
            int clause = d.dependent();
            // "a mission that the Council set up" is often parsed as the noun's content clause
            boolean relative = d.relation().equals("acl:relcl") || d.relation().equals("ccomp") && s.token(head).isNoun();
            if (relative && HOLDER_VERBS.contains(s.token(clause).lowerLemma())) {
                List<ActorMention> holders = new ArrayList<>();
                for (int subj : s.children(clause, "nsubj")) {
                    if (!s.token(subj).pos().startsWith("W")) { // "the group which held it": no holder named
                        collect(s, subj, holders, depth + 1); // "the town, which insurgents had held"
                    }
                }
                if (!holders.isEmpty()) {
                    return holders;
                }
            }
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
    public List<ActorMention> byAgents(Sentence s, int participle, int depth) {
        List<ActorMention> out = new ArrayList<>();
        for (int obl : s.children(participle, "obl")) {
            if ("by".equals(caseOf(s, obl))) {
                collect(s, obl, out, depth + 1);
            }
        }
        out.removeIf(a -> a.kind() == ActorMention.Kind.GENERIC);
        return out;
    }

    public static String caseOf(Sentence s, int token) {
        for (int c : s.children(token, "case")) {
            return s.token(c).lowerWord();
        }
        return null;
    }
}
