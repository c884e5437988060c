package org.faultline.analysis;

import org.faultline.ingest.Article;

/** Turns an article into its analysis. Implementations are thread-safe and built once per JVM. */
public interface Analyzer {
    Analysis analyze(Article article);
}
