package org.faultline.relations;

import java.util.ArrayList;
import java.util.List;
import org.faultline.actors.ActorMention;
import org.faultline.actors.KnowledgeBase;
import org.faultline.analysis.Relation;
import org.faultline.lexicon.Lexicon;
import org.faultline.nlp.Sentence;

/**
 * Standing relations between actors (SUPPORTS, ALLIED, HOSTILE, PART_OF) and of actors over places
 * (CONTROLS): from the declarative constructions of relations/constructions.tsv, the cue words of
 * relations/cues.tsv and the events (aid is support, a captured town is held, fighting between two
 * parties is hostility); then changes of control over the whole article. Nothing is inferred from mere
 * co-occurrence. Reads only its {@link RelationInput}.
 */
public final class RelationExtractor {
    private final RelationCues cues = new RelationCues();
    private final RelationConstructions constructions = RelationConstructions.bundled();
    private final StateAdjectives states;

    private final Lexicon lexicon;

    /**
     * {@code kb}: where a state adjective inside another actor's name ("Turkish-backed factions") is looked up;
     * {@code lexicon}: the words that tell which parties may take a relation.
     */
    public RelationExtractor(KnowledgeBase kb, Lexicon lexicon) {
        this.states = new StateAdjectives(kb);
        this.lexicon = lexicon;
    }

    public List<Relation> extract(RelationInput in) {
        ArticleContext a = ArticleContext.of(in);
        ConstructionRelations stated = new ConstructionRelations(a.roles()::phrase,
                (s, k) -> a.byS().covering(s.index(), k), (s, k) -> in.placeAt(s.index(), k), a.dates());
        Parties parties = new Parties(lexicon);
        List<List<RelationConstructions.Hit>> hits = new ArrayList<>();
        for (Sentence s : in.doc().sentences()) {
            hits.add(constructions.matches(in.patterns().of(s)));
            stated.links(s, hits.get(hits.size() - 1), parties);
        }
        for (ActorMention m : in.actors()) {
            Sentence s = in.doc().sentences().get(m.sentence());
            a.roles().phrase(s, m.tokenEnd() - 1).forEach(named -> parties.link(m, named)); // "rebels led by HTS"
        }
        RelationSink sink = new RelationSink(parties, a.dates().published());
        CueRelations cued = new CueRelations(cues, states, a, sink);
        List<ConstructionRelations.Capture> captures = new ArrayList<>();
        List<ConstructionRelations.Ending> endings = new ArrayList<>();
        for (Sentence s : in.doc().sentences()) {
            stated.apply(s, hits.get(s.index()), sink, captures, endings);
            cued.apply(s);
        }
        List<ConstructionRelations.Capture> attacks = new ArrayList<>();
        EventRelations.add(in.events(), in.captures(), in.symmetric(), sink, captures, attacks);
        Takeovers.apply(captures, attacks, endings, sink);
        return sink.relations();
    }
}
