package org.faultline.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.faultline.analysis.ActorRef;
import org.faultline.analysis.Analysis;
import org.faultline.analysis.Relation;
import org.faultline.analysis.Span;
import org.faultline.ingest.Article;
import org.junit.jupiter.api.Test;

class ActorGraphTest {
    private static final ActorRef USA = new ActorRef("USA", "United States", "US", "USA", "GOVERNMENT", true, new Span(0, 2));
    private static final ActorRef SDF = new ActorRef("SDF", "Syrian Democratic Forces", "SDF", "SYR", "REBEL", true, new Span(10, 13));
    private static final ActorRef IRN = new ActorRef("IRN", "Iran", "Iran", "IRN", "GOVERNMENT", true, new Span(20, 24));

    private static Analysis analysis(String id, String published, Relation... rels) {
        Article a = new Article(id, LocalDate.parse(published), null, null, null, "x".repeat(200), id);
        return new Analysis(a, List.of(), List.of(), List.of(), List.of(rels), List.of());
    }

    private static Relation rel(String type, ActorRef s, ActorRef t, int sentence) {
        return new Relation(type, s, t, null, null, new Span(sentence, sentence + 10), null);
    }

    @Test
    void edgesCountDistinctSentencesAndSpanDates() {
        ActorGraph.Graph g = ActorGraph.of(List.of(
                analysis("a", "2016-06-01", rel("SUPPORTS", USA, SDF, 0), rel("SUPPORTS", USA, SDF, 0),
                        rel("SUPPORTS", USA, SDF, 50)),
                analysis("b", "2016-07-10", rel("SUPPORTS", USA, SDF, 0), rel("HOSTILE", USA, IRN, 80))), null, null);
        ActorGraph.Edge support = g.edges().get(0);
        assertEquals("SUPPORTS", support.type());
        assertEquals(3, support.weight(), "two sentences of article a, one of article b");
        assertEquals(LocalDate.of(2016, 6, 1), support.first());
        assertEquals(LocalDate.of(2016, 7, 10), support.last());
        assertEquals(3, g.nodes().size());
    }

    @Test
    void symmetricRelationsMergeBothDirectionsAndDatesFilter() {
        ActorGraph.Graph g = ActorGraph.of(List.of(
                analysis("a", "2016-06-01", rel("HOSTILE", USA, IRN, 0)),
                analysis("b", "2016-08-01", rel("HOSTILE", IRN, USA, 0))), null, null);
        assertEquals(1, g.edges().size());
        assertEquals(2, g.edges().get(0).weight());
        ActorGraph.Graph june = ActorGraph.of(List.of(
                analysis("a", "2016-06-01", rel("HOSTILE", USA, IRN, 0)),
                analysis("b", "2016-08-01", rel("HOSTILE", IRN, USA, 0))), LocalDate.of(2016, 6, 1), LocalDate.of(2016, 6, 30));
        assertEquals(1, june.edges().get(0).weight());
    }

}
