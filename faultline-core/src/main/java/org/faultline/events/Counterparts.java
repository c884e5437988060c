package org.faultline.events;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.faultline.actors.ActorMention;
import org.faultline.analysis.ActorRef;
import org.faultline.analysis.Event;
import org.faultline.analysis.RoleBasis;
import org.faultline.text.ClosedVocabulary;
import org.faultline.text.DataFiles;

/**
 * The party acted upon when the clause leaves it unsaid. In a report of a two-sided conflict, "India
 * suspended the treaty", "Pakistan warned of a response", "the SDF launched an offensive" are aimed at
 * the other side, and coders (ACLED's, the gold's) code it so. The other side comes from the article's
 * own stated pairs ({@link Adversaries}); only the event types {@code counterparts.tsv} marks are filled,
 * and the target's reference points at that actor's nearest mention in the text.
 */
public final class Counterparts {
    /** What an event type's pairs say (counterparts.tsv's {@code uses} column). */
    enum Use implements ClosedVocabulary.Worded {
        SHOWS("shows"), WAR("war"), FILLS("fills");

        private final String word;

        Use(String word) {
            this.word = word;
        }

        @Override
        public String word() {
            return word;
        }
    }

    private static final String FILE = "faultline/events/counterparts.tsv";

    private final Map<Use, Set<String>> types;
    private final CodeTable codes;

    public Counterparts(CodeTable codes) {
        this.types = load(codes.types());
        this.codes = codes;
    }

    /** The event types of each use, checked against the PLOVER types the code table knows. */
    static Map<Use, Set<String>> load(Set<String> knownTypes) {
        Map<Use, Set<String>> out = new EnumMap<>(Use.class);
        for (Use u : Use.values()) {
            out.put(u, new HashSet<>());
        }
        for (DataFiles.Line line : DataFiles.lines(FILE)) {
            String[] f = line.text().split("\t");
            String where = FILE + ":" + line.number();
            String key = f.length == 2 ? f[0].strip() : "";
            String type = key.contains("/") ? key.substring(0, key.indexOf('/')) : key;
            if (f.length != 2 || !knownTypes.contains(type) || key.endsWith("/")) {
                throw new IllegalStateException(where + ": expected a PLOVER type (or TYPE/mode) and its uses, got '"
                        + line.text() + "'");
            }
            for (Use u : ClosedVocabulary.set(Use.class, f[1], where)) {
                out.get(u).add(key);
            }
        }
        out.replaceAll((u, s) -> Set.copyOf(s));
        return out;
    }

    /**
     * The events with their unstated targets filled (new instances, codes recomputed); the others are the
     * same instances. Run after relations: a standing relation is never inferred from an inferred target.
     */
    public List<Event> fill(List<ActorMention> mentions, List<Event> events) {
        Adversaries adversaries = new Adversaries(events, e -> has(Use.SHOWS, e), e -> has(Use.WAR, e), mentions);
        // an attack is aimed at the side its source fights, not at one that only sanctioned or accused it
        Adversaries enemies = new Adversaries(events, e -> has(Use.WAR, e), e -> has(Use.WAR, e), mentions);
        List<Event> out = new ArrayList<>(events.size());
        for (Event e : events) {
            List<ActorRef> target = List.of();
            if (has(Use.FILLS, e) && e.target().isEmpty() && !e.source().isEmpty()) {
                target = (has(Use.WAR, e) ? enemies : adversaries).of(e.source()).map(id -> nearest(mentions, id, e.evidence().start()))
                        .map(m -> List.of(m.ref().withBasis(RoleBasis.COUNTERPART))).orElse(List.of());
            }
            out.add(target.isEmpty() ? e : new Event(e.type(), e.mode(), e.source(), target, e.place(), e.date(),
                    e.modality(), e.counts(), e.evidence(), e.trigger(), e.attribution(),
                    codes.codes(e.type(), e.mode(), e.source(), target)));
        }
        return out;
    }

    /** Whether an event's mode line ("ASSAULT/execute"), or else its type's line, lists the use. */
    private boolean has(Use use, Event e) {
        String modeKey = e.type() + "/" + e.mode();
        boolean modeListed = e.mode() != null && types.values().stream().anyMatch(keys -> keys.contains(modeKey));
        return types.get(use).contains(modeListed ? modeKey : e.type());
    }

    /** The mention of {@code id} last before {@code offset}, else the first after it. */
    static ActorMention nearest(List<ActorMention> mentions, String id, int offset) {
        ActorMention before = null;
        ActorMention after = null;
        for (ActorMention m : mentions) {
            if (m.id().equals(id) && m.span().start() < offset) {
                before = m;
            } else if (m.id().equals(id) && after == null) {
                after = m;
            }
        }
        return before != null ? before : after;
    }
}
