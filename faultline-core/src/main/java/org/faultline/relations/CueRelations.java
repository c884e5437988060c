package org.faultline.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.faultline.actors.ActorMention;
import org.faultline.analysis.ActorRef;
import org.faultline.analysis.PlaceRef;
import org.faultline.analysis.Span;
import org.faultline.grammar.PhraseActors;
import org.faultline.grammar.SentenceActors;
import org.faultline.nlp.Dependency;
import org.faultline.nlp.Sentence;
import org.faultline.nlp.Token;
import org.faultline.relations.RelationCues.Cue;
import org.faultline.relations.RelationCues.Kind;

/**
 * Relations stated at one cue word of relations/cues.tsv, where a token pattern reads them more surely
 * than the parse: "US-backed forces", "with Russian airpower backing", "their allied Peshmerga", "Iran,
 * its main opponent", "Nusra, the Syrian wing of al-Qaeda", "Iran arms the Houthis", "the cities it holds".
 */
final class CueRelations {
    /** Clauses a held place must not sit in apart from the control verb. */
    private static final Set<String> CLAUSES = Set.of("advcl", "acl", "ccomp", "parataxis");

    private final RelationCues cues;
    private final StateAdjectives states;
    private final ArticleContext a;
    private final SentenceActors byS;
    private final PhraseActors roles;
    private final RelationSink sink;

    CueRelations(RelationCues cues, StateAdjectives states, ArticleContext a, RelationSink sink) {
        this.cues = cues;
        this.states = states;
        this.a = a;
        this.byS = a.byS();
        this.roles = a.roles();
        this.sink = sink;
    }

    void apply(Sentence s) {
        for (Token t : s.tokens()) {
            hyphen(s, t);
            if (!byS.covering(s.index(), t.index()).isEmpty()) {
                continue; // "Rapid Support Forces": a word of a name is no cue
            }
            withPhrase(s, t);
            modifier(s, t);
            possessive(s, t);
            ofNoun(s, t);
            control(s, t);
            verb(s, t);
        }
    }

    /** "US-backed forces", "the Houthi-held port of Hodeidah"; a state adjective inside a name is the state. */
    private void hyphen(Sentence s, Token t) {
        Cue cue = cues.hyphenSuffix(t.word());
        int prefixToken = t.index();
        String prefixWord = cue == null ? null : t.word().substring(0, t.word().lastIndexOf('-'));
        if (cue == null && t.index() >= 2 && s.token(t.index() - 1).word().equals("-")
                && (cue = cues.find(t.lowerWord(), Kind.HYPHEN)) != null) {
            prefixToken = t.index() - 2; // the tokenizer split "US-backed"
            prefixWord = s.token(prefixToken).word();
        }
        if (cue == null) {
            return;
        }
        List<ActorRef> prefix = new ArrayList<>();
        List<ActorMention> absorbing = new ArrayList<>(); // a name running on past the cue is the modified actor
        for (ActorMention m : byS.covering(s.index(), prefixToken)) {
            if (m.tokenEnd() > t.index() + 1) {
                absorbing.add(m);
            } else {
                prefix.add(sink.ref(m));
            }
        }
        if (prefix.isEmpty()) { // "Turkish-backed factions" is one name of the factions: Turkish is Turkey
            ActorRef state = states.of(prefixWord, new Span(s.token(prefixToken).start(), s.token(prefixToken).start()
                    + prefixWord.length()));
            if (state != null) {
                prefix.add(state);
            }
        }
        RelationSink.When when = when(s, t);
        if (cue.type().equals("CONTROLS")) {
            PlaceRef held = Neighbours.rightPlace(a.in(), s, t.index() + 1);
            for (ActorRef holder : prefix) {
                if (held != null) {
                    sink.addPlace(holder, held, when);
                }
            }
            return;
        }
        List<ActorMention> modified = absorbing.isEmpty() ? Neighbours.right(s, t.index() + 1, byS, 5) : absorbing;
        for (ActorRef p : prefix) {
            for (ActorMention m : modified) {
                sink.add(cue.type(), p, sink.ref(m), when);
            }
        }
    }

    /** "the Iraqi army, with Russian airpower backing": the actors in the with-phrase back the clause's subject. */
    private void withPhrase(Sentence s, Token t) {
        Cue cue = cues.find(t.lowerWord(), Kind.WITH);
        if (cue == null) {
            return;
        }
        int with = -1;
        for (int k = t.index() - 1; k >= Math.max(0, t.index() - 5) && with < 0; k--) {
            with = s.token(k).lowerWord().equals("with") ? k : -1;
        }
        if (with < 0) {
            return;
        }
        List<ActorMention> backers = new ArrayList<>();
        for (int k = with + 1; k < t.index(); k++) {
            for (ActorMention m : byS.covering(s.index(), k)) {
                if (!backers.contains(m)) {
                    backers.add(m);
                }
            }
        }
        sink.addAll(cue.type(), backers, Neighbours.left(s, with - 1, byS, 8), when(s, t));
    }

    /** "their allied Peshmerga"; "militias aligned with the government". */
    private void modifier(Sentence s, Token t) {
        Cue cue = cues.find(t.lowerWord(), Kind.MODIFIER);
        if (cue != null && t.index() > 0 && s.token(t.index() - 1).pos().startsWith("PRP")) {
            ActorMention owner = a.anaphora().resolve(s, t.index() - 1);
            for (ActorMention b : Neighbours.right(s, t.index() + 1, byS, 4)) {
                if (owner != null) {
                    sink.add(cue.type(), owner, b, when(s, t));
                }
            }
        }
        Cue withVerb = cues.find(t.lowerLemma(), Kind.WITH_VERB);
        if (withVerb != null && t.index() + 1 < s.tokens().size() && s.token(t.index() + 1).lowerWord().equals("with")) {
            List<ActorMention> partners = Neighbours.right(s, t.index() + 2, byS, 9);
            List<ActorMention> subjects = Neighbours.modifiedBy(s, t.index(), byS, roles);
            sink.addAll(withVerb.type(), subjects, partners, when(s, t));
        }
    }

    /** "Iran, its main opponent": the possessor stands in the relation with the apposed actor. */
    private void possessive(Sentence s, Token t) {
        Cue cue = cues.find(t.lowerLemma(), Kind.POSSESSIVE);
        Cue reversed = cues.find(t.lowerLemma(), Kind.POSSESSIVE_REVERSED);
        if ((cue == null && reversed == null) || !t.isNoun()) {
            return;
        }
        int poss = -1;
        for (int k = t.index() - 1; k >= Math.max(0, t.index() - 3) && poss < 0; k--) {
            poss = s.token(k).pos().equals("PRP$") ? k : -1;
        }
        if (poss < 1 || !s.token(poss - 1).word().equals(",")) {
            return;
        }
        List<ActorMention> apposed = Neighbours.left(s, poss - 2, byS, 2);
        if (apposed.isEmpty()) {
            return;
        }
        ActorMention exclude = apposed.get(0);
        ActorMention owner = null;
        for (ActorMention m : byS.in(s.index())) {
            if (m.tokenEnd() <= exclude.tokenStart() && !m.isPerson() && m.kind() != ActorMention.Kind.GENERIC) {
                owner = m; // the last actor before the apposition, not the apposed one itself
            }
        }
        owner = owner == null ? a.anaphora().resolve(s, poss) : owner;
        if (owner == null || owner.id().equals(exclude.id())) {
            return;
        }
        for (ActorMention b : apposed) {
            if (reversed != null) {
                sink.add(reversed.type(), b, owner, when(s, t));
            } else {
                sink.add(cue.type(), owner, b, when(s, t));
            }
        }
    }

    /** "Jabhat al-Nusra, the Syrian wing of al-Qa'ida": PART_OF(apposed, of-phrase). */
    private void ofNoun(Sentence s, Token t) {
        Cue cue = cues.find(t.lowerLemma(), Kind.OF_NOUN);
        if (cue == null || !t.isNoun()) {
            return;
        }
        List<ActorMention> whole = new ArrayList<>();
        for (int n : s.children(t.index(), "nmod")) {
            if (s.children(n, "case").stream().anyMatch(c -> s.token(c).lowerWord().equals("of"))) {
                whole.addAll(roles.phrase(s, n));
            }
        }
        int k = t.index() - 1;
        while (k >= 0 && (s.token(k).isAdjective() || s.token(k).pos().equals("DT") || s.token(k).isProperNoun()
                && byS.covering(s.index(), k).isEmpty())) {
            k--;
        }
        if (whole.isEmpty() || k < 1 || !s.token(k).word().equals(",")) {
            return;
        }
        for (ActorMention part : Neighbours.left(s, k - 1, byS, 1)) {
            for (ActorMention w : whole) {
                sink.add(cue.type(), part, w, when(s, t));
            }
        }
    }

    /** "the coalition, which backs President Hadi", "Iran arms the Houthis": subject to object. */
    private void verb(Sentence s, Token t) {
        Cue cue = t.isVerb() ? cues.find(t.lowerLemma(), Kind.VERB) : null;
        if (cue == null || !s.children(t.index(), "aux:pass").isEmpty()) {
            return;
        }
        List<ActorMention> subjects = new ArrayList<>();
        for (int subj : s.children(t.index(), "nsubj")) {
            subjects.addAll(roles.phrase(s, subj));
        }
        Dependency up = s.headEdge(t.index());
        if (subjects.isEmpty() && up != null && up.relation().startsWith("acl") && up.governor() >= 0) {
            subjects.addAll(roles.phrase(s, up.governor()));
        }
        if (subjects.isEmpty()) {
            subjects.addAll(lostSubject(s, t.index()));
        }
        for (int obj : s.children(t.index(), "obj")) {
            sink.addAll(cue.type(), subjects, roles.phrase(s, obj), when(s, t));
        }
    }

    /**
     * The subject the parser lost when it made a long subject the root ("Mali and Burkina Faso, neighbours
     * ruled by soldiers who seized power, have backed the junta": root Mali, "backed" a stray dependent):
     * a finite verb with no subject of its own, after a root noun phrase that names actors.
     */
    private List<ActorMention> lostSubject(Sentence s, int verb) {
        int root = -1;
        for (Token k : s.tokens()) {
            Dependency up = s.headEdge(k.index());
            root = up != null && up.governor() < 0 ? k.index() : root;
        }
        boolean finite = s.token(verb).pos().matches("VB[DPZ]") || !s.children(verb, "aux").isEmpty();
        if (root < 0 || root >= verb || !s.token(root).isNoun() || !finite) {
            return List.of();
        }
        return roles.phrase(s, root);
    }

    /** "the last cities it holds ...": the holder controls the towns the sentence names. */
    private void control(Sentence s, Token t) {
        Cue cue = t.isVerb() ? cues.find(t.lowerLemma(), Kind.CONTROL_VERB) : null;
        if (cue == null) {
            return;
        }
        for (int obj : s.children(t.index(), "obj")) {
            if (a.in().placeAt(s.index(), obj) == null) {
                return; // "hold talks", "control the crowd": not territory
            }
        }
        List<ActorMention> holders = new ArrayList<>();
        for (int subj : s.children(t.index(), "nsubj")) {
            holders.addAll(roles.phrase(s, subj));
        }
        Dependency up = s.headEdge(t.index());
        while (holders.isEmpty() && up != null && up.governor() >= 0
                && (up.relation().equals("xcomp") || up.relation().equals("conj"))) {
            for (int subj : s.children(up.governor(), "nsubj")) {
                holders.addAll(roles.phrase(s, subj));
            }
            up = s.headEdge(up.governor());
        }
        for (ActorMention h : holders) {
            for (RelationInput.Spot p : a.in().places()) {
                if (p.sentence() == s.index() && p.isPoint()
                        && !org.faultline.time.Clauses.inOtherClause(s, p.tokenStart(), t.index(), CLAUSES)) {
                    sink.addPlace(h, p.ref(), when(s, t));
                }
            }
        }
    }

    /** A relation stated at a cue word: dated by the cue's clause, the sentence as evidence. */
    private RelationSink.When when(Sentence s, Token t) {
        return new RelationSink.When(a.dates().start(s, t.index()), a.dates().until(s, t.index()),
                new Span(s.start(), s.end()), new Span(t.start(), t.end()));
    }
}
