package org.faultline.nlp;

import java.util.List;
import java.util.Set;
import org.faultline.text.DataFiles;

/**
 * Whether a sentence could hold a time expression or a number in words: some token has a digit or is
 * a word of {@code nlp/time-cues.txt}, as written, lowercased, or without a final "." or "s" ("Jan.",
 * "weeks"). Decides which sentences {@link TimeGatedNer} hands to SUTime.
 */
final class TimeCues {
    static final String BUNDLED = "faultline/nlp/time-cues.txt";

    private final Set<String> words;

    TimeCues(Set<String> words) {
        this.words = Set.copyOf(words);
    }

    static TimeCues bundled() {
        return new TimeCues(DataFiles.words(BUNDLED));
    }

    boolean mayHoldTime(List<String> tokens) {
        for (String token : tokens) {
            if (isCue(token)) {
                return true;
            }
        }
        return false;
    }

    private boolean isCue(String token) {
        String w = token.toLowerCase();
        if (w.chars().anyMatch(Character::isDigit) || words.contains(w)) {
            return true;
        }
        return w.length() > 2 && (w.endsWith(".") || w.endsWith("s")) && words.contains(w.substring(0, w.length() - 1));
    }
}
