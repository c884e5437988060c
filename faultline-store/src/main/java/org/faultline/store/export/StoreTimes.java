package org.faultline.store.export;

import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.Objects;
import org.faultline.store.CanonicalEvent;

/**
 * When an event entered the store (UTC): GDELT's DATEADDED takes the first store of its articles, ACLED's
 * timestamp the last (its rows carry the time of their latest change). Without evidence rows, the first
 * publication day stands in.
 */
final class StoreTimes {
    private StoreTimes() {
    }

    static LocalDateTime first(CanonicalEvent e) {
        return pick(e, Comparator.naturalOrder());
    }

    static LocalDateTime last(CanonicalEvent e) {
        return pick(e, Comparator.reverseOrder());
    }

    private static LocalDateTime pick(CanonicalEvent e, Comparator<LocalDateTime> order) {
        return e.evidence().stream().map(CanonicalEvent.Evidence::stored).filter(Objects::nonNull).min(order)
                .orElse(e.firstPublished() == null ? null : e.firstPublished().atStartOfDay());
    }
}
