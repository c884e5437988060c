package org.faultline.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a text into windows of whole sentences for annotation. CoreNLP's annotations of a whole long
 * article are several times its size and its time grows with it, so a long article is annotated one
 * window at a time: a window of about {@code size} characters is tokenised and split into sentences,
 * and its last sentence, which may run past the window, is left for the next window. The sentence
 * splitter decides every cut, so windows change no sentence of the text.
 */
final class TextWindows {

    /** A window's split annotation (offsets relative to the window) and the characters it covers. */
    record Window(Annotation doc, int length) {
    }

    private final StanfordCoreNLP split;
    private final int size;

    /** @param split a tokenize,ssplit pipeline */
    TextWindows(StanfordCoreNLP split, int size) {
        this.split = split;
        this.size = size;
    }

    /**
     * The next window of {@code text} starting at {@code from}, not extending past {@code end} (the end
     * of the part to analyse), or null when {@code [from, end)} holds no complete sentence: the part
     * ends inside the (ordinary) sentence that starts there.
     */
    Window next(String text, int from, int end, String docDate) {
        int to = Math.min(end, from + size);
        Annotation doc = split(text.substring(from, to), docDate);
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        if (to == text.length()) {
            return new Window(doc, to - from); // the text ends here: every sentence is complete
        }
        if (sentences.size() >= 2) {
            return new Window(dropLastSentence(doc), sentenceEnd(sentences.get(sentences.size() - 2)));
        }
        if (sentences.isEmpty()) {
            return to == end ? null : new Window(doc, to - from); // only spaces
        }
        // One sentence runs past the window. Text without sentence ends (more tokens than a sentence may
        // have: it is cut into pieces anyway) is kept up to its last token, which the window may have cut
        // off; an ordinary sentence cut by the limit is left out. A token longer than a window is kept whole.
        List<CoreLabel> tokens = doc.get(CoreAnnotations.TokensAnnotation.class);
        if (to == end && tokens.size() <= NlpPipeline.MAX_SENTENCE_TOKENS) {
            return null;
        }
        int cut = tokens.get(tokens.size() - 1).beginPosition();
        return cut == 0 ? new Window(doc, to - from) : new Window(split(text.substring(from, from + cut), docDate), cut);
    }

    private Annotation split(String text, String docDate) {
        Annotation doc = new Annotation(text);
        if (docDate != null) {
            doc.set(CoreAnnotations.DocDateAnnotation.class, docDate);
        }
        split.annotate(doc);
        return doc;
    }

    private static int sentenceEnd(CoreMap sentence) {
        return sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
    }

    /** The document without its last sentence (and that sentence's tokens). */
    private static Annotation dropLastSentence(Annotation doc) {
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        List<CoreMap> kept = new ArrayList<>(sentences.subList(0, sentences.size() - 1));
        int tokenEnd = kept.get(kept.size() - 1).get(CoreAnnotations.TokenEndAnnotation.class);
        List<CoreLabel> tokens = doc.get(CoreAnnotations.TokensAnnotation.class);
        doc.set(CoreAnnotations.SentencesAnnotation.class, kept);
        doc.set(CoreAnnotations.TokensAnnotation.class, new ArrayList<>(tokens.subList(0, tokenEnd)));
        return doc;
    }
}
