package org.faultline.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.faultline.ingest.Article;

/**
 * The one place that touches CoreNLP: builds the pipeline once per JVM and turns its annotations into
 * {@link AnnotatedArticle}. Settings are chosen for speed: the 3-class NER model without the
 * fine-grained pass (about 15x cheaper than the default), no coreference (cheap rules do that later),
 * SUTime for normalised dates anchored on the published date, only on sentences that could hold one
 * ({@link TimeGatedNer}), and UD dependency parsing that builds only the basic graph
 * ({@link BasicDependencyParser}). Both give what the stock annotators give, a third less time.
 *
 * <p>Annotation runs in two steps: tokenize and split sentences, then cut any "sentence" longer than
 * {@link #MAX_SENTENCE_TOKENS} tokens into pieces of at most that length, then tag, recognise and parse.
 * Text without sentence punctuation (a table dump, a list of numbers) is otherwise one huge sentence,
 * and the tagger, SUTime and the parser slow down sharply with sentence length (a single 2,000-token
 * sentence took 13 s). Cutting changes no offsets: sentences are token ranges over the same text.
 *
 * <p>A long article is annotated in windows of whole sentences ({@link #WINDOW_CHARS}), and only up to
 * {@link Article#MAX_ANALYSED_CHARS}: whole, a 1 MB article took 2 GB of heap and more than the 120 s
 * time limit, since CoreNLP's time is about linear in the text (0.13 ms a character on a free core).
 */
public final class NlpPipeline {

    private static volatile NlpPipeline shared;

    /** The longest sentence handed to the tagger, NER and parser; longer ones are cut. */
    public static final int MAX_SENTENCE_TOKENS = 150;

    /** About the most text annotated at once; most articles fit in one window. */
    static final int WINDOW_CHARS = 20_000;

    private final StanfordCoreNLP split;
    private final StanfordCoreNLP analyse;

    private NlpPipeline(Properties props) {
        Properties first = new Properties();
        first.putAll(props);
        first.setProperty("annotators", "tokenize,ssplit");
        Properties second = new Properties();
        second.putAll(props);
        second.setProperty("annotators", STAGE_TWO);
        second.setProperty("enforceRequirements", "false"); // tokens and sentences come from the first step
        this.split = new StanfordCoreNLP(first);
        this.analyse = new StanfordCoreNLP(second);
    }

    /** NER and parsing are Faultline's own wrappers of CoreNLP's models: {@link TimeGatedNer}, {@link BasicDependencyParser}. */
    private static final String STAGE_TWO = "pos,lemma,timegatedner,basicdepparse";

    /** The JVM-wide pipeline, built on first use (model loading takes several seconds). */
    public static NlpPipeline shared() {
        NlpPipeline p = shared;
        if (p == null) {
            synchronized (NlpPipeline.class) {
                p = shared;
                if (p == null) {
                    p = new NlpPipeline(defaultProperties());
                    shared = p;
                }
            }
        }
        return p;
    }

    static Properties defaultProperties() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit," + STAGE_TWO);
        props.setProperty("tokenize.language", "en");
        // Keep quotes and dashes as written so token text equals the source text.
        props.setProperty("tokenize.options", "invertible=true,ptb3Escaping=false,normalizeParentheses=false,normalizeOtherBrackets=false,untokenizable=noneKeep");
        props.setProperty("ssplit.newlineIsSentenceBreak", "two");
        props.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.applyNumericClassifiers", "true");
        props.setProperty("ner.useSUTime", "true");
        props.setProperty("ner.buildEntityMentions", "true");
        props.setProperty("ner.additional.regexner.mapping", "faultline/nlp/regexner.tsv");
        props.setProperty("ner.additional.regexner.ignorecase", "false");
        props.setProperty("sutime.markTimeRanges", "false");
        props.setProperty("sutime.includeRange", "false");
        props.setProperty("depparse.nthreads", "1");
        props.setProperty("customAnnotatorClass.timegatedner", TimeGatedNer.class.getName());
        props.setProperty("customAnnotatorClass.basicdepparse", BasicDependencyParser.class.getName());
        return props;
    }

    /** CoreNLP's per-annotator time since this pipeline was built (for {@code faultline bench}). */
    public String annotatorTiming() {
        return split.timingInformation() + "\n" + analyse.timingInformation();
    }

    /**
     * Annotates the article's text up to {@link Article#MAX_ANALYSED_CHARS} (the last sentence end before
     * it), window by window ({@link TextWindows}), so that memory stays bounded whatever the article's
     * length; offsets point into the whole text.
     */
    public AnnotatedArticle annotate(Article article) {
        return annotate(article, WINDOW_CHARS, Article.MAX_ANALYSED_CHARS);
    }

    /** {@link #annotate(Article)} with other window and length limits (tests use small ones). */
    AnnotatedArticle annotate(Article article, int windowChars, int maxChars) {
        String text = article.text();
        String docDate = article.published() == null ? null : article.published().toString();
        int end = Math.min(text.length(), maxChars);
        TextWindows windows = new TextWindows(split, windowChars);
        WindowCollector collected = new WindowCollector();
        int from = 0;
        while (from < end) {
            TextWindows.Window w = windows.next(text, from, end, docDate);
            if (w == null) {
                break;
            }
            capSentenceLength(w.doc(), MAX_SENTENCE_TOKENS);
            analyse.annotate(w.doc());
            collected.add(w.doc(), from);
            from += w.length();
        }
        return collected.build(article);
    }

    /**
     * Replaces every sentence of more than {@code max} tokens by consecutive sentences of at most
     * {@code max} tokens (cut after the last comma or semicolon in the second half of a piece, if any),
     * renumbering sentences and token indices as the sentence splitter does. A document with no long
     * sentence is left untouched.
     */
    static void capSentenceLength(Annotation doc, int max) {
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        if (sentences == null || sentences.stream().allMatch(s -> s.get(CoreAnnotations.TokensAnnotation.class).size() <= max)) {
            return;
        }
        String text = doc.get(CoreAnnotations.TextAnnotation.class);
        List<CoreMap> result = new ArrayList<>();
        for (CoreMap s : sentences) {
            List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
            if (tokens.size() <= max) {
                renumber(s, result.size());
                result.add(s);
                continue;
            }
            int from = 0;
            while (from < tokens.size()) {
                int to = Math.min(tokens.size(), from + max);
                if (to < tokens.size()) {
                    for (int i = to - 1; i > from + max / 2; i--) {
                        String w = tokens.get(i).word();
                        if (",".equals(w) || ";".equals(w)) {
                            to = i + 1;
                            break;
                        }
                    }
                }
                List<CoreLabel> piece = new ArrayList<>(tokens.subList(from, to));
                int begin = piece.get(0).beginPosition();
                int end = piece.get(piece.size() - 1).endPosition();
                Annotation part = new Annotation(text.substring(begin, end));
                part.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
                part.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
                part.set(CoreAnnotations.TokensAnnotation.class, piece);
                Integer firstToken = piece.get(0).get(CoreAnnotations.TokenBeginAnnotation.class);
                if (firstToken != null) {
                    part.set(CoreAnnotations.TokenBeginAnnotation.class, firstToken);
                    part.set(CoreAnnotations.TokenEndAnnotation.class, firstToken + piece.size());
                }
                String docId = s.get(CoreAnnotations.DocIDAnnotation.class);
                if (docId != null) {
                    part.set(CoreAnnotations.DocIDAnnotation.class, docId);
                }
                renumber(part, result.size());
                result.add(part);
                from = to;
            }
        }
        doc.set(CoreAnnotations.SentencesAnnotation.class, result);
    }

    private static void renumber(CoreMap sentence, int index) {
        sentence.set(CoreAnnotations.SentenceIndexAnnotation.class, index);
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        for (int i = 0; i < tokens.size(); i++) {
            tokens.get(i).setIndex(i + 1);
            tokens.get(i).setSentIndex(index);
        }
    }
}
