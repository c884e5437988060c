package org.faultline.nlp;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * CoreNLP's NER, with SUTime run only on sentences that could hold a time expression. SUTime is about
 * four fifths of NER's time, and a sentence that {@link TimeCues} finds no digit or time word in has
 * nothing for it to find; such sentences get the same CRF, numeric and regexner tagging without it.
 * Both halves of a window are annotated as documents of their own that share its date, tokens and
 * sentence objects, so tags, timexes and entity mentions land where CoreNLP's single pass puts them.
 *
 * <p>Registered with CoreNLP as a custom annotator, so its time shows in the pipeline's timing; it
 * takes the {@code ner.*} properties of the stock annotator. The price is a second copy of the CRF
 * model in memory (about 110 MB).
 */
public final class TimeGatedNer implements Annotator {
    private final NERCombinerAnnotator withTime;
    private final NERCombinerAnnotator withoutTime;
    private final TimeCues cues = TimeCues.bundled();

    /** The constructor CoreNLP calls for {@code customAnnotatorClass.NAME}. */
    public TimeGatedNer(String name, Properties props) {
        try {
            withTime = new NERCombinerAnnotator(withSuTime(props, true));
            withoutTime = new NERCombinerAnnotator(withSuTime(props, false));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the NER models", e);
        }
    }

    private static Properties withSuTime(Properties props, boolean on) {
        Properties p = new Properties();
        p.putAll(props);
        p.setProperty("ner.useSUTime", Boolean.toString(on));
        return p;
    }

    @Override
    public void annotate(Annotation doc) {
        List<CoreMap> timed = new ArrayList<>();
        List<CoreMap> untimed = new ArrayList<>();
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<String> words = s.get(CoreAnnotations.TokensAnnotation.class).stream().map(CoreLabel::word).toList();
            (cues.mayHoldTime(words) ? timed : untimed).add(s);
        }
        run(withTime, doc, timed);
        run(withoutTime, doc, untimed);
        List<CoreMap> mentions = new ArrayList<>();
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreMap> m = s.get(CoreAnnotations.MentionsAnnotation.class);
            if (m != null) {
                mentions.addAll(m);
            }
        }
        doc.set(CoreAnnotations.MentionsAnnotation.class, mentions);
    }

    private static void run(NERCombinerAnnotator ner, Annotation doc, List<CoreMap> sentences) {
        if (sentences.isEmpty()) {
            return;
        }
        Annotation part = new Annotation(doc.get(CoreAnnotations.TextAnnotation.class));
        part.set(CoreAnnotations.DocDateAnnotation.class, doc.get(CoreAnnotations.DocDateAnnotation.class));
        part.set(CoreAnnotations.DocIDAnnotation.class, doc.get(CoreAnnotations.DocIDAnnotation.class));
        part.set(CoreAnnotations.SentencesAnnotation.class, sentences);
        List<CoreLabel> tokens = new ArrayList<>();
        sentences.forEach(s -> tokens.addAll(s.get(CoreAnnotations.TokensAnnotation.class)));
        part.set(CoreAnnotations.TokensAnnotation.class, tokens);
        ner.annotate(part);
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requires() {
        return withTime.requires();
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
        return withTime.requirementsSatisfied();
    }
}
