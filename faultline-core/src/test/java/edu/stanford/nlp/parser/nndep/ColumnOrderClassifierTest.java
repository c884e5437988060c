package edu.stanford.nlp.parser.nndep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.lang.reflect.Field;
import java.util.Properties;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link ColumnOrderClassifier} gives bit for bit the scores, and so the parses, of CoreNLP's own
 * classifier. Both parsers here are loaded privately, bypassing CoreNLP's shared parser cache, so the
 * stock one is really stock.
 */
class ColumnOrderClassifierTest {
    private static DependencyParser stock;
    private static DependencyParser columns;

    @BeforeAll
    static void load() {
        stock = new DependencyParser(new Properties());
        stock.loadModelFile(DependencyParser.DEFAULT_MODEL);
        columns = new DependencyParser(new Properties());
        columns.loadModelFile(DependencyParser.DEFAULT_MODEL);
        ColumnOrderClassifier.install(columns);
    }

    @Test
    void scoresEqualStockOnRandomFeatures() throws Exception {
        Classifier theirs = classifier(stock);
        Classifier ours = classifier(columns);
        assertInstanceOf(ColumnOrderClassifier.class, ours);
        int vocabulary = theirs.getE().length;
        int features = theirs.getW1()[0].length / theirs.getE()[0].length;
        Random random = new Random(7);
        for (int n = 0; n < 200; n++) {
            int[] feature = new int[features];
            for (int j = 0; j < features; j++) {
                // half the draws from the few ids that fill most slots (null, root, POS tags, labels), which are precomputed
                feature[j] = random.nextBoolean() ? random.nextInt(200) : random.nextInt(vocabulary);
            }
            assertArrayEquals(theirs.computeScores(feature), ours.computeScores(feature), 0.0, "feature vector " + n);
        }
    }

    @Test
    void parsesEqualStock() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos");
        Annotation doc = new Annotation("Militants stormed the police station in Kunduz on Tuesday and seized weapons, officials said. "
                + "Since a new offensive began on 23 May, some 68,000 civilians have fled Fallujah, which the army says it will retake. "
                + "The convoy came under fire near the border crossing; two soldiers were killed and three wounded. "
                + "Rebels of the M23, backed by Rwanda according to UN experts, took control of Goma after heavy shelling.");
        new StanfordCoreNLP(props).annotate(doc);
        int parsed = 0;
        for (CoreMap sentence : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            assertEquals(stock.predict(sentence).typedDependencies().toString(),
                    columns.predict(sentence).typedDependencies().toString());
            parsed++;
        }
        assertEquals(4, parsed);
    }

    @Test
    void installingTwiceKeepsTheFirstClassifier() throws Exception {
        Classifier first = classifier(columns);
        ColumnOrderClassifier.install(columns);
        assertSame(first, classifier(columns));
    }

    private static Classifier classifier(DependencyParser parser) throws ReflectiveOperationException {
        Field field = DependencyParser.class.getDeclaredField("classifier");
        field.setAccessible(true);
        return (Classifier) field.get(parser);
    }
}
