package org.faultline.events;

import java.util.List;
import org.faultline.actors.ActorMention;

/** Who acts and who is acted upon in one event, and the token of a place that is the object, if any. */
public record Roles(List<ActorMention> source, List<ActorMention> target, int placeObject) {
    public boolean isEmpty() { return source.isEmpty() && target.isEmpty(); }
}
