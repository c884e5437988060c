package org.faultline.store.control;

/**
 * One stored CONTROLS relation: {@code actorId} held the place from {@code start} (as the text or the
 * published date gives it: YYYY, YYYY-MM or YYYY-MM-DD; null when the text states only an end) until
 * {@code end} when the text says so. {@code party} is who the control belongs to: a state's sectors (its
 * army, its government) are one party, every other actor its own.
 */
public record Claim(String actorId, String actorName, String party, String start, String end, Evidence evidence) {

    /** The party of an actor: the state for a state or one of its sectors ("SYR/MIL" is "SYR"), else the actor. */
    public static String partyOf(String actorId, String country) {
        return country != null && (actorId.equals(country) || actorId.startsWith(country + "/")) ? country : actorId;
    }
}
