package org.faultline.actors;

import org.faultline.analysis.Span;

/**
 * One place in the text that names an actor. {@code kind} says how it was found: NAMED (knowledge-base
 * alias), NATIONAL ("Iraqi soldiers", "Turkish"), GENERIC ("protesters", attached to the country in
 * context), UNKNOWN (an organisation or person NER found that the knowledge base lacks).
 */
public record ActorMention(String id, String name, String type, String country, String parent, boolean known,
                           Kind kind, String text, int sentence, int tokenStart, int tokenEnd, Span span) {

    public enum Kind { NAMED, NATIONAL, GENERIC, UNKNOWN }

    public boolean covers(int sentenceIndex, int token) {
        return sentence == sentenceIndex && token >= tokenStart && token < tokenEnd;
    }

    /** This mention as an event's or relation's reference to its actor. */
    public org.faultline.analysis.ActorRef ref() {
        return new org.faultline.analysis.ActorRef(id, name, text, country, type, known, span);
    }

    public boolean isPerson() { return "PERSON".equals(type); }

    /** A government or its forces: who arrests rather than abducts. */
    public boolean isState() { return "GOVERNMENT".equals(type) || "STATE_FORCES".equals(type); }

    public boolean isArmed() {
        return switch (type == null ? "" : type) {
            case "STATE_FORCES", "REBEL", "MILITIA", "JIHADIST" -> true;
            default -> false;
        };
    }

    public static ActorMention of(ActorEntry e, Kind kind, String text, int sentence, int tokenStart, int tokenEnd,
                                  Span span) {
        return new ActorMention(e.id(), e.name(), e.type(), e.country(), e.parent(), true, kind, text, sentence,
                tokenStart, tokenEnd, span);
    }
}
