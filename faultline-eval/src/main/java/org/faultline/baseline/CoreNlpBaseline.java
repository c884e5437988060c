package org.faultline.baseline;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;
import org.faultline.ingest.Article;

/**
 * The peer baseline for {@code faultline bench}: CoreNLP's default English pipeline with the
 * constituency parser (tokenize, ssplit, pos, lemma, ner, parse: every other setting left at CoreNLP's
 * default), the preprocessing PETRARCH-style coders need before any coding starts. Thread-safe.
 */
public final class CoreNlpBaseline {
    public static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,parse";

    private final StanfordCoreNLP corenlp;

    public CoreNlpBaseline() {
        Properties props = new Properties();
        props.setProperty("annotators", ANNOTATORS);
        this.corenlp = new StanfordCoreNLP(props);
    }

    /**
     * Lets the baseline's models be collected: CoreNLP keeps every annotator it builds in a JVM-wide
     * pool, which would otherwise count towards the next measurement's heap. Pipelines already built
     * (Faultline's) keep their own annotators.
     */
    public static void releaseModels() {
        StanfordCoreNLP.clearAnnotatorPool();
    }

    /** Annotates one article; returns its sentence count so the work cannot be optimised away. */
    public int annotate(Article article) {
        Annotation doc = new Annotation(article.text());
        corenlp.annotate(doc);
        return doc.get(edu.stanford.nlp.ling.CoreAnnotations.SentencesAnnotation.class).size();
    }
}
