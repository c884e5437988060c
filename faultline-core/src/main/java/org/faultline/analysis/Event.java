package org.faultline.analysis;

import java.util.List;
import java.util.Map;

/**
 * One PLOVER event. Every field points back to the text: actors and place carry their mention span,
 * the date its time expression, {@code evidence} is the sentence (or clause) and {@code trigger} the
 * word or phrase that signals the act. {@code attribution} is who reported it ("Human Rights Watch
 * said"), or null.
 */
public record Event(String type, String mode, List<ActorRef> source, List<ActorRef> target, PlaceRef place,
                    EventDate date, String modality, Map<String, Long> counts, Span evidence, Span trigger,
                    ActorRef attribution, EventCodes codes) {
}
