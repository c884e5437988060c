package org.faultline.store;

/**
 * How an event's actor is identified in its report, which decides whether two reports sharing it is
 * evidence that they tell of one happening.
 */
public enum Specificity {
    /** Named in the text: an alias, a nationality adjective ("Iraqi troops"), a person's or group's name. */
    NAMED,
    /** A knowledge-base actor inferred from a bare agent noun ("the army", "police" in an article about
     *  Syria): the id is probably right, but the text never said whose army. */
    CONTEXTUAL,
    /** An unresolved agent noun ("people", "civilians", "militants"; ids "generic:…"): no identity. */
    GENERIC;

    /** True for NAMED and CONTEXTUAL: the actor has a knowledge-base or NER identity. */
    public boolean identified() {
        return this != GENERIC;
    }
}
