package org.faultline.analysis;

/**
 * The codes an event maps to in other schemes, for the exports. The ACLED types are null where ACLED
 * would not code the event.
 */
public record EventCodes(String cameoRoot, int quadClass, String acledEventType, String acledSubEventType) {

    /** The same CAMEO codes with these ACLED types. */
    public EventCodes withAcled(String eventType, String subEventType) {
        return new EventCodes(cameoRoot, quadClass, eventType, subEventType);
    }
}
