package org.faultline.analysis;

/**
 * A standing relation between actors (SUPPORTS, ALLIED, HOSTILE, PART_OF) or between an actor and a
 * place (CONTROLS: {@code targetPlace} set, {@code target} null). {@code date} is when it is stated to
 * hold (often the published date).
 */
public record Relation(String type, ActorRef source, ActorRef target, PlaceRef targetPlace, String date,
                       Span evidence, Span trigger) {
}
