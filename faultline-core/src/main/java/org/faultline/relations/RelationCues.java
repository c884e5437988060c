package org.faultline.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.faultline.text.ClosedVocabulary;
import org.faultline.text.DataFiles;

/**
 * The relation cue words of faultline/relations/cues.tsv: word, relation type, construction. The
 * construction column is a closed vocabulary ({@link Kind}) and the type one of the relation types; an
 * unknown value fails at load with file:line.
 */
final class RelationCues {
    private static final String BUNDLED = "faultline/relations/cues.tsv";

    /** The token-level constructions a cue word takes part in (see the file's header). */
    enum Kind implements ClosedVocabulary.Worded {
        HYPHEN("hyphen"), WITH("with"), MODIFIER("modifier"), WITH_VERB("with-verb"), POSSESSIVE("possessive"),
        POSSESSIVE_REVERSED("possessive-reversed"), OF_NOUN("of-noun"), VERB("verb"), CONTROL_VERB("control-verb");

        private final String word;

        Kind(String word) {
            this.word = word;
        }

        @Override
        public String word() {
            return word;
        }
    }

    record Cue(String word, String type, Kind kind) {
    }

    private final List<Cue> cues;

    RelationCues() {
        this(DataFiles.lines(BUNDLED), BUNDLED);
    }

    RelationCues(List<DataFiles.Line> lines, String origin) {
        List<Cue> out = new ArrayList<>();
        for (DataFiles.Line line : lines) {
            String where = origin + ":" + line.number();
            String[] f = line.text().split("\t");
            if (f.length != 3) {
                throw new IllegalArgumentException(where + ": expected word, type, construction");
            }
            String type = f[1].strip();
            if (!RelationConstruction.TYPES.contains(type) || type.equals("SAME_AS")) {
                throw new IllegalArgumentException(where + ": unknown relation type '" + type + "'");
            }
            out.add(new Cue(f[0].strip(), type, ClosedVocabulary.of(Kind.class, f[2].strip(), where)));
        }
        this.cues = List.copyOf(out);
    }

    /** The cue for a word in a construction, or null. */
    Cue find(String word, Kind kind) {
        for (Cue c : cues) {
            if (c.word().equals(word) && c.kind() == kind) {
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
        return find(token.substring(dash + 1).toLowerCase(Locale.ROOT), Kind.HYPHEN);
    }
}
