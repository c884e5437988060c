package org.faultline.events;

import java.util.List;
import java.util.Set;
import org.faultline.actors.ActorMention;
import org.faultline.analysis.ActorRef;
import org.faultline.analysis.PlaceRef;
import org.faultline.analysis.RoleBasis;

/**
 * "India fired missiles at nine sites in Pakistan", "Russian drones struck Kharkiv": an attack by one
 * state's side on ground of another state is aimed at that state, as the dictionary coders (PETRARCH's
 * place-to-country agents) and the gold code it. Only the clause's own place counts (not the sentence's
 * or the article's), every source must belong to a different country, and the state must be an actor
 * the article names elsewhere, so its identity comes from the knowledge base; the reference points at
 * the place's mention in this clause.
 */
final class ForeignGround {
    private static final Set<String> CLAUSE_BASES = Set.of("object", "clause");

    private final List<ActorMention> mentions;

    ForeignGround(List<ActorMention> mentions) {
        this.mentions = mentions;
    }

    /** The target state, or an empty list when the rule does not apply. */
    List<ActorRef> target(String type, List<ActorRef> source, List<ActorRef> target, PlaceRef place, String text) {
        if (!type.equals("ASSAULT") || !target.isEmpty() || source.isEmpty() || place == null
                || !CLAUSE_BASES.contains(place.basis()) || place.mention() == null) {
            return List.of();
        }
        String country = place.place().country();
        if (country == null || source.stream().anyMatch(a -> a.country() == null || a.country().equals(country))) {
            return List.of();
        }
        for (ActorMention m : mentions) {
            if (m.id().equals(country)) {
                return List.of(new ActorRef(m.id(), m.name(), place.mention().of(text), m.country(), m.type(), m.known(),
                        place.mention(), RoleBasis.TERRITORY));
            }
        }
        return List.of();
    }
}
