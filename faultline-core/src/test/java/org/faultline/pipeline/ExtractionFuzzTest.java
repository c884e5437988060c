package org.faultline.pipeline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.faultline.actors.KnowledgeBase;
import org.faultline.analysis.Analysis;
import org.faultline.analysis.Span;
import org.faultline.events.TriggerDictionary;
import org.faultline.ingest.Article;
import org.faultline.json.AnalysisJson;
import org.faultline.nlp.AnnotatedArticle;
import org.faultline.nlp.Dependency;
import org.faultline.nlp.EntityMention;
import org.faultline.nlp.Sentence;
import org.faultline.nlp.TimeExpression;
import org.faultline.nlp.Token;

/**
 * Jazzer fuzz target for the rule stages after CoreNLP (actors, places, events, relations, dating):
 * CoreNLP itself is too slow to fuzz, so the fuzz data builds an {@link AnnotatedArticle} directly from
 * a vocabulary of conflict-news words, random tags and entity labels, and a random dependency tree
 * (every token hangs on an earlier one, so it is a tree as the parser's output is). Regression mode
 * (plain {@code mvn test}) runs the seeds in {@code ExtractionFuzzTestInputs/}; see {@code ReaderFuzzTest}.
 */
class ExtractionFuzzTest {
    private static final String[] WORDS = {"Rebels", "attacked", "the", "town", "of", "Aleppo", "on", "Monday", ",",
        "killing", "three", "soldiers", ".", "Iraqi", "army", "forces", "shelled", "Mosul", "Islamic", "State",
        "said", "police", "arrested", "20", "protesters", "in", "Cairo", "Russia", "backed", "by", "Houthi",
        "fighters", "and", "Saudi", "Arabia", "signed", "a", "ceasefire", "with", "Hamas", "Israel", "struck",
        "Gaza", "would", "not", "threatened", "to", "invade", "Ukraine", "Kyiv", "displaced", "1,000", "people",
        "who", "it", "they", "their", "government", "minister", "president", "Erdogan", "met", "Putin", "Libya",
        "Tripoli", "militia", "clashed", "near", "border", "crossing", "dozens", "killed", "wounded", "drone", "strike"};
    private static final String[] TAGS = {"NNP", "NN", "NNS", "VBD", "VBN", "VB", "IN", "DT", "CD", "JJ", ",", ".",
        "PRP", "MD", "RB", "CC", "TO", "WP", "PRP$"};
    private static final String[] NER = {"O", "O", "O", "PERSON", "ORGANIZATION", "LOCATION", "MISC", "NUMBER", "DATE"};
    private static final String[] RELATIONS = {"nsubj", "obj", "obl", "nmod", "amod", "compound", "case", "det",
        "conj", "cc", "advcl", "ccomp", "xcomp", "acl", "acl:relcl", "nummod", "aux", "mark", "punct", "appos",
        "obl:tmod", "nmod:poss", "nsubj:pass", "obl:agent", "advmod", "flat", "dep"};
    private static final String[] TIMEX = {"2020-05-04", "2020-W19", "2020-05", "XXXX-XX-XX", "PRESENT_REF", "2020",
        "P3D", "OFFSET P-1D", "", "19", "2020-13-45", "THIS P1W"};

    private static final class Holder {
        static final Faultline PIPELINE = new Faultline(a -> {
            throw new UnsupportedOperationException("fuzzing starts after CoreNLP");
        }, KnowledgeBase.bundled(), TriggerDictionary.bundled(), Geoparsers.standard());
    }

    @FuzzTest(maxDuration = "60s")
    void extractionNeverThrowsAndSpansStayInTheText(FuzzedDataProvider data) {
        AnnotatedArticle doc = article(data);
        Analysis a = Holder.PIPELINE.analyze(doc);
        int length = doc.text().length();
        a.events().forEach(e -> {
            inside(e.evidence(), length);
            inside(e.trigger(), length);
        });
        AnalysisJson.toJson(a);
    }

    private static void inside(Span s, int length) {
        if (s != null) {
            assertTrue(s.start() >= 0 && s.start() <= s.end() && s.end() <= length, s + " outside 0.." + length);
        }
    }

    static AnnotatedArticle article(FuzzedDataProvider data) {
        StringBuilder text = new StringBuilder();
        List<Sentence> sentences = new ArrayList<>();
        List<EntityMention> entities = new ArrayList<>();
        List<TimeExpression> times = new ArrayList<>();
        int sentenceCount = data.consumeInt(1, 4);
        for (int si = 0; si < sentenceCount && data.remainingBytes() > 0; si++) {
            int n = data.consumeInt(1, 25);
            int sentenceStart = text.length();
            List<Token> tokens = new ArrayList<>();
            List<Dependency> deps = new ArrayList<>();
            for (int ti = 0; ti < n; ti++) {
                String word = data.pickValue(WORDS);
                if (ti > 0) {
                    text.append(' ');
                }
                int start = text.length();
                text.append(word);
                tokens.add(new Token(ti, word, word.toLowerCase(java.util.Locale.ROOT), data.pickValue(TAGS),
                        data.pickValue(NER), start, text.length()));
                deps.add(ti == 0 ? new Dependency(-1, 0, "root")
                        : new Dependency(data.consumeInt(0, ti - 1), ti, data.pickValue(RELATIONS)));
            }
            text.append(' ');
            sentences.add(new Sentence(si, sentenceStart, text.length() - 1, List.copyOf(tokens), List.copyOf(deps)));
            for (int ti = 0; ti < tokens.size(); ) {
                String ner = tokens.get(ti).ner();
                int end = ti + 1;
                while (end < tokens.size() && tokens.get(end).ner().equals(ner)) {
                    end++;
                }
                if (!ner.equals("O")) {
                    int s = tokens.get(ti).start();
                    int e = tokens.get(end - 1).end();
                    if (ner.equals("DATE")) {
                        times.add(new TimeExpression(text.substring(s, e), "DATE", data.pickValue(TIMEX), si, ti, end, s, e));
                    } else if (!ner.equals("NUMBER")) {
                        entities.add(new EntityMention(text.substring(s, e), ner, si, ti, end, s, e));
                    }
                }
                ti = end;
            }
        }
        LocalDate published = data.consumeBoolean() ? null : LocalDate.of(data.consumeInt(1990, 2030), data.consumeInt(1, 12),
                data.consumeInt(1, 28));
        Article article = new Article("fuzz", published, null, null, null, text.toString(), "fuzz");
        return new AnnotatedArticle(article, List.copyOf(sentences), List.copyOf(entities), List.copyOf(times));
    }
}
