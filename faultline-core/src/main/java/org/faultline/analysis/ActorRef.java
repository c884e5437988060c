package org.faultline.analysis;

import java.util.List;

/**
 * An actor as it takes part in one event or relation: the resolved identity (id, canonical name,
 * type, country) plus the exact mention that names it, and how the role got it ({@link RoleBasis}):
 * for an inferred role the mention is the earlier one it was taken from.
 */
public record ActorRef(String id, String name, String text, String country, String type, boolean known,
                       Span mention, RoleBasis basis) {

    public ActorRef {
        java.util.Objects.requireNonNull(basis, "every role carries its basis");
    }

    /** An actor the sentence names. */
    public ActorRef(String id, String name, String text, String country, String type, boolean known, Span mention) {
        this(id, name, text, country, type, known, mention, RoleBasis.STATED);
    }

    public ActorRef withBasis(RoleBasis b) {
        return new ActorRef(id, name, text, country, type, known, mention, b);
    }

    /** The actors with this basis, in order. */
    public static List<ActorRef> withBasis(List<ActorRef> refs, RoleBasis b) {
        return refs.stream().map(r -> r.withBasis(b)).toList();
    }
}
