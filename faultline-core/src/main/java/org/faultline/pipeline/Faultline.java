package org.faultline.pipeline;

import java.util.EnumMap;
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
import org.faultline.events.Continuations;
import org.faultline.events.Counterparts;
import org.faultline.events.EventExtractor;
import org.faultline.events.PlaceSpot;
import org.faultline.grammar.ArticlePatterns;
import org.faultline.events.TriggerDictionary;
import org.faultline.ingest.Article;
import org.faultline.lexicon.Lexicon;
import org.faultline.nlp.AnnotatedArticle;
import org.faultline.nlp.NlpPipeline;
import org.faultline.relations.RelationExtractor;
import org.faultline.relations.RelationInput;
import org.faultline.salience.Salience;

/**
 * The analysis pipeline: NLP, then an ordered list of {@link Step}s (named actors, places, the other
 * actors, events, relations), each timed the same way when a {@link StageTimer} is given. Stages are
 * independent classes behind small interfaces; this class only wires them. Thread-safe: stages hold no
 * per-article state (each article's findings live in its own {@link ArticleWork}).
 */
public final class Faultline implements Analyzer {
    private final Function<Article, AnnotatedArticle> nlp;
    private final ActorRecognizer actors;
    private final Geoparser geo;
    private final EventExtractor events;
    private final RelationExtractor relations;
    private final StageTimer timer;
    private final List<Step> steps;
    private final ArticleGuards guards;
    private final AcledCoder acled = new AcledCoder(new CodeTable());
    private final CodeTable codes = new CodeTable();
    private final Continuations continuations = new Continuations();
    private final Counterparts counterparts = new Counterparts(codes);
    private final Salience salience = new Salience();

    public Faultline(Function<Article, AnnotatedArticle> nlp, KnowledgeBase kb, TriggerDictionary triggers,
                     Geoparser geo) {
        this(nlp, Lexicon.english(), kb, triggers, geo);
    }

    /** The pipeline with the words of {@code lexicon} (one per language, built once) handed to its stages. */
    private Faultline(Function<Article, AnnotatedArticle> nlp, Lexicon lexicon, KnowledgeBase kb,
                      TriggerDictionary triggers, Geoparser geo) {
        this(nlp, new ActorRecognizer(kb, lexicon), geo, new EventExtractor(triggers, new CodeTable(), lexicon),
                new RelationExtractor(kb, lexicon), null, new ArticleGuards());
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
        this.steps = steps();
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

    /** The steps in order; each reads what earlier ones left in the article's work. */
    private List<Step> steps() {
        return List.of(
                new Step("named actors", StageTimer.Stage.ACTORS, w -> {
                    w.named = actors.recognizeNamed(w.doc);
                    w.namedCountries = w.named.stream().map(ActorMention::country).filter(c -> c != null)
                            .collect(Collectors.toSet());
                }),
                new Step("places", StageTimer.Stage.GEO, w -> {
                    w.located = geo.locate(w.doc, w.namedCountries);
                    w.focus = focusPlace(w.located.spots());
                }),
                new Step("other actors", StageTimer.Stage.ACTORS, w -> {
                    String focusCountry = w.focus != null && w.focus.place().country() != null
                            ? w.focus.place().country() : ActorRecognizer.focusCountry(w.named);
                    w.mentions = withoutPlaces(actors.complete(w.doc, w.named, focusCountry), w.located.spots(),
                            w.doc.text());
                }),
                new Step("events", StageTimer.Stage.EVENTS,
                        w -> {
                            w.patterns = new ArticlePatterns(w.doc, i -> PlaceSpot.tokensIn(w.located.spots(), i));
                            w.found = events.extract(w.doc, w.mentions, w.located.spots(), w.focus, w.patterns);
                        }),
                new Step("relations", StageTimer.Stage.RELATIONS, w -> {
                    w.relations = relations.extract(relationInput(w));
                    w.analysis = assemble(w);
                }));
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
        long c0 = StageTimer.threadCpuNanos();
        AnnotatedArticle doc = nlp.apply(article);
        timer.record(StageTimer.Stage.NLP, System.nanoTime() - t0, StageTimer.threadCpuNanos() - c0);
        return analyze(doc);
    }

    /** Runs the steps in order; with a timer, each stage's time per article is reported once. */
    public Analysis analyze(AnnotatedArticle doc) {
        ArticleWork work = new ArticleWork(doc);
        if (timer == null) {
            steps.forEach(step -> step.action().accept(work));
            return work.analysis;
        }
        Map<StageTimer.Stage, long[]> spent = new EnumMap<>(StageTimer.Stage.class); // wall, CPU
        for (Step step : steps) {
            long t0 = System.nanoTime();
            long c0 = StageTimer.threadCpuNanos();
            step.action().accept(work);
            long[] s = spent.computeIfAbsent(step.stage(), k -> new long[2]);
            s[0] += System.nanoTime() - t0;
            s[1] += StageTimer.threadCpuNanos() - c0;
        }
        spent.forEach((stage, s) -> timer.record(stage, s[0], s[1]));
        return work.analysis;
    }

    /**
     * The analysis: unstated sources and targets filled from context, events coded for ACLED and scored
     * for salience (all after relations, which see only what the text states).
     */
    private Analysis assemble(ArticleWork w) {
        List<Event> events = salience.score(w.doc, acled.code(w.doc, counterparts.fill(w.mentions,
                continuations.fill(w.doc, w.mentions, w.found.events(), codes))));
        Set<String> participants = new HashSet<>();
        for (Event e : events) {
            e.source().forEach(a -> participants.add(a.id()));
            e.target().forEach(a -> participants.add(a.id()));
        }
        for (Relation r : w.relations) {
            participants.add(r.source().id());
            if (r.target() != null) {
                participants.add(r.target().id());
            }
        }
        return new Analysis(w.doc.article(), events, ActorDirectory.build(w.mentions, participants),
                w.located.places(), w.relations, w.found.counts());
    }

    /** The relations stage's input: what the earlier stages found, in the stage's own terms. */
    private static RelationInput relationInput(ArticleWork w) {
        List<RelationInput.Spot> spots = w.located.spots().stream()
                .map(p -> new RelationInput.Spot(p.sentence(), p.tokenStart(), p.tokenEnd(), p.span(), p.place())).toList();
        return new RelationInput(w.doc, w.mentions, spots, w.found.events(), w.found.symmetric(), w.found.captures(),
                w.patterns);
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
