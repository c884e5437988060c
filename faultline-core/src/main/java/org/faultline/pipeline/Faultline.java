package org.faultline.pipeline;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.faultline.actors.ActorDirectory;
import org.faultline.actors.ActorMention;
import org.faultline.actors.ActorRecognizer;
import org.faultline.actors.KnowledgeBase;
import org.faultline.analysis.Analysis;
import org.faultline.analysis.Analyzer;
import org.faultline.analysis.Event;
import org.faultline.analysis.Relation;
import org.faultline.events.CodeTable;
import org.faultline.events.EventExtractor;
import org.faultline.events.PlaceSpot;
import org.faultline.events.TriggerDictionary;
import org.faultline.ingest.Article;
import org.faultline.nlp.AnnotatedArticle;
import org.faultline.nlp.NlpPipeline;
import org.faultline.relations.RelationExtractor;

/**
 * The analysis pipeline: NLP, actors, places, events, relations. Stages are independent classes
 * behind small interfaces; this class only wires them. Thread-safe: stages hold no per-article state.
 */
public final class Faultline implements Analyzer {
    private final Function<Article, AnnotatedArticle> nlp;
    private final ActorRecognizer actors;
    private final Geoparser geo;
    private final EventExtractor events;
    private final RelationExtractor relations = new RelationExtractor();

    public Faultline(Function<Article, AnnotatedArticle> nlp, KnowledgeBase kb, TriggerDictionary triggers,
                     Geoparser geo) {
        this.nlp = nlp;
        this.actors = new ActorRecognizer(kb);
        this.geo = geo;
        this.events = new EventExtractor(triggers, new CodeTable());
    }

    /** The default pipeline: shared CoreNLP, bundled knowledge base, triggers and gazetteer. */
    public static Faultline standard() {
        return new Faultline(NlpPipeline.shared()::annotate, KnowledgeBase.bundled(), TriggerDictionary.bundled(),
                Geoparsers.standard());
    }

    /**
     * The default pipeline with user data files layered over the bundled ones: actor files (same JSON
     * shapes as faultline/actors/) override entries by id, trigger files add or remove patterns.
     */
    public static Faultline withUserData(List<java.nio.file.Path> actorFiles, List<java.nio.file.Path> triggerFiles) {
        if (actorFiles.isEmpty() && triggerFiles.isEmpty()) {
            return standard();
        }
        KnowledgeBase kb = actorFiles.isEmpty() ? KnowledgeBase.bundled() : KnowledgeBase.load(actorFiles);
        TriggerDictionary triggers = triggerFiles.isEmpty() ? TriggerDictionary.bundled()
                : TriggerDictionary.load(triggerFiles);
        return new Faultline(NlpPipeline.shared()::annotate, kb, triggers, Geoparsers.standard());
    }

    @Override
    public Analysis analyze(Article article) {
        return analyze(nlp.apply(article));
    }

    public Analysis analyze(AnnotatedArticle doc) {
        List<ActorMention> named = actors.recognizeNamed(doc);
        Set<String> countries = named.stream().map(ActorMention::country).filter(c -> c != null)
                .collect(Collectors.toSet());
        Geoparser.Located located = geo.locate(doc, countries);
        PlaceSpot focus = focusPlace(located.spots());
        String focusCountry = focus != null && focus.place().country() != null ? focus.place().country()
                : ActorRecognizer.focusCountry(named);
        List<ActorMention> mentions = withoutPlaces(actors.complete(doc, named, focusCountry), located.spots());
        EventExtractor.Result found = events.extract(doc, mentions, located.spots(), focus);
        List<Relation> rels = relations.extract(doc, mentions, located.spots(), found);
        Set<String> participants = new HashSet<>();
        for (Event e : found.events()) {
            e.source().forEach(a -> participants.add(a.id()));
            e.target().forEach(a -> participants.add(a.id()));
        }
        for (Relation r : rels) {
            participants.add(r.source().id());
            if (r.target() != null) {
                participants.add(r.target().id());
            }
        }
        return new Analysis(doc.article(), found.events(), ActorDirectory.build(mentions, participants),
                located.places(), rels, found.counts());
    }

    /** An unknown name that the gazetteer resolved ("Shusha" tagged PERSON) is a place, not an actor. */
    private static List<ActorMention> withoutPlaces(List<ActorMention> mentions, List<PlaceSpot> spots) {
        return mentions.stream().filter(m -> m.kind() != ActorMention.Kind.UNKNOWN || spots.stream()
                .noneMatch(p -> p.span().overlaps(m.span()))).toList();
    }

    /** The place the article is about: the most often named town, else the most often named place. */
    static PlaceSpot focusPlace(List<PlaceSpot> spots) {
        Map<String, Long> counts = spots.stream().collect(Collectors.groupingBy(s -> s.place().id(),
                Collectors.counting()));
        PlaceSpot best = null;
        for (PlaceSpot s : spots) {
            if (best == null || rank(s, counts) > rank(best, counts)) {
                best = s;
            }
        }
        return best;
    }

    private static long rank(PlaceSpot s, Map<String, Long> counts) {
        return counts.get(s.place().id()) * 2 + (s.isPoint() ? 1 : 0);
    }
}
