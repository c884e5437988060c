package org.faultline.grammar;

import java.util.Set;
import java.util.function.IntFunction;
import org.faultline.nlp.AnnotatedArticle;
import org.faultline.nlp.Sentence;

/**
 * One article's {@link SentencePatterns}, one per sentence, made when first asked: events and relations
 * share them, so a sentence's parse graph is built once per article (building one looks every edge's
 * relation up in CoreNLP's locked table, which two analysis threads contend for).
 */
public final class ArticlePatterns {
    private final SentencePatterns[] sentences;
    private final IntFunction<Set<Integer>> placeTokens;

    /** {@code placeTokens}: a sentence index to the tokens of its resolved places. */
    public ArticlePatterns(AnnotatedArticle doc, IntFunction<Set<Integer>> placeTokens) {
        this.sentences = new SentencePatterns[doc.sentences().size()];
        this.placeTokens = placeTokens;
    }

    public SentencePatterns of(Sentence s) {
        SentencePatterns p = sentences[s.index()];
        if (p == null) {
            p = new SentencePatterns(s, placeTokens.apply(s.index()));
            sentences[s.index()] = p;
        }
        return p;
    }
}
