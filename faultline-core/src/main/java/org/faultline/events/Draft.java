package org.faultline.events;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.faultline.analysis.ActorRef;
import org.faultline.analysis.Event;
import org.faultline.analysis.EventDate;
import org.faultline.analysis.PlaceRef;
import org.faultline.analysis.Span;

/** An event being assembled from a trigger, its roles, place, date and counts, before it is built. */
final class Draft {
    String type;
    String mode;
    List<ActorRef> source;
    List<ActorRef> target;
    PlaceRef place;
    EventDate date;
    String modality;
    Span evidence;
    Span trigger;
    int head;
    TriggerPattern pattern;
    boolean nominal;
    ActorRef attribution;
    String lemma;
    boolean capture;
    /** A definite noun naming an act told before ("the bombing"): takes that act's parties (Restatements). */
    boolean restates;
    /** A killing without a killer: only its victims count, as the target of its sentence's attack (SentenceMerges). */
    boolean casualty;
    /**
     * Its subject is "both sides" or "each side": the parties told before (BothSides); {@code reciprocal}: "the
     * other"; {@code onlyBySides}: without those parties it is no event.
     */
    boolean bothSides;
    boolean reciprocal;
    boolean onlyBySides;
    final Map<String, Long> counts = new LinkedHashMap<>();

    /** Builds the event; an actor named as both source and target stays only the target: victims never act. */
    Event build(CodeTable codes) {
        Set<String> hit = ids(target);
        List<ActorRef> source = this.source.stream().filter(a -> !hit.contains(a.id())).toList();
        return new Event(type, mode, source, target, place, date, modality, Map.copyOf(counts), evidence, trigger,
                attribution, codes.codes(type, mode, source, target));
    }

    static Set<String> ids(List<ActorRef> refs) {
        return refs.stream().map(ActorRef::id).collect(Collectors.toSet());
    }
}
