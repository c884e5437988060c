package org.faultline.analysis;

import java.util.List;
import java.util.Map;

/**
 * One PLOVER event. Every field points back to the text: actors and place carry their mention span,
 * the date its time expression, {@code evidence} is the sentence (or clause) and {@code trigger} the
 * word or phrase that signals the act. {@code attribution} is who reported it ("Human Rights Watch
 * said"), or null. {@code salience} (0 to 1) says how central the event is to its article
 * ({@code salience.Salience}); 0 until the pipeline scores it.
 */
public record Event(String type, String mode, List<ActorRef> source, List<ActorRef> target, PlaceRef place,
                    EventDate date, String modality, Map<String, Long> counts, Span evidence, Span trigger,
                    ActorRef attribution, EventCodes codes, double salience) {

    /** An event not yet scored for salience. */
    public Event(String type, String mode, List<ActorRef> source, List<ActorRef> target, PlaceRef place,
                 EventDate date, String modality, Map<String, Long> counts, Span evidence, Span trigger,
                 ActorRef attribution, EventCodes codes) {
        this(type, mode, source, target, place, date, modality, counts, evidence, trigger, attribution, codes, 0);
    }

    public Event withCodes(EventCodes newCodes) {
        return new Event(type, mode, source, target, place, date, modality, counts, evidence, trigger, attribution,
                newCodes, salience);
    }

    public Event withSalience(double score) {
        return new Event(type, mode, source, target, place, date, modality, counts, evidence, trigger, attribution,
                codes, score);
    }
}
