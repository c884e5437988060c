package org.faultline.analysis;

/** The codes an event maps to in other schemes, for the exports. */
public record EventCodes(String cameoRoot, int quadClass, String acledEventType, String acledSubEventType) {
}
