package org.faultline.pipeline;

import java.util.function.Function;
import org.faultline.analysis.Analysis;
import org.faultline.ingest.Article;

/**
 * What the pipeline checks before analysing an article. One not in English ({@link LanguageGuard}) is
 * refused with {@link ArticleSkippedException}, naming the article and its language: no analysis at all,
 * never one analysed into nothing. A sport, business or weather report ({@link TopicGuard}) is analysed
 * for its actors and places, but gives no events, relations or counts, and its analysis says why
 * ({@link org.faultline.analysis.Analysis#notice()}).
 */
public final class ArticleGuards {
    private final LanguageGuard language = new LanguageGuard();
    private final TopicGuard topic = new TopicGuard();

    /** {@code analysis} of the article, guarded: refused when not English, without events when off-topic. */
    public Analysis analyze(Article article, Function<Article, Analysis> analysis) {
        checkLanguage(article);
        String offTopic = offTopic(article);
        Analysis a = analysis.apply(article);
        return offTopic == null ? a : a.withoutEvents("article " + article.id() + " has no conflict events: " + offTopic);
    }

    /** Throws {@link ArticleSkippedException} when the article is not in English. */
    public void checkLanguage(Article article) {
        String why = language.refusal(article);
        if (why != null) {
            throw new ArticleSkippedException(article.id(), why);
        }
    }

    /** Why the article gives no conflict events (its topic and cues), or null when it may be conflict news. */
    public String offTopic(Article article) {
        return topic.refusal(article);
    }
}
