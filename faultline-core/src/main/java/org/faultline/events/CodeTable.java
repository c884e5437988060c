package org.faultline.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.faultline.analysis.ActorRef;
import org.faultline.analysis.EventCodes;
import org.faultline.text.DataFiles;

/**
 * Maps a PLOVER type and mode, with the actor types, to CAMEO root and quad class
 * (faultline/events/codes.tsv; the first matching row wins). ACLED types are added later by
 * {@code acled.AcledCoder}, which also sees the clause's weapon and the paragraph's context.
 */
public final class CodeTable {
    private static final Set<String> ARMED = Set.of("STATE_FORCES", "REBEL", "MILITIA", "JIHADIST");

    private record Row(String type, String mode, String condition, EventCodes codes) {
    }

    private final List<Row> rows = new ArrayList<>();

    public CodeTable() {
        for (DataFiles.Line line : DataFiles.lines("faultline/events/codes.tsv")) {
            String[] f = line.text().split("\t");
            if (f.length != 5) {
                throw new IllegalStateException("codes.tsv:" + line.number() + ": expected 5 columns");
            }
            rows.add(new Row(f[0].strip(), f[1].strip(), f[2].strip(), new EventCodes(f[3].strip(),
                    Integer.parseInt(f[4].strip()), null, null)));
        }
    }

    /** Every PLOVER type the table codes (what other event data files may name). */
    public Set<String> types() {
        Set<String> out = new java.util.HashSet<>();
        rows.forEach(r -> out.add(r.type()));
        return Set.copyOf(out);
    }

    /** Every mode the table names (what other code tables may test an event's mode against). */
    public Set<String> modes() {
        Set<String> out = new java.util.HashSet<>();
        rows.forEach(r -> out.add(r.mode()));
        out.remove("*");
        return Set.copyOf(out);
    }

    public EventCodes codes(String type, String mode, List<ActorRef> source, List<ActorRef> target) {
        for (Row r : rows) {
            if (r.type().equals(type) && (r.mode().equals("*") || r.mode().equals(mode))
                    && holds(r.condition(), source, target)) {
                return r.codes();
            }
        }
        return null;
    }

    private static boolean holds(String condition, List<ActorRef> source, List<ActorRef> target) {
        if (condition.equals("*")) {
            return true;
        }
        String[] p = condition.split(":");
        List<ActorRef> side = p[0].equals("source") ? source : target;
        for (ActorRef a : side) {
            if (p[1].equals("ARMED") ? ARMED.contains(a.type()) : p[1].equals(a.type())) {
                return true;
            }
        }
        return false;
    }
}
