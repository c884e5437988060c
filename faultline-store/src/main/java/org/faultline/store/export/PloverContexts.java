package org.faultline.store.export;

import org.faultline.text.DataTable;
import java.util.List;
import java.util.Map;

/** The PLOVER context of a Faultline modality ({@code faultline/export/plover-contexts.tsv}). */
final class PloverContexts {
    static final String RESOURCE = "faultline/export/plover-contexts.tsv";

    private static final class Holder {
        static final Map<String, String> CONTEXTS = load();
    }

    private PloverContexts() {
    }

    /** The context, or null when the modality has none (asserted, alleged, or no modality). */
    static String of(String modality) {
        if (modality == null) {
            return null;
        }
        if (!Holder.CONTEXTS.containsKey(modality)) {
            throw new IllegalStateException(RESOURCE + ": no row for modality " + modality);
        }
        return Holder.CONTEXTS.get(modality);
    }

    private static Map<String, String> load() {
        return DataTable.byKey(RESOURCE, List.of("modality", "context"), "modality", r -> r.optional("context"));
    }
}
