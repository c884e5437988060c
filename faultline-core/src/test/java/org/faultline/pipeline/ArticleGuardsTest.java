package org.faultline.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.faultline.actors.KnowledgeBase;
import org.faultline.analysis.Analysis;
import org.faultline.TestPipeline;
import org.faultline.events.TriggerDictionary;
import org.faultline.ingest.Article;
import org.faultline.ingest.ArticleSources;
import org.faultline.ingest.ReadResult;
import org.faultline.json.AnalysisJson;
import org.faultline.nlp.NlpPipeline;
import org.junit.jupiter.api.Test;

/**
 * The language and topic guards on corpora written for them (src/test/resources/guards): short news texts
 * in Russian, Arabic, Chinese, French, Spanish, Ukrainian, German and Portuguese are refused with their id
 * and language before any NLP; English sport, business and weather reports give no events, relations or
 * counts through the real pipeline, with the reason in the output; English conflict news that uses sport,
 * business or weather words pass both guards (the dev set: faultline-eval's DevSetGuardsTest).
 */
class ArticleGuardsTest {
    private static final Path CORPORA = Path.of("src", "test", "resources", "guards");
    private static final Map<String, String> LANGUAGES = Map.of("ru", "Russian", "ar", "Arabic", "zh", "Chinese",
            "fr", "French", "es", "Spanish", "uk", "Ukrainian", "de", "German", "pt", "Portuguese");

    private static List<Article> read(Path... files) {
        List<Article> out = new ArrayList<>();
        for (ReadResult r : new ArticleSources().readAll(List.of(files), null)) {
            assertTrue(r.isArticle(), String.valueOf(r.problem()));
            out.add(r.article());
        }
        return out;
    }

    @Test
    void everyNonEnglishNewsTextIsRefusedNamingItsLanguage() {
        LanguageGuard guard = new LanguageGuard();
        List<Article> corpus = read(CORPORA.resolve("non-english.jsonl"));
        assertEquals(13, corpus.size());
        for (Article a : corpus) {
            String why = guard.refusal(a);
            String language = LANGUAGES.get(a.id().substring(0, 2));
            assertTrue(why != null && why.startsWith("written in "), a.id() + ": " + why);
            // a short text in a script several listed languages share may be named as a sister language
            if (a.text().length() > 60) {
                assertTrue(why.startsWith("written in " + language + " (" + a.id().substring(0, 2) + ", confidence "),
                        a.id() + ": " + why);
            }
        }
    }

    @Test
    void everySportBusinessAndWeatherReportIsRefusedNamingItsTopicAndCues() {
        TopicGuard guard = new TopicGuard();
        List<Article> corpus = read(CORPORA.resolve("off-topic.jsonl"));
        assertEquals(9, corpus.size());
        for (Article a : corpus) {
            String topic = a.id().substring(0, a.id().indexOf('-'));
            String why = guard.refusal(a);
            assertTrue(why != null && why.startsWith("reads as a " + topic + " report, not conflict news ("), a.id() + ": " + why);
        }
        assertEquals("reads as a weather report, not conflict news (7 weather cues: flood warning, forecasters, gusts, "
                + "heavy rain, met office, mph, storm; 0 conflict cues)", guard.refusal(corpus.get(6)));
    }

    @Test
    void conflictNewsWithSportBusinessOrWeatherWordsIsNotRefused() {
        ArticleGuards guards = new ArticleGuards();
        for (Article a : read(CORPORA.resolve("conflict-with-topic-words.jsonl"))) {
            guards.checkLanguage(a); // throws when refused
            assertNull(guards.offTopic(a), a.id());
        }
        TopicGuard topic = new TopicGuard();
        assertNull(topic.refusal(new Article("x", null, null, null, null,
                "Protesters stormed the parliament in heavy rain as the storm began.", "test")),
                "stormed is no storm: two weather cues against one conflict cue");
        assertNull(topic.refusal(new Article("y", null, null, null, null, "The striker delighted the fans.", "test")), "two cues are not enough");
        assertTrue(topic.refusal(new Article("z", null, null, null, null,
                "The striker's goals delighted the fans in the stadium.", "test")).contains("4 sport cues"), "three suffice");
    }

    @Test
    void sportBusinessAndWeatherReportsGiveNoEventsThroughThePipelineAndSayWhy() {
        Faultline pipeline = TestPipeline.get();
        int unguardedEvents = 0;
        for (Article a : read(CORPORA.resolve("off-topic.jsonl"))) {
            Analysis guarded = pipeline.analyze(a);
            assertEquals(List.of(), guarded.events(), a.id());
            assertEquals(List.of(), guarded.relations(), a.id());
            assertTrue(guarded.notice().startsWith("article " + a.id() + " has no conflict events: reads as a "),
                    guarded.notice());
            // the same text past the guard: the words are those of conflict news
            unguardedEvents += pipeline.analyze(NlpPipeline.shared().annotate(a)).events().size();
        }
        assertTrue(unguardedEvents > 0, "without the guard the reports give events: " + unguardedEvents);
        Analysis football = pipeline.analyze(read(CORPORA.resolve("off-topic.jsonl")).get(0));
        assertTrue(AnalysisJson.line(football).contains("\"notice\":\"article sport-1 has no conflict events: reads as a "
                + "sport report"), "the reason in the output");
    }

    @Test
    void theNlpNeverRunsOnANonEnglishArticleAndTheRefusalNamesIt() {
        Faultline pipeline = new Faultline(a -> {
            throw new AssertionError("NLP ran on " + a.id());
        }, KnowledgeBase.bundled(), TriggerDictionary.bundled(), Geoparsers.standard());
        for (Article a : read(CORPORA.resolve("non-english.jsonl"))) {
            ArticleSkippedException e = assertThrows(ArticleSkippedException.class, () -> pipeline.analyze(a), a.id());
            assertEquals(a.id(), e.articleId());
            assertTrue(e.getMessage().startsWith("article " + a.id() + " not analysed: "), e.getMessage());
        }
    }
}
