package org.faultline.store.control;

/**
 * Where a statement about control stands: the article, its published date, the sentence and its
 * code-point offsets in the article text, and the cue word ("seized", "-held", "lost control").
 */
public record Evidence(String articleId, String published, String sentence, int start, int end, String trigger,
                       Integer triggerStart, Integer triggerEnd) {
}
