package org.faultline.events;

import java.util.List;
import org.faultline.analysis.Span;

/** A trigger found in a sentence: the pattern, its head token and every token it covers. */
public record TriggerMatch(TriggerPattern pattern, int sentence, int head, List<Integer> tokens, Span span) {
}
