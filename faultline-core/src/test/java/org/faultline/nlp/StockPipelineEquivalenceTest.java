package org.faultline.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.time.LocalDate;
import java.util.Properties;
import org.faultline.ingest.Article;
import org.junit.jupiter.api.Test;

/**
 * Faultline's own NER and parser wrappers ({@link TimeGatedNer}, {@link BasicDependencyParser}) give
 * exactly what CoreNLP's stock {@code ner} and {@code depparse} give: tags, normalised values, time
 * expressions, entity mentions and basic dependencies, on text mixing sentences with and without times.
 * CoreNLP shares one loaded parser per model, so the stock {@code depparse} here runs on the classifier
 * {@link BasicDependencyParser} installed; {@code ColumnOrderClassifierTest} compares that classifier
 * with a privately loaded stock one.
 */
class StockPipelineEquivalenceTest {
    private static final String TEXT = "A citizen of Kyrgyzstan on Wednesday pleaded not guilty to charges of lying. "
            + "Militants stormed the police station in Kunduz and seized weapons. "
            + "Witnesses at the time remember people running in all directions. "
            + "The IRA's Belfast brigade had detonated at least 20 bombs by the end of the day. "
            + "One soldier and a third of the villagers were wounded in the annual parade. "
            + "Sixty percent of the town's pro-government militia fled toward the border. "
            + "The ministry condemned the al-Shabaab attack as a crime against civilians. "
            + "Since a new offensive began on 23 May, some 68,000 civilians have fled Fallujah.";

    @Test
    void gatedPipelineEqualsStockCoreNlp() {
        Article article = new Article("stock-equivalence", LocalDate.parse("2024-06-05"), null, null, null, TEXT, "test");
        AnnotatedArticle ours = NlpPipeline.shared().annotate(article);

        Properties props = NlpPipeline.defaultProperties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        Annotation doc = new Annotation(TEXT);
        doc.set(CoreAnnotations.DocDateAnnotation.class, "2024-06-05");
        new StanfordCoreNLP(props).annotate(doc);
        WindowCollector stock = new WindowCollector();
        stock.add(doc, 0);
        AnnotatedArticle theirs = stock.build(article);

        assertEquals(theirs.sentences(), ours.sentences(), "tokens, tags and basic dependencies");
        assertEquals(theirs.entities(), ours.entities());
        assertEquals(theirs.times(), ours.times());
        assertFalse(ours.times().isEmpty(), "the text has time expressions");
        assertTrue(ours.sentences().stream().allMatch(s -> !s.dependencies().isEmpty()), "every sentence is parsed");
    }
}
