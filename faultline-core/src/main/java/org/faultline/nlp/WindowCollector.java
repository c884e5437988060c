package org.faultline.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import org.faultline.ingest.Article;

/**
 * Turns annotated windows into one {@link AnnotatedArticle}: CoreNLP's offsets, relative to a window,
 * are moved by the window's start so that every offset points into the whole article's text, and
 * sentences are numbered across windows. The CoreNLP objects can be dropped once a window is added.
 */
final class WindowCollector {
    private final List<Sentence> sentences = new ArrayList<>();
    private final List<EntityMention> entities = new ArrayList<>();
    private final List<TimeExpression> times = new ArrayList<>();

    /** Adds the sentences of {@code doc}, a window that starts at character {@code start} of the article. */
    void add(Annotation doc, int start) {
        for (CoreMap cs : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            int si = sentences.size();
            List<CoreLabel> labels = cs.get(CoreAnnotations.TokensAnnotation.class);
            List<Token> tokens = new ArrayList<>(labels.size());
            for (int ti = 0; ti < labels.size(); ti++) {
                CoreLabel l = labels.get(ti);
                String ner = l.ner() == null ? "O" : l.ner();
                tokens.add(new Token(ti, l.originalText(), l.lemma() == null ? l.word() : l.lemma(), l.tag(), ner,
                        start + l.beginPosition(), start + l.endPosition()));
            }
            sentences.add(new Sentence(si, start + cs.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                    start + cs.get(CoreAnnotations.CharacterOffsetEndAnnotation.class), List.copyOf(tokens),
                    dependencies(cs)));
            collectMentions(cs, si, labels, start);
        }
    }

    AnnotatedArticle build(Article article) {
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

    private void collectMentions(CoreMap cs, int si, List<CoreLabel> labels, int start) {
        List<CoreMap> mentions = cs.get(CoreAnnotations.MentionsAnnotation.class);
        if (mentions == null) {
            return;
        }
        int sentenceFirstToken = labels.isEmpty() ? 0 : labels.get(0).get(CoreAnnotations.TokenBeginAnnotation.class);
        for (CoreMap m : mentions) {
            String type = m.get(CoreAnnotations.NamedEntityTagAnnotation.class);
            int tb = m.get(CoreAnnotations.TokenBeginAnnotation.class) - sentenceFirstToken;
            int te = m.get(CoreAnnotations.TokenEndAnnotation.class) - sentenceFirstToken;
            int begin = start + m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = start + m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            String text = m.get(CoreAnnotations.TextAnnotation.class);
            Timex timex = m.get(TimeAnnotations.TimexAnnotation.class);
            if (timex != null) {
                times.add(new TimeExpression(text, timex.timexType(), timex.value(), si, tb, te, begin, end));
            } else if (type != null && !isNumeric(type)) {
                entities.add(new EntityMention(text, type, si, tb, te, begin, end));
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
