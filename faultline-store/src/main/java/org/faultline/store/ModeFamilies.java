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

    /** "TYPE mode" to its family, named by the line that lists it. */
    private final Map<String, String> family = new HashMap<>();

    /** {@code knownTypeModes}: the "TYPE mode" pairs in use; a line naming another fails. */
    ModeFamilies(Set<String> knownTypeModes, List<DataFiles.Line> lines) {
        for (TwoColumns c : TwoColumns.of(FILE, lines)) {
            for (String mode : c.value().split("\\s+")) {
                String key = c.key() + " " + mode;
                if (!knownTypeModes.contains(key)) {
                    throw c.error("triggers.tsv gives no event the type and mode " + key);
                }
                if (family.put(key, c.where()) != null) {
                    throw c.error(key + " is in two families");
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
        String fa = family.get(type + " " + a);
        return fa != null && Objects.equals(fa, family.get(type + " " + b));
    }
}
