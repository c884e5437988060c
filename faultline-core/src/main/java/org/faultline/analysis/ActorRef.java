package org.faultline.analysis;

/**
 * An actor as it takes part in one event or relation: the resolved identity (id, canonical name,
 * type, country) plus the exact mention in this sentence that names it.
 */
public record ActorRef(String id, String name, String text, String country, String type, boolean known,
                       Span mention) {
}
