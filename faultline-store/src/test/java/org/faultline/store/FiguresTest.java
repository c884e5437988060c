package org.faultline.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FiguresTest {
    private static int seq;

    private static EventMention report(String article, Map<String, Long> counts) {
        return Mentions.of(article + "#e" + ++seq, article, seq, "ASSAULT", null, "2016-06-05", "text",
                Fixtures.MOSUL, "sentence", List.of(), counts);
    }

    @Test
    void theFigureMostArticlesGiveWinsOverAHigherOne() {
        List<EventMention> ms = List.of(report("a", Map.of("killed", 12L)), report("b", Map.of("killed", 12L)),
                report("c", Map.of("killed", 15L)), report("d", Map.of("killed", 9L, "wounded", 30L)));
        assertEquals(Map.of("killed", 12L, "wounded", 30L), Figures.best(ms));
        assertEquals(Map.of("killed", new CanonicalEvent.Range(9, 15), "wounded", new CanonicalEvent.Range(30, 30)),
                Figures.ranges(ms));
    }

    @Test
    void anArticleRepeatingItsFigureCountsOnceAndTiesGoToTheHigher() {
        List<EventMention> ms = List.of(report("a", Map.of("killed", 5L)), report("a", Map.of("killed", 5L)),
                report("b", Map.of("killed", 40L)));
        assertEquals(40L, Figures.best(ms).get("killed"));
    }
}
