package org.faultline.grammar;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.faultline.nlp.Sentence;
import org.faultline.nlp.Token;

/**
 * The distinct lemmas, word forms, tags and NER tags of one sentence as its parse graph shows them
 * (resolved places tagged LOCATION, as {@link org.faultline.nlp.ParseGraph} does), for
 * {@link PatternWords#admits}.
 */
public final class SentenceWords {
    private final Map<PatternWords.Key, Set<String>> values = new EnumMap<>(PatternWords.Key.class);
    /** Keys some token has no value for: a need on them is never refused. */
    private final Set<PatternWords.Key> missing = new HashSet<>();

    public SentenceWords(Sentence s, Set<Integer> placeTokens) {
        for (PatternWords.Key k : PatternWords.Key.values()) {
            values.put(k, new HashSet<>());
        }
        for (Token t : s.tokens()) {
            add(PatternWords.Key.LEMMA, t.lemma());
            add(PatternWords.Key.WORD, t.word());
            add(PatternWords.Key.TAG, t.pos());
            add(PatternWords.Key.NER, placeTokens.contains(t.index()) ? "LOCATION" : t.ner());
        }
    }

    private void add(PatternWords.Key key, String value) {
        if (value == null) {
            missing.add(key);
        } else {
            values.get(key).add(value);
        }
    }

    boolean hasAny(PatternWords.Need need) {
        if (missing.contains(need.key())) {
            return true;
        }
        Set<String> have = values.get(need.key());
        if (need.anyOf() != null) {
            for (String v : need.anyOf()) {
                if (have.contains(v)) {
                    return true;
                }
            }
            return false;
        }
        for (String v : have) {
            if (need.accepts(v)) {
                return true;
            }
        }
        return false;
    }
}
