package org.faultline.relations;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.faultline.actors.ActorMention;
import org.faultline.analysis.ActorRef;
import org.faultline.analysis.Event;
import org.faultline.analysis.PlaceRef;
import org.faultline.analysis.Relation;
import org.faultline.analysis.Span;
import org.faultline.grammar.Anaphora;
import org.faultline.events.EventExtractor;
import org.faultline.events.PlaceSpot;
import org.faultline.grammar.PhraseActors;
import org.faultline.grammar.SentenceActors;
import org.faultline.nlp.AnnotatedArticle;
import org.faultline.nlp.Dependency;
import org.faultline.nlp.ParseGraph;
import org.faultline.nlp.Sentence;
import org.faultline.nlp.Token;

/**
 * Standing relations between actors (SUPPORTS, ALLIED, HOSTILE, PART_OF) and of actors over places
 * (CONTROLS), from the cue constructions of faultline/relations/cues.tsv and from events: aid implies
 * support, a captured town is controlled, and war or repeated fighting between two parties is
 * hostility. Nothing is inferred from mere co-occurrence.
 */
public final class RelationExtractor {
    private static final Set<String> BREAKS = Set.of("\u2013", "\u2014", ";", "(", ")", ":");

    private final RelationCues cues = new RelationCues();
    private final RelationConstructions constructions = RelationConstructions.bundled();

    public List<Relation> extract(AnnotatedArticle doc, List<ActorMention> actors, List<PlaceSpot> places,
                                  EventExtractor.Result events) {
        SentenceActors byS = new SentenceActors(actors);
        Anaphora anaphora = new Anaphora(actors, doc.sentences());
        PhraseActors roles = new PhraseActors(byS, anaphora);
        RelationDates dates = new RelationDates(doc);
        ConstructionRelations stated = new ConstructionRelations(roles::phrase,
                (s, k) -> byS.covering(s.index(), k), (s, k) -> placeAt(places, s, k), dates);
        Parties parties = new Parties();
        List<List<RelationConstructions.Hit>> hits = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            hits.add(constructions.matches(new ParseGraph(s, PlaceSpot.tokensIn(places, s.index()))));
            stated.links(s, hits.get(hits.size() - 1), parties);
        }
        for (ActorMention m : actors) {
            Sentence s = doc.sentences().get(m.sentence());
            roles.phrase(s, m.tokenEnd() - 1).forEach(named -> parties.link(m, named)); // "rebels led by HTS"
        }
        RelationSink sink = new RelationSink(parties, dates.published());
        List<ConstructionRelations.Capture> captures = new ArrayList<>();
        List<ConstructionRelations.Ending> endings = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            stated.apply(s, hits.get(s.index()), sink, captures, endings);
            for (Token t : s.tokens()) {
                hyphen(s, t, byS, places, sink, dates);
                if (!byS.covering(s.index(), t.index()).isEmpty()) {
                    continue; // "Rapid Support Forces": a word of a name is no cue
                }
                withPhrase(s, t, byS, sink, dates);
                modifier(s, t, byS, roles, anaphora, sink, dates);
                possessive(s, t, byS, anaphora, sink, dates);
                ofNoun(s, t, byS, roles, sink, dates);
                control(s, t, roles, places, sink, dates);
                verb(s, t, roles, sink, dates);
            }
        }
        List<ConstructionRelations.Capture> attacks = new ArrayList<>();
        EventRelations.add(events.events(), events.captures(), events.symmetric(), sink, captures, attacks);
        Takeovers.apply(captures, attacks, endings, sink);
        return sink.relations();
    }

    private void hyphen(Sentence s, Token t, SentenceActors byS, List<PlaceSpot> places, RelationSink sink,
                        RelationDates dates) {
        RelationCues.Cue cue = cues.hyphenSuffix(t.word());
        List<ActorMention> prefix;
        if (cue != null) {
            prefix = byS.covering(s.index(), t.index());
        } else if (t.index() >= 2 && s.token(t.index() - 1).word().equals("-")
                && (cue = cues.find(t.lowerWord(), "hyphen")) != null) {
            prefix = byS.covering(s.index(), t.index() - 2); // the tokenizer split "US-backed"
        } else {
            return;
        }
        if (cue.type().equals("CONTROLS")) {
            PlaceRef held = rightPlace(places, s, t.index() + 1);
            for (ActorMention holder : prefix) {
                if (held != null) {
                    sink.addPlace(holder, held, when(dates, s, t)); // "the Houthi-held port of Hodeidah"
                }
            }
            return;
        }
        List<ActorMention> modified = rightActors(s, t.index() + 1, byS, 5);
        sink.addAll(cue.type(), prefix, modified, when(dates, s, t));
    }

    private void withPhrase(Sentence s, Token t, SentenceActors byS, RelationSink sink, RelationDates dates) {
        RelationCues.Cue cue = cues.find(t.lowerWord(), "with");
        if (cue == null) {
            return;
        }
        int with = -1;
        for (int k = t.index() - 1; k >= Math.max(0, t.index() - 5); k--) {
            if (s.token(k).lowerWord().equals("with")) {
                with = k;
                break;
            }
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
        List<ActorMention> backed = leftActors(s, with - 1, byS, 8);
        sink.addAll(cue.type(), backers, backed, when(dates, s, t));
    }

    private void modifier(Sentence s, Token t, SentenceActors byS, PhraseActors roles, Anaphora anaphora, RelationSink sink, RelationDates dates) {
        RelationCues.Cue cue = cues.find(t.lowerWord(), "modifier");
        RelationCues.Cue withVerb = cues.find(t.lowerLemma(), "with-verb");
        if (cue != null && t.index() > 0) {
            List<ActorMention> modified = rightActors(s, t.index() + 1, byS, 4);
            ActorMention owner = null;
            Token before = s.token(t.index() - 1);
            if (before.pos().startsWith("PRP")) {
                owner = anaphora.resolve(s, t.index() - 1);
            }
            for (ActorMention b : modified) {
                if (owner != null) {
                    sink.add(cue.type(), owner, b, when(dates, s, t));
                }
            }
        }
        if (withVerb != null && t.index() + 1 < s.tokens().size() && s.token(t.index() + 1).lowerWord().equals("with")) {
            List<ActorMention> partners = rightActors(s, t.index() + 2, byS, 9);
            List<ActorMention> subjects = modifiedBy(s, t.index(), byS, roles);
            sink.addAll(withVerb.type(), subjects, partners, when(dates, s, t));
        }
    }

    /** "Iran, its main opponent": the possessor stands in the relation with the apposed actor. */
    private void possessive(Sentence s, Token t, SentenceActors byS, Anaphora anaphora, RelationSink sink, RelationDates dates) {
        RelationCues.Cue cue = cues.find(t.lowerLemma(), "possessive");
        RelationCues.Cue reversed = cues.find(t.lowerLemma(), "possessive-reversed");
        if ((cue == null && reversed == null) || !t.isNoun()) {
            return;
        }
        int poss = -1;
        for (int k = t.index() - 1; k >= Math.max(0, t.index() - 3); k--) {
            if (s.token(k).pos().equals("PRP$")) {
                poss = k;
                break;
            }
        }
        if (poss < 0 || poss == 0 || !s.token(poss - 1).word().equals(",")) {
            return;
        }
        List<ActorMention> apposed = leftActors(s, poss - 2, byS, 2);
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
        if (owner == null) {
            owner = anaphora.resolve(s, poss);
        }
        if (owner == null || owner.id().equals(exclude.id())) {
            return;
        }
        for (ActorMention b : apposed) {
            if (reversed != null) {
                sink.add(reversed.type(), b, owner, when(dates, s, t));
            } else {
                sink.add(cue.type(), owner, b, when(dates, s, t));
            }
        }
    }

    /** "Jabhat al-Nusra, the Syrian wing of al-Qa'ida": PART_OF(apposed, of-phrase). */
    private void ofNoun(Sentence s, Token t, SentenceActors byS, PhraseActors roles, RelationSink sink, RelationDates dates) {
        RelationCues.Cue cue = cues.find(t.lowerLemma(), "of-noun");
        if (cue == null || !t.isNoun()) {
            return;
        }
        List<ActorMention> whole = new ArrayList<>();
        for (int n : s.children(t.index(), "nmod")) {
            if ("of".equals(caseOf(s, n))) {
                whole.addAll(roles.phrase(s, n));
            }
        }
        if (whole.isEmpty()) {
            return;
        }
        int k = t.index() - 1;
        while (k >= 0 && (s.token(k).isAdjective() || s.token(k).pos().equals("DT") || s.token(k).isProperNoun()
                && byS.covering(s.index(), k).isEmpty())) {
            k--;
        }
        if (k < 1 || !s.token(k).word().equals(",")) {
            return;
        }
        for (ActorMention part : leftActors(s, k - 1, byS, 1)) {
            for (ActorMention w : whole) {
                sink.add(cue.type(), part, w, when(dates, s, t));
            }
        }
    }

    /** "the coalition, which backs President Hadi", "Iran arms the Houthis": subject to object. */
    private void verb(Sentence s, Token t, PhraseActors roles, RelationSink sink, RelationDates dates) {
        RelationCues.Cue cue = t.isVerb() ? cues.find(t.lowerLemma(), "verb") : null;
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
        for (int obj : s.children(t.index(), "obj")) {
            sink.addAll(cue.type(), subjects, roles.phrase(s, obj), when(dates, s, t));
        }
    }

    /** "the last cities it holds ...": the holder controls the towns the sentence names. */
    private void control(Sentence s, Token t, PhraseActors roles, List<PlaceSpot> places, RelationSink sink, RelationDates dates) {
        RelationCues.Cue cue = t.isVerb() ? cues.find(t.lowerLemma(), "control-verb") : null;
        if (cue == null) {
            return;
        }
        for (int obj : s.children(t.index(), "obj")) {
            if (places.stream().noneMatch(p -> p.covers(s.index(), obj))) {
                return; // "hold talks", "control the crowd": not territory
            }
        }
        List<ActorMention> holders = new ArrayList<>();
        for (int subj : s.children(t.index(), "nsubj")) {
            holders.addAll(roles.phrase(s, subj));
        }
        if (holders.isEmpty()) {
            Dependency up = s.headEdge(t.index());
            while (up != null && up.governor() >= 0 && (up.relation().equals("xcomp") || up.relation().equals("conj"))) {
                for (int subj : s.children(up.governor(), "nsubj")) {
                    holders.addAll(roles.phrase(s, subj));
                }
                up = holders.isEmpty() ? s.headEdge(up.governor()) : null;
            }
        }
        for (ActorMention h : holders) {
            for (PlaceSpot p : places) {
                if (p.sentence() == s.index() && p.isPoint() && !inOtherClause(s, p.tokenStart(), t.index())) {
                    sink.addPlace(h, new PlaceRef(p.place(), p.span(), "sentence"), when(dates, s, t));
                }
            }
        }
    }

    /** The actors a participle or relative clause describes: its governor phrase, else those just before it. */
    private static List<ActorMention> modifiedBy(Sentence s, int token, SentenceActors byS, PhraseActors roles) {
        Dependency up = s.headEdge(token);
        if (up != null && up.governor() >= 0 && (up.relation().startsWith("acl") || up.relation().equals("amod"))) {
            List<ActorMention> gov = roles.phrase(s, up.governor());
            if (!gov.isEmpty()) {
                return gov;
            }
        }
        return leftActors(s, token - 1, byS, 12);
    }

    /** Actors right after a position: the head phrase and its coordination. */
    private static List<ActorMention> rightActors(Sentence s, int from, SentenceActors byS, int window) {
        List<ActorMention> out = new ArrayList<>();
        for (int k = from; k < Math.min(s.tokens().size(), from + window); k++) {
            List<ActorMention> here = byS.covering(s.index(), k);
            int after = here.isEmpty() ? k : here.get(0).tokenEnd();
            if (!here.isEmpty() && after + 1 < s.tokens().size() && s.token(after).word().equals("-")) {
                k = after + 1; // "the UN-backed government": UN modifies, the government is the actor
                continue;
            }
            if (!here.isEmpty()) {
                out.addAll(here);
                return out;
            }
            if (BREAKS.contains(s.token(k).word()) || s.token(k).isVerb()) {
                break;
            }
        }
        return out;
    }

    /** The actors before a position, with the coordination they stand in ("the army and Shia militias"). */
    private static List<ActorMention> leftActors(Sentence s, int from, SentenceActors byS, int window) {
        List<ActorMention> out = new ArrayList<>();
        int k = from;
        for (; k >= 0 && k > from - window; k--) {
            if (BREAKS.contains(s.token(k).word()) && !out.isEmpty()) {
                break;
            }
            List<ActorMention> here = byS.covering(s.index(), k);
            if (!here.isEmpty() && !byS.inByPhrase(s, here.get(0).tokenStart())) {
                out.addAll(0, here);
                k = here.get(0).tokenStart();
                // coordination: "X and Y", "X, Y and Z"
                int j = k - 1;
                while (j >= 1 && (s.token(j).lowerWord().equals("and") || s.token(j).word().equals(","))) {
                    List<ActorMention> more = byS.covering(s.index(), j - 1);
                    if (more.isEmpty() && j >= 2) {
                        more = byS.covering(s.index(), j - 2);
                    }
                    if (more.isEmpty()) {
                        break;
                    }
                    out.addAll(0, more);
                    j = more.get(0).tokenStart() - 1;
                }
                return out;
            }
        }
        return out;
    }

    private static final Set<String> CLAUSES = Set.of("advcl", "acl", "ccomp", "parataxis");

    /** Whether a place sits in an adverbial, relative or complement clause that does not contain the verb. */
    private static boolean inOtherClause(Sentence s, int node, int verb) {
        return org.faultline.time.Clauses.inOtherClause(s, node, verb, CLAUSES);
    }

    private static String caseOf(Sentence s, int token) {
        for (int c : s.children(token, "case")) {
            return s.token(c).lowerWord();
        }
        return null;
    }

    private static Span span(Token t) {
        return new Span(t.start(), t.end());
    }

    /** A relation stated at a cue word: dated by the cue's clause, the sentence as evidence. */
    private static RelationSink.When when(RelationDates dates, Sentence s, Token t) {
        return new RelationSink.When(dates.start(s, t.index()), dates.until(s, t.index()), new Span(s.start(), s.end()),
                span(t));
    }

    /** The first place within the noun phrase after a position ("-held port of Hodeidah"). */
    private static PlaceRef rightPlace(List<PlaceSpot> places, Sentence s, int from) {
        for (int k = from; k < Math.min(s.tokens().size(), from + 5); k++) {
            PlaceRef p = placeAt(places, s, k);
            if (p != null) {
                return p;
            }
            if (BREAKS.contains(s.token(k).word()) || s.token(k).word().equals(",") || s.token(k).isVerb()) {
                break;
            }
        }
        return null;
    }

    /** The place spot at a token, as a relation's target. */
    private static PlaceRef placeAt(List<PlaceSpot> places, Sentence s, int token) {
        for (PlaceSpot p : places) {
            if (p.covers(s.index(), token)) {
                return new PlaceRef(p.place(), p.span(), "sentence");
            }
        }
        return null;
    }
}
