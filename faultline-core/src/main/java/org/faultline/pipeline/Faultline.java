package org.faultline.pipeline;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.faultline.acled.AcledCoder;
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
import org.faultline.salience.Salience;

/**
 * The analysis pipeline: NLP, actors, places, events, relations. Stages are independent classes
 * behind small interfaces; this class only wires them. Thread-safe: stages hold no per-article state.
 */
public final class Faultline implements Analyzer {
    private final Function<Article, AnnotatedArticle> nlp;
    private final ActorRecognizer actors;
    private final Geoparser geo;
    private final EventExtractor events;
    private final RelationExtractor relations;
    private final StageTimer timer;
    private final ArticleGuards guards;
    private final AcledCoder acled = new AcledCoder(new CodeTable());
    private final Salience salience = new Salience();

    public Faultline(Function<Article, AnnotatedArticle> nlp, KnowledgeBase kb, TriggerDictionary triggers,
                     Geoparser geo) {
        this(nlp, new ActorRecognizer(kb), geo, new EventExtractor(triggers, new CodeTable()),
                new RelationExtractor(), null, new ArticleGuards());
    }

    private Faultline(Function<Article, AnnotatedArticle> nlp, ActorRecognizer actors, Geoparser geo,
                      EventExtractor events, RelationExtractor relations, StageTimer timer, ArticleGuards guards) {
        this.guards = guards;
        this.nlp = nlp;
        this.actors = actors;
        this.geo = geo;
        this.events = events;
        this.relations = relations;
        this.timer = timer;
    }

    /** The same pipeline (sharing every stage) reporting each stage's time per article into {@code timer}. */
    public Faultline timed(StageTimer timer) {
        return new Faultline(nlp, actors, geo, events, relations, timer, guards);
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

    /**
     * Analyses one article. One not in English is refused with {@link ArticleSkippedException} (its id and
     * language) before any NLP runs; a sport, business or weather report keeps its actors and places but
     * no events, relations or counts, and says why in {@link Analysis#notice()}.
     */
    @Override
    public Analysis analyze(Article article) {
        return guards.analyze(article, this::unguarded);
    }

    private Analysis unguarded(Article article) {
        if (timer == null) {
            return analyze(nlp.apply(article));
        }
        long t0 = System.nanoTime();
        AnnotatedArticle doc = nlp.apply(article);
        timer.record(StageTimer.Stage.NLP, System.nanoTime() - t0);
        return analyze(doc);
    }

    public Analysis analyze(AnnotatedArticle doc) {
        if (timer != null) {
            return analyzeTimed(doc);
        }
        List<ActorMention> named = actors.recognizeNamed(doc);
        Set<String> countries = named.stream().map(ActorMention::country).filter(c -> c != null)
                .collect(Collectors.toSet());
        Geoparser.Located located = geo.locate(doc, countries);
        PlaceSpot focus = focusPlace(located.spots());
        String focusCountry = focus != null && focus.place().country() != null ? focus.place().country()
                : ActorRecognizer.focusCountry(named);
        List<ActorMention> mentions = withoutPlaces(actors.complete(doc, named, focusCountry), located.spots(),
                doc.text());
        EventExtractor.Result found = events.extract(doc, mentions, located.spots(), focus);
        List<Relation> rels = relations.extract(doc, mentions, located.spots(), found);
        return assemble(doc, mentions, located, found, rels);
    }

    /** The analysis, its events coded for ACLED and scored for salience (after relations, which see the raw events). */
    private Analysis assemble(AnnotatedArticle doc, List<ActorMention> mentions, Geoparser.Located located,
                              EventExtractor.Result found, List<Relation> rels) {
        List<Event> events = salience.score(doc, acled.code(doc, found.events()));
        Set<String> participants = new HashSet<>();
        for (Event e : events) {
            e.source().forEach(a -> participants.add(a.id()));
            e.target().forEach(a -> participants.add(a.id()));
        }
        for (Relation r : rels) {
            participants.add(r.source().id());
            if (r.target() != null) {
                participants.add(r.target().id());
            }
        }
        return new Analysis(doc.article(), events, ActorDirectory.build(mentions, participants),
                located.places(), rels, found.counts());
    }

    /** {@link #analyze(AnnotatedArticle)} with each stage's time reported (same steps, same order). */
    private Analysis analyzeTimed(AnnotatedArticle doc) {
        long t0 = System.nanoTime();
        List<ActorMention> named = actors.recognizeNamed(doc);
        Set<String> countries = named.stream().map(ActorMention::country).filter(c -> c != null)
                .collect(Collectors.toSet());
        long t1 = System.nanoTime();
        Geoparser.Located located = geo.locate(doc, countries);
        PlaceSpot focus = focusPlace(located.spots());
        long t2 = System.nanoTime();
        String focusCountry = focus != null && focus.place().country() != null ? focus.place().country()
                : ActorRecognizer.focusCountry(named);
        List<ActorMention> mentions = withoutPlaces(actors.complete(doc, named, focusCountry), located.spots(),
                doc.text());
        long t3 = System.nanoTime();
        EventExtractor.Result found = events.extract(doc, mentions, located.spots(), focus);
        long t4 = System.nanoTime();
        List<Relation> rels = relations.extract(doc, mentions, located.spots(), found);
        Analysis result = assemble(doc, mentions, located, found, rels);
        long t5 = System.nanoTime();
        timer.record(StageTimer.Stage.ACTORS, (t1 - t0) + (t3 - t2));
        timer.record(StageTimer.Stage.GEO, t2 - t1);
        timer.record(StageTimer.Stage.EVENTS, t4 - t3);
        timer.record(StageTimer.Stage.RELATIONS, t5 - t4);
        return result;
    }

    /**
     * An unknown name that the gazetteer resolved ("Shusha" tagged PERSON) is a place, not an actor,
     * here and wherever else the article repeats it (one sense per article).
     */
    private static List<ActorMention> withoutPlaces(List<ActorMention> mentions, List<PlaceSpot> spots,
                                                    String text) {
        Set<String> placeNames = spots.stream().map(p -> p.span().of(text)).collect(Collectors.toSet());
        return mentions.stream().filter(m -> m.kind() != ActorMention.Kind.UNKNOWN || (spots.stream()
                .noneMatch(p -> p.span().overlaps(m.span())) && !placeNames.contains(m.text()))).toList();
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
