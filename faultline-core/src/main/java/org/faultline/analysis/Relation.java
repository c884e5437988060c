package org.faultline.analysis;

/**
 * A standing relation between actors (SUPPORTS, ALLIED, HOSTILE, PART_OF) or between an actor and a
 * place (CONTROLS: {@code targetPlace} set, {@code target} null). {@code date} is when it is stated to
 * hold, its start as far as the text tells (the event's or sentence's date, else the published date);
 * {@code end} is when the text says it ended ("until", "lost control of", "withdrew from"), else null.
 */
public record Relation(String type, ActorRef source, ActorRef target, PlaceRef targetPlace, String date,
                       Span evidence, Span trigger, String end) {

    /** A relation with no known end. */
    public Relation(String type, ActorRef source, ActorRef target, PlaceRef targetPlace, String date,
                    Span evidence, Span trigger) {
        this(type, source, target, targetPlace, date, evidence, trigger, null);
    }

    public Relation withEnd(String when) {
        return new Relation(type, source, target, targetPlace, date, evidence, trigger, when);
    }
}
