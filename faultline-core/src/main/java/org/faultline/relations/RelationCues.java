package org.faultline.relations;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The relation cue words of faultline/relations/cues.tsv: word, relation type, construction. */
final class RelationCues {
    record Cue(String word, String type, String construction) {
    }

    private final List<Cue> cues = new ArrayList<>();

    RelationCues() {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("faultline/relations/cues.tsv")) {
            if (in == null) {
                throw new IllegalStateException("missing resource faultline/relations/cues.tsv");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] f = line.split("\t");
                    cues.add(new Cue(f[0].strip(), f[1].strip(), f[2].strip()));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
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
