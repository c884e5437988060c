package org.faultline.pipeline;

import org.faultline.ingest.Article;

/**
 * What the pipeline checks before analysing an article: that it is English ({@link LanguageGuard}) and not
 * a sport, business or weather report ({@link TopicGuard}). An article that fails either is refused with
 * {@link ArticleSkippedException}, naming the article and the reason, never analysed into nothing.
 */
public final class ArticleGuards {
    private final LanguageGuard language = new LanguageGuard();
    private final TopicGuard topic = new TopicGuard();

    /** Throws {@link ArticleSkippedException} when the article is not to be analysed. */
    public void check(Article article) {
        String why = language.refusal(article);
        if (why == null) {
            why = topic.refusal(article); // the topic cues are English words: only for English text
        }
        if (why != null) {
            throw new ArticleSkippedException(article.id(), why);
        }
    }
}
