package org.faultline.nlp;

import java.util.List;
import org.faultline.ingest.Article;

/**
 * An article with the linguistic annotations the extractors need. No CoreNLP type leaks past this
 * record: extractors see only sentences, tokens, dependency edges, entity mentions and times.
 */
public record AnnotatedArticle(Article article, List<Sentence> sentences, List<EntityMention> entities,
                               List<TimeExpression> times) {

    public String text() { return article.text(); }

    /** The sentence containing a character offset, or null. */
    public Sentence sentenceAt(int offset) {
        for (Sentence s : sentences) {
            if (offset >= s.start() && offset < s.end()) {
                return s;
            }
        }
        return null;
    }
}
