package org.faultline.text;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The closed word lists of data files (flags, conditions): each is an enum whose constants carry the word
 * the file uses, so a word no code knows fails at load with file and line instead of being ignored.
 */
public final class ClosedVocabulary {
    private ClosedVocabulary() {
    }

    /** An enum constant with the word data files spell it with. */
    public interface Worded {
        String word();
    }

    /** The constant a word names; an unknown word is an error naming where it stands and what is known. */
    public static <E extends Enum<E> & Worded> E of(Class<E> type, String word, String where) {
        for (E e : type.getEnumConstants()) {
            if (e.word().equals(word)) {
                return e;
            }
        }
        throw new IllegalArgumentException(where + ": unknown " + type.getSimpleName() + " '" + word + "' (known: "
                + Arrays.stream(type.getEnumConstants()).map(Worded::word).collect(Collectors.joining(", ")) + ")");
    }

    /** A comma-separated cell of words, or "-" for none. */
    public static <E extends Enum<E> & Worded> Set<E> set(Class<E> type, String cell, String where) {
        Set<E> out = EnumSet.noneOf(type);
        if (!cell.isBlank() && !cell.strip().equals("-")) {
            for (String w : cell.split(",")) {
                out.add(of(type, w.strip(), where));
            }
        }
        return out;
    }
}
