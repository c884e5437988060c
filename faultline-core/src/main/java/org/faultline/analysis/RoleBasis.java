package org.faultline.analysis;

import org.faultline.text.ClosedVocabulary;

/**
 * How an event's role got its actor: what the code did, so a reader can tell an actor the sentence names
 * from one carried over from elsewhere in the article. An inferred role's reference ({@link ActorRef#mention})
 * points at the mention it was taken from, outside the event's sentence for every basis but {@link #STATED}
 * and {@link #TERRITORY}. The word is what the JSON, the store and the exports write.
 */
public enum RoleBasis implements ClosedVocabulary.Worded {
    /** The event's own sentence names the actor in this role (a clause of it, or a trigger reporting the same act). */
    STATED("stated"),
    /**
     * A pronoun or description ("it", "the group", "both sides") resolved to an actor named in an earlier
     * sentence ({@code grammar.Anaphora}, "both sides" to the last event's parties).
     */
    ANAPHORA("anaphora"),
    /** A reaction to an act told before ("condemned the strikes") aimed at whoever did it ({@code events.ReactionTargets}). */
    REACTION("reaction"),
    /** The state on whose ground the clause's attack fell ({@code events.ForeignGround}); the mention is the place's. */
    TERRITORY("territory"),
    /**
     * An echo ("Britain followed suit", a construction flagged {@code echo}) takes the target of the act it
     * repeats ({@code events.EventExtractor}).
     */
    ECHO("echo"),
    /**
     * An act told without its actor continues the last act of its type, or a protest takes the article's
     * protesters ({@code events.Continuations}).
     */
    CONTINUED("continued"),
    /** The source's adversary in the article's stated pairs ({@code events.Counterparts}, {@code counterparts.tsv}). */
    COUNTERPART("counterpart"),
    /** Only in stores written before the basis was recorded (schema version 5): the analysis never gives it. */
    UNRECORDED("unrecorded");

    private final String word;

    RoleBasis(String word) {
        this.word = word;
    }

    @Override
    public String word() {
        return word;
    }

    /** Whether the role's actor was taken from outside what its clause names. */
    public boolean inferred() {
        return this != STATED && this != UNRECORDED;
    }

    /** The basis a word names; an unknown word fails, naming where it was read. */
    public static RoleBasis of(String word, String where) {
        return ClosedVocabulary.of(RoleBasis.class, word, where);
    }
}
