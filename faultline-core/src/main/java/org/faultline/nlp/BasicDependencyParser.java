package org.faultline.nlp;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.parser.nndep.ColumnOrderClassifier;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.PropertiesUtils;
import java.util.Properties;
import java.util.Set;

/**
 * CoreNLP's neural dependency parser, keeping only the basic UD graph. The stock {@code depparse}
 * annotator also builds collapsed, CC-processed, enhanced and enhanced++ graphs for every sentence,
 * about a fifth of its time, and Faultline reads none of them. Registered with CoreNLP as a custom
 * annotator, so its time shows in the pipeline's timing; it reads the stock {@code depparse.model}.
 * The parser's classifier is swapped for {@link ColumnOrderClassifier}, which computes the same
 * scores in less than half the time.
 */
public final class BasicDependencyParser implements Annotator {
    private final DependencyParser parser;

    /** The constructor CoreNLP calls for {@code customAnnotatorClass.NAME}. */
    public BasicDependencyParser(String name, Properties props) {
        String model = props.getProperty("depparse.model", DependencyParser.DEFAULT_MODEL);
        parser = DependencyParser.loadFromModelFile(model, PropertiesUtils.extractPrefixedProperties(props, "depparse."));
        ColumnOrderClassifier.install(parser);
    }

    @Override
    public void annotate(Annotation doc) {
        for (CoreMap sentence : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            GrammaticalStructure parse = parser.predict(sentence);
            sentence.set(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class,
                    SemanticGraphFactory.makeFromTree(parse, SemanticGraphFactory.Mode.BASIC, GrammaticalStructure.Extras.NONE, null));
        }
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requires() {
        return Set.of(CoreAnnotations.TokensAnnotation.class, CoreAnnotations.SentencesAnnotation.class,
                CoreAnnotations.PartOfSpeechAnnotation.class);
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
        return Set.of(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
    }
}
