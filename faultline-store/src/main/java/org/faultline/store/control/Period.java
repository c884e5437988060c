package org.faultline.store.control;

import java.util.List;

/**
 * A stretch of one party's control of a place: from the earliest statement in it to its end (null
 * while no end is known), how it ended ({@code taken}: another party took or held the place then;
 * {@code lost}: the text says the holder lost it, withdrew or held it until then) and by what statement.
 */
public record Period(String controllerId, String controller, String party, String from, String to, String ended,
                     String endedBy, Evidence endEvidence, List<Evidence> evidence) {
}
