package org.faultline.events;

import java.util.Set;
import java.util.stream.Collectors;
import org.faultline.text.DataFiles;

/** A bundled one-word-a-line list. */
final class WordList {
    private WordList() {
    }

    static Set<String> load(String resource) {
        return DataFiles.lines(resource).stream().map(l -> l.text().strip()).collect(Collectors.toUnmodifiableSet());
    }
}
