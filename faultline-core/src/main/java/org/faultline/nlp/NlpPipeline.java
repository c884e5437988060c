package org.faultline.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.faultline.ingest.Article;

/**
 * The one place that touches CoreNLP: builds the pipeline once per JVM and turns its annotations into
 * {@link AnnotatedArticle}. Settings are chosen for speed: the 3-class NER model without the
 * fine-grained pass (about 15x cheaper than the default), no coreference (cheap rules do that later),
 * SUTime for normalised dates anchored on the published date, UD dependency parsing.
 */
public final class NlpPipeline {

    private static volatile NlpPipeline shared;

    private final StanfordCoreNLP corenlp;

    private NlpPipeline(Properties props) {
        this.corenlp = new StanfordCoreNLP(props);
    }

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
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
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
        return props;
    }

    /** CoreNLP's per-annotator time since this pipeline was built (for {@code faultline bench}). */
    public String annotatorTiming() {
        return corenlp.timingInformation();
    }

    public AnnotatedArticle annotate(Article article) {
        Annotation doc = new Annotation(article.text());
        LocalDate published = article.published();
        if (published != null) {
            doc.set(CoreAnnotations.DocDateAnnotation.class, published.toString());
        }
        corenlp.annotate(doc);
        List<Sentence> sentences = new ArrayList<>();
        List<EntityMention> entities = new ArrayList<>();
        List<TimeExpression> times = new ArrayList<>();
        List<CoreMap> coreSentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        for (int si = 0; si < coreSentences.size(); si++) {
            CoreMap cs = coreSentences.get(si);
            List<CoreLabel> labels = cs.get(CoreAnnotations.TokensAnnotation.class);
            List<Token> tokens = new ArrayList<>(labels.size());
            for (int ti = 0; ti < labels.size(); ti++) {
                CoreLabel l = labels.get(ti);
                String ner = l.ner() == null ? "O" : l.ner();
                tokens.add(new Token(ti, l.originalText(), l.lemma() == null ? l.word() : l.lemma(), l.tag(), ner,
                        l.beginPosition(), l.endPosition()));
            }
            sentences.add(new Sentence(si, cs.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                    cs.get(CoreAnnotations.CharacterOffsetEndAnnotation.class), List.copyOf(tokens), dependencies(cs)));
            collectMentions(cs, si, labels, entities, times);
        }
        return new AnnotatedArticle(article, List.copyOf(sentences), List.copyOf(entities), List.copyOf(times));
    }

    private static List<Dependency> dependencies(CoreMap sentence) {
        SemanticGraph graph = sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
        List<Dependency> deps = new ArrayList<>();
        if (graph == null) {
            return deps;
        }
        for (var root : graph.getRoots()) {
            deps.add(new Dependency(-1, root.index() - 1, "root"));
        }
        for (SemanticGraphEdge e : graph.edgeIterable()) {
            deps.add(new Dependency(e.getGovernor().index() - 1, e.getDependent().index() - 1, e.getRelation().toString()));
        }
        deps.sort((a, b) -> Integer.compare(a.dependent(), b.dependent()));
        return List.copyOf(deps);
    }

    private static void collectMentions(CoreMap cs, int si, List<CoreLabel> labels, List<EntityMention> entities,
                                        List<TimeExpression> times) {
        List<CoreMap> mentions = cs.get(CoreAnnotations.MentionsAnnotation.class);
        if (mentions == null) {
            return;
        }
        int sentenceFirstToken = labels.isEmpty() ? 0 : labels.get(0).get(CoreAnnotations.TokenBeginAnnotation.class);
        for (CoreMap m : mentions) {
            String type = m.get(CoreAnnotations.NamedEntityTagAnnotation.class);
            int tb = m.get(CoreAnnotations.TokenBeginAnnotation.class) - sentenceFirstToken;
            int te = m.get(CoreAnnotations.TokenEndAnnotation.class) - sentenceFirstToken;
            int start = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            String text = m.get(CoreAnnotations.TextAnnotation.class);
            Timex timex = m.get(TimeAnnotations.TimexAnnotation.class);
            if (timex != null) {
                times.add(new TimeExpression(text, timex.timexType(), timex.value(), si, tb, te, start, end));
            } else if (type != null && !isNumeric(type)) {
                entities.add(new EntityMention(text, type, si, tb, te, start, end));
            }
        }
    }

    private static boolean isNumeric(String type) {
        return switch (type) {
            case "NUMBER", "ORDINAL", "PERCENT", "MONEY", "DATE", "TIME", "DURATION", "SET" -> true;
            default -> false;
        };
    }
}
