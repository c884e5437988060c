package org.faultline.relations;

import java.util.List;
import org.faultline.actors.ActorMention;
import org.faultline.analysis.ActorRef;

/**
 * What changes of control imply once the whole article is read: whoever took a place another party
 * held is hostile to that party and ends its control (unless both took it together), whoever attacked
 * a place another party holds is hostile to it, and a stated withdrawal or loss ends the holder's control.
 * A loss the article states without saying when the holder took the place is still a relation: the
 * holder controlled it until then (no start), which the store's control view needs across articles.
 */
final class Takeovers {

    static void apply(List<ConstructionRelations.Capture> captures, List<ConstructionRelations.Capture> attacks,
                      List<ConstructionRelations.Ending> endings, RelationSink sink) {
        for (ConstructionRelations.Capture a : attacks) {
            for (ActorRef holder : sink.holders(a.place().place().id(), a.taker().id())) {
                sink.add("HOSTILE", a.taker(), holder, a.when()); // "an offensive on Manbij, a city held by the SDF"
            }
        }
        for (ConstructionRelations.Capture c : captures) {
            String place = c.place().place().id();
            for (ActorRef holder : sink.holders(place, c.taker().id())) {
                if (takenTogether(captures, c, holder)) {
                    continue; // "Rwandan and Mozambican troops retook the town": partners, not rivals
                }
                sink.add("HOSTILE", c.taker(), holder, c.when());
                sink.endControl(holder, place, c.when().start());
            }
        }
        for (ConstructionRelations.Ending e : endings) {
            for (ActorMention holder : e.holders()) {
                if (!sink.endControl(sink.ref(holder), e.place().place().id(), e.when().start())) {
                    sink.addEnded(holder, e.place(), e.when());
                }
            }
        }
    }

    private static boolean takenTogether(List<ConstructionRelations.Capture> captures,
                                         ConstructionRelations.Capture c, ActorRef holder) {
        return captures.stream().anyMatch(o -> o.taker().id().equals(holder.id())
                && o.place().place().id().equals(c.place().place().id()) && o.when().evidence().equals(c.when().evidence()));
    }

    private Takeovers() {
    }
}
