package org.faultline.store.export;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What an export wrote: the number of records, and the events it left out because the format requires
 * something the event lacks, counted by reason (so nothing disappears silently).
 */
public record ExportReport(int written, Map<String, Integer> leftOut) {

    public ExportReport {
        leftOut = Map.copyOf(leftOut);
    }

    static ExportReport of(int written) {
        return new ExportReport(written, Map.of());
    }

    public int leftOutTotal() {
        return leftOut.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** "3 left out: 2 without a date, 1 without a source actor", or "" when none was. */
    public String leftOutSummary() {
        if (leftOut.isEmpty()) {
            return "";
        }
        return leftOutTotal() + " left out: " + new TreeMap<>(leftOut).entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "));
    }

    /** Counts records and reasons while a writer runs. */
    static final class Tally {
        private int written;
        private final Map<String, Integer> leftOut = new TreeMap<>();

        void wrote() {
            written++;
        }

        void leftOut(String reason) {
            leftOut.merge(reason, 1, Integer::sum);
        }

        ExportReport report() {
            return new ExportReport(written, leftOut);
        }
    }
}
