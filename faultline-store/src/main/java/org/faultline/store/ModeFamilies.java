package org.faultline.store;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.faultline.text.DataFiles;

/**
 * PLOVER modes that reports of one happening use interchangeably ({@code faultline/dedup/mode-families.tsv}):
 * a drone strike and an air strike on one target can be one event, shelling and an air strike cannot.
 */
final class ModeFamilies {
    static final String FILE = "faultline/dedup/mode-families.tsv";

    /** "TYPE mode" to the number of its family. */
    private final Map<String, Integer> family = new HashMap<>();

    /** {@code knownTypeModes}: the "TYPE mode" pairs in use; a line naming another fails. */
    ModeFamilies(Set<String> knownTypeModes, List<DataFiles.Line> lines) {
        for (DataFiles.Line l : lines) {
            String[] f = l.text().strip().split("\t");
            String where = FILE + ":" + l.number() + ": ";
            if (f.length != 2) {
                throw new IllegalStateException(where + "expected 2 tab-separated columns");
            }
            for (String mode : f[1].strip().split("\\s+")) {
                String key = f[0] + " " + mode;
                if (!knownTypeModes.contains(key)) {
                    throw new IllegalStateException(where + "triggers.tsv gives no event the type and mode " + key);
                }
                if (family.put(key, l.number()) != null) {
                    throw new IllegalStateException(where + key + " is in two families");
                }
            }
        }
    }

    static ModeFamilies bundled() {
        return Bundled.INSTANCE;
    }

    private static final class Bundled {
        static final ModeFamilies INSTANCE = new ModeFamilies(CoreVocabulary.typeModes(), DataFiles.lines(FILE));
    }

    /** True when reports of this type with these modes can tell of one happening; a missing mode fits any. */
    boolean compatible(String type, String a, String b) {
        if (a == null || b == null || a.equals(b)) {
            return true;
        }
        Integer fa = family.get(type + " " + a);
        return fa != null && Objects.equals(fa, family.get(type + " " + b));
    }
}
