package org.faultline.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActorNetworkTest {
    @TempDir
    Path dir;

    @Test
    void edgesWeighSupportingSentencesWithFirstAndLastDate() {
        try (Store s = Store.open(dir.resolve("n.db"))) {
            Fixtures.corpus().forEach(s::put);
            ActorNetwork.Graph g = ActorNetwork.build(s, null, null);
            assertEquals(List.of(
                    new ActorNetwork.Edge("ISIS", "PESHMERGA", "HOSTILE", 1, LocalDate.of(2016, 6, 20), LocalDate.of(2016, 6, 20)),
                    new ActorNetwork.Edge("YPG", "SDF", "SUPPORTS", 2, LocalDate.of(2016, 6, 9), LocalDate.of(2016, 6, 9))),
                    g.edges());
            assertEquals(List.of("ISIS", "PESHMERGA", "SDF", "YPG"), g.nodes().stream().map(ActorNetwork.Node::id).toList());
            assertEquals(new ActorNetwork.Node("YPG", "People's Protection Units", "REBEL", "SYR"), g.nodes().get(3));

            ActorNetwork.Graph june = ActorNetwork.build(s, LocalDate.of(2016, 6, 1), LocalDate.of(2016, 6, 15));
            assertEquals(1, june.edges().size());
            assertEquals(List.of("SDF", "YPG"), june.nodes().stream().map(ActorNetwork.Node::id).toList());
        }
    }
}
