package org.faultline.analysis;

/**
 * A casualty or displacement figure: type is killed, wounded, displaced, detained, missing or
 * abducted; {@code qualifier} keeps "at least" / "more than"; {@code victims} the group counted.
 */
public record CountFact(String type, long number, String qualifier, String victims, String place, Span evidence) {
}
