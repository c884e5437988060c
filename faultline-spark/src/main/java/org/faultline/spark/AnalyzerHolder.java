package org.faultline.spark;

import org.faultline.analysis.Analyzer;
import org.faultline.pipeline.Faultline;

/**
 * One analyzer per executor JVM, built lazily on first use (loading CoreNLP takes seconds and about a
 * gigabyte): never per record or per partition. Thread-safe, so an executor's task threads share it.
 */
final class AnalyzerHolder {
    private static volatile Analyzer analyzer;

    private AnalyzerHolder() {
    }

    static Analyzer get() {
        Analyzer a = analyzer;
        if (a == null) {
            synchronized (AnalyzerHolder.class) {
                a = analyzer;
                if (a == null) {
                    a = Faultline.standard();
                    analyzer = a;
                }
            }
        }
        return a;
    }
}
