package org.faultline.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.faultline.LongArticles;
import org.faultline.ingest.Article;
import org.junit.jupiter.api.Test;

/** Annotating in windows gives the same sentences, tokens, offsets and mentions as annotating at once. */
class TextWindowsTest {
    private static final NlpPipeline NLP = NlpPipeline.shared();

    @Test
    void windowsChangeNothingButMemory() {
        Article article = LongArticles.of(6_000);
        AnnotatedArticle whole = NLP.annotate(article, 1_000_000, Integer.MAX_VALUE);
        AnnotatedArticle windowed = NLP.annotate(article, 700, Integer.MAX_VALUE);
        assertTrue(whole.sentences().size() > 20, "several windows' worth of sentences");
        assertEquals(whole.sentences(), windowed.sentences(), "sentences, tokens, tags, offsets and parses");
        assertEquals(whole.entities(), windowed.entities());
        assertEquals(whole.times(), windowed.times());
        assertTokensAreTheirText(windowed);
    }

    @Test
    void textWithoutSentenceEndsIsCutAtTokensAndKeepsItsOffsets() {
        String text = "militants attacked a checkpoint and troops fired back near Goma ".repeat(120);
        Article article = new Article("flat", LocalDate.of(2020, 5, 4), null, null, null, text, "flat.txt");
        AnnotatedArticle windowed = NLP.annotate(article, 1_000, Integer.MAX_VALUE);
        AnnotatedArticle whole = NLP.annotate(article, 1_000_000, Integer.MAX_VALUE);
        assertEquals(words(whole), words(windowed), "every token once, in order, at the same offsets");
        assertTokensAreTheirText(windowed);
    }

    @Test
    void onlyTheStartIsAnnotatedUpToTheLimitAtASentenceEnd() {
        Article article = LongArticles.of(6_000);
        AnnotatedArticle whole = NLP.annotate(article, 1_000_000, Integer.MAX_VALUE);
        AnnotatedArticle capped = NLP.annotate(article, 700, 2_500);
        List<Sentence> kept = capped.sentences();
        assertEquals(whole.sentences().subList(0, kept.size()), kept, "a prefix of the whole article's sentences");
        assertTrue(kept.get(kept.size() - 1).end() <= 2_500);
        long endingBeforeLimit = whole.sentences().stream().filter(s -> s.end() <= 2_500).count();
        assertTrue(kept.size() >= endingBeforeLimit - 1, "at most the sentence at the limit is left out");
    }

    private static List<String> words(AnnotatedArticle a) {
        return a.sentences().stream().flatMap(s -> s.tokens().stream())
                .map(t -> t.word() + "@" + t.start() + "-" + t.end()).toList();
    }

    private static void assertTokensAreTheirText(AnnotatedArticle a) {
        int previousEnd = 0;
        for (Sentence s : a.sentences()) {
            assertTrue(s.start() >= previousEnd, "sentences in order, not overlapping");
            for (Token t : s.tokens()) {
                assertEquals(t.word(), a.text().substring(t.start(), t.end()), "token text at its offsets");
            }
            previousEnd = s.end();
        }
    }
}
