package org.faultline.grammar;

import java.util.HashSet;
import java.util.Set;
import org.faultline.nlp.Sentence;
import org.faultline.nlp.Token;

/** The lemmas, word forms and tags of one sentence, for {@link PatternWords#admits}. */
public final class SentenceWords {
    private final Set<String> lemmas = new HashSet<>();
    private final Set<String> words = new HashSet<>();
    private final Set<String> tags = new HashSet<>();
    /** A token without a lemma, word or tag: a need on that key is never refused. */
    private boolean lemmaMissing;
    private boolean wordMissing;
    private boolean tagMissing;

    public SentenceWords(Sentence s) {
        for (Token t : s.tokens()) {
            lemmaMissing |= !add(lemmas, t.lemma());
            wordMissing |= !add(words, t.word());
            tagMissing |= !add(tags, t.pos());
        }
    }

    private static boolean add(Set<String> into, String value) {
        if (value == null) {
            return false;
        }
        into.add(value);
        return true;
    }

    boolean hasAny(PatternWords.Key key, Set<String> values) {
        Set<String> have = switch (key) {
            case LEMMA -> lemmaMissing ? null : lemmas;
            case WORD -> wordMissing ? null : words;
            case TAG -> tagMissing ? null : tags;
        };
        if (have == null) {
            return true;
        }
        for (String v : values) {
            if (have.contains(v)) {
                return true;
            }
        }
        return false;
    }
}
