package org.faultline.relations;

import java.util.ArrayList;
import java.util.List;
import org.faultline.text.DataFiles;

/** The relation cue words of faultline/relations/cues.tsv: word, relation type, construction. */
final class RelationCues {
    record Cue(String word, String type, String construction) {
    }

    private final List<Cue> cues = new ArrayList<>();

    RelationCues() {
        for (DataFiles.Line line : DataFiles.lines("faultline/relations/cues.tsv")) {
            String[] f = line.text().split("\t");
            cues.add(new Cue(f[0].strip(), f[1].strip(), f[2].strip()));
        }
    }

    /** The cue for a word in a construction, or null. */
    Cue find(String word, String construction) {
        for (Cue c : cues) {
            if (c.word().equals(word) && c.construction().equals(construction)) {
                return c;
            }
        }
        return null;
    }

    /** The hyphen cue a token ends with ("US-backed" gives "backed"), or null. */
    Cue hyphenSuffix(String token) {
        int dash = token.lastIndexOf('-');
        if (dash <= 0) {
            return null;
        }
        return find(token.substring(dash + 1).toLowerCase(java.util.Locale.ROOT), "hyphen");
    }
}
