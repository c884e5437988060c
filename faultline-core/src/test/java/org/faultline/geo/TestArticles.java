package org.faultline.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.faultline.ingest.Article;
import org.faultline.nlp.AnnotatedArticle;
import org.faultline.nlp.EntityMention;
import org.faultline.nlp.Sentence;
import org.faultline.nlp.Token;

/**
 * Builds {@link AnnotatedArticle}s by hand for the geo tests, without CoreNLP: tokens split on
 * whitespace and punctuation (possessive "'s" and hyphens apart, as CoreNLP does; a few abbreviations
 * keep their full stop, as CoreNLP's list does), sentences end at
 * . ! ? or a line break, and NER comes from a map of surface strings to entity types, tagged at
 * every occurrence. Lower-case tokens get no part of speech, capitalised ones NNP.
 */
final class TestArticles {

    /** Abbreviations CoreNLP keeps whole with their full stop, as its tokenizer's list does. */
    private static final String ABBREVIATIONS = "(?:U\\.S\\.|Mo\\.|Ky\\.|Fla\\.|Kan\\.|Que\\.)";
    private static final Pattern TOKEN = Pattern.compile(ABBREVIATIONS
            + "|[\\p{L}\\p{N}]+(?:['\u2019.][\\p{L}\\p{N}]+)*|\\S");

    private TestArticles() {
    }

    static AnnotatedArticle of(String text) {
        return of(text, Map.of());
    }

    static AnnotatedArticle of(String text, Map<String, String> ner) {
        List<int[]> spans = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            int s = m.start();
            int e = m.end();
            String w = text.substring(s, e);
            if (w.length() > 2 && (w.endsWith("'s") || w.endsWith("\u2019s"))) {
                spans.add(new int[] {s, e - 2});
                spans.add(new int[] {e - 2, e});
            } else {
                spans.add(new int[] {s, e});
            }
        }
        // sentences
        List<List<int[]>> sentences = new ArrayList<>();
        List<int[]> current = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            int[] t = spans.get(i);
            if (!current.isEmpty() && text.substring(current.get(current.size() - 1)[1], t[0]).contains("\n")) {
                sentences.add(current);
                current = new ArrayList<>();
            }
            current.add(t);
            String w = text.substring(t[0], t[1]);
            if (w.equals(".") || w.equals("!") || w.equals("?")) {
                sentences.add(current);
                current = new ArrayList<>();
            }
        }
        if (!current.isEmpty()) {
            sentences.add(current);
        }
        List<Sentence> out = new ArrayList<>();
        List<EntityMention> entities = new ArrayList<>();
        for (int si = 0; si < sentences.size(); si++) {
            List<int[]> ts = sentences.get(si);
            String[] tags = new String[ts.size()];
            java.util.Arrays.fill(tags, "O");
            for (Map.Entry<String, String> e : ner.entrySet()) {
                tagAll(text, ts, si, e.getKey(), e.getValue(), tags, entities);
            }
            List<Token> tokens = new ArrayList<>();
            for (int i = 0; i < ts.size(); i++) {
                String w = text.substring(ts.get(i)[0], ts.get(i)[1]);
                String pos = Character.isUpperCase(w.codePointAt(0)) ? "NNP" : "";
                tokens.add(new Token(i, w, w.toLowerCase(java.util.Locale.ROOT), pos, tags[i], ts.get(i)[0], ts.get(i)[1]));
            }
            out.add(new Sentence(si, ts.get(0)[0], ts.get(ts.size() - 1)[1], tokens, List.of()));
        }
        entities.sort(java.util.Comparator.comparingInt(EntityMention::start));
        Article a = new Article("test", null, null, null, null, text, "test");
        return new AnnotatedArticle(a, out, entities, List.of());
    }

    private static void tagAll(String text, List<int[]> ts, int sentence, String surface, String type, String[] tags,
                               List<EntityMention> entities) {
        for (int i = 0; i < ts.size(); i++) {
            int start = ts.get(i)[0];
            if (!text.startsWith(surface, start)) {
                continue;
            }
            int end = start + surface.length();
            for (int j = i; j < ts.size(); j++) {
                if (ts.get(j)[1] == end) {
                    for (int k = i; k <= j; k++) {
                        tags[k] = type;
                    }
                    entities.add(new EntityMention(surface, type, sentence, i, j + 1, start, end));
                    break;
                }
                if (ts.get(j)[1] > end) {
                    break;
                }
            }
        }
    }
}
