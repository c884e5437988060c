package org.faultline.geo;

import java.util.List;
import org.faultline.analysis.Span;

/**
 * A recognised place name before disambiguation, with the context cues found around it. Token
 * range is [tokenStart, tokenEnd) within the sentence; {@code key} groups the mentions that must
 * resolve to one place (one sense per discourse).
 */
final class RawMention {
    final int sentence;
    final int tokenStart;
    final int tokenEnd;
    final Span span;
    final String surface;
    final String key;
    final List<GeoCandidate> candidates;
    /** NER said LOCATION. */
    final boolean ner;
    /** A locative preposition or a "town of" phrase stands before it. */
    final boolean locative;
    /** Followed by "province", "governorate", ...: a first-order division is meant. */
    boolean adminSuffix;
    /** After "city/town/village of": a populated place is meant. */
    boolean cityNoun;
    /** Inside an organisation's name ("Texas Department of Health"): a place, but not where things happen. */
    boolean inName;
    /** A state or province abbreviation after a name and a comma ("Paris, Mo."): it qualifies that name. */
    boolean qualifier;

    // cues that point to another mention, set by CueFinder
    /** "X, in (western) Y", "X, Y", "X in Y": Y should contain X. */
    RawMention container;
    /**
     * The container is stated, not just listed after a comma ("X, in Y", "X, a village in Y", "the X
     * neighbourhood of Y"): when no entry of X lies in Y, X is a place the gazetteer lacks, inside Y.
     */
    boolean explicitContainer;
    /** "X, 40 miles west of Y" / "X, north of Y": X lies about {@code nearKm} from Y. */
    RawMention reference;
    double nearKm;
    /** "the Saudi city of X": X is in this country. */
    String demonymCountry;

    RawMention(int sentence, int tokenStart, int tokenEnd, Span span, String surface, String key,
               List<GeoCandidate> candidates, boolean ner, boolean locative) {
        this.sentence = sentence;
        this.tokenStart = tokenStart;
        this.tokenEnd = tokenEnd;
        this.span = span;
        this.surface = surface;
        this.key = key;
        this.candidates = candidates;
        this.ner = ner;
        this.locative = locative;
    }

    @Override
    public String toString() {
        return surface + "@" + span.start();
    }
}
