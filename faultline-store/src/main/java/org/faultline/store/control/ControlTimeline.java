package org.faultline.store.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.faultline.store.DateRange;

/**
 * The control of one place over time, from every stored statement about it, across articles. A
 * statement holds from its start until the earliest of: an end its party's statements give (its own
 * "until", or "lost control of", "withdrew from" in any article, on or after its start), or the start of
 * a later statement by another party (a capture, or a holding stated later, ends the earlier holder's
 * control that day). Dates known to the month or year count from their first day. Nothing is written
 * back: the stored relations stay as their articles state them.
 */
public final class ControlTimeline {
    private static final Comparator<Entry> BY_START = Comparator.comparing(Entry::start);

    private final List<Entry> entries = new ArrayList<>();
    private final List<Claim> endOnly = new ArrayList<>();

    /** {@code claims} in a fixed order (the store gives them by published date and article): ties keep it. */
    public ControlTimeline(List<Claim> claims) {
        List<Entry> started = new ArrayList<>();
        for (Claim c : claims) {
            LocalDate s = day(c.start());
            if (s != null) {
                started.add(new Entry(c, s));
            } else if (day(c.end()) != null) {
                endOnly.add(c);
            }
        }
        started.sort(BY_START);
        for (Entry e : started) {
            entries.add(ended(e, claims, started));
        }
    }

    /** The answer on {@code at}: the parties whose control started on or before it and had not ended by it. */
    public ControlAnswer answer(ControlAnswer.Place place, LocalDate at) {
        Map<String, List<Entry>> alive = new LinkedHashMap<>();
        for (Entry e : entries) {
            if (!e.start().isAfter(at) && (e.end() == null || e.end().isAfter(at))) {
                alive.computeIfAbsent(e.claim().party(), k -> new ArrayList<>()).add(e);
            }
        }
        List<ControlAnswer.Controller> controllers = new ArrayList<>();
        for (List<Entry> party : alive.values()) {
            Claim latest = party.get(party.size() - 1).claim();
            controllers.add(new ControlAnswer.Controller(latest.actorId(), latest.actorName(), latest.party(),
                    party.get(0).claim().start(), party.stream().map(e -> e.claim().evidence()).toList()));
        }
        String status = controllers.isEmpty() ? "unknown" : controllers.size() == 1 ? "held" : "contested";
        return new ControlAnswer(place, at.toString(), status, controllers,
                controllers.isEmpty() ? whyUnknown(place, at) : null, history());
    }

    /** Whether some party controls the place on {@code at}. */
    public boolean known(LocalDate at) {
        return entries.stream().anyMatch(e -> !e.start().isAfter(at) && (e.end() == null || e.end().isAfter(at)));
    }

    /** The periods of control, oldest first: one party's statements that overlap form one period. */
    public List<Period> history() {
        List<Period> out = new ArrayList<>();
        Map<String, Integer> open = new LinkedHashMap<>(); // party -> index of its last period in out
        List<Claim> usedEnds = new ArrayList<>();
        for (Entry e : entries) {
            Claim c = e.claim();
            Integer i = open.get(c.party());
            Period last = i == null ? null : out.get(i);
            if (last != null && (last.to() == null || !e.start().isAfter(day(last.to())))) {
                List<Evidence> ev = new ArrayList<>(last.evidence());
                ev.add(c.evidence());
                boolean later = e.end() == null || last.to() != null && e.end().isAfter(day(last.to()));
                out.set(i, later ? new Period(c.actorId(), c.actorName(), c.party(), last.from(), e.endText(),
                        e.how(), e.byName(), e.byEvidence(), ev)
                        : new Period(last.controllerId(), last.controller(), last.party(), last.from(), last.to(),
                        last.ended(), last.endedBy(), last.endEvidence(), ev));
            } else {
                open.put(c.party(), out.size());
                out.add(new Period(c.actorId(), c.actorName(), c.party(), c.start(), e.endText(), e.how(), e.byName(),
                        e.byEvidence(), new ArrayList<>(List.of(c.evidence()))));
            }
            if (e.by() != null) {
                usedEnds.add(e.by());
            }
        }
        for (Claim c : endOnly) {
            if (!usedEnds.contains(c)) {
                out.add(new Period(c.actorId(), c.actorName(), c.party(), null, c.end(), "lost", null,
                        c.evidence(), List.of(c.evidence())));
            }
        }
        out.sort(Comparator.comparing(p -> day(p.from() != null ? p.from() : p.to())));
        return out.stream().map(p -> new Period(p.controllerId(), p.controller(), p.party(), p.from(), p.to(),
                p.ended(), p.endedBy(), p.endEvidence(), List.copyOf(p.evidence()))).toList();
    }

    private String whyUnknown(ControlAnswer.Place place, LocalDate at) {
        Entry last = null;
        for (Entry e : entries) {
            if (!e.start().isAfter(at)) {
                last = e;
            }
        }
        if (last == null) {
            return "no stored statement about who held " + place.name() + " on or before " + at;
        }
        Claim c = last.claim();
        return c.actorName() + (last.how().equals("lost") ? " lost control on " : " was displaced on ")
                + last.endText() + " and no party is stated to hold " + place.name() + " since";
    }

    /**
     * A statement with its end: its party's earliest stated end on or after its start, or the start of the
     * first later statement by another party, whichever comes first (a capture wins a tie).
     */
    private static Entry ended(Entry e, List<Claim> claims, List<Entry> started) {
        Entry out = e;
        for (Claim c : claims) {
            LocalDate end = day(c.end());
            if (c.party().equals(e.claim().party()) && end != null && !end.isBefore(e.start())
                    && (out.end() == null || end.isBefore(out.end()))) {
                out = new Entry(e.claim(), e.start(), end, "lost", c);
            }
        }
        for (Entry o : started) {
            if (!o.claim().party().equals(e.claim().party()) && o.start().isAfter(e.start())) {
                if (out.end() == null || !o.start().isAfter(out.end())) {
                    out = new Entry(e.claim(), e.start(), o.start(), "taken", o.claim());
                }
                break; // started is sorted: the first later statement by another party is the one
            }
        }
        return out;
    }

    private static LocalDate day(String value) {
        DateRange r = DateRange.of(value, null);
        return r == null ? null : r.first();
    }

    /** A statement as the timeline reads it: its start day, the day its control ended and why. */
    private record Entry(Claim claim, LocalDate start, LocalDate end, String how, Claim by) {
        Entry(Claim claim, LocalDate start) {
            this(claim, start, null, null, null);
        }

        /** The end as the ending statement gives it (its precision kept): a stated end, or the taker's start. */
        String endText() {
            return by == null ? null : how.equals("lost") ? by.end() : by.start();
        }

        /** The party that took the place; null when the holder lost it. */
        String byName() {
            return by == null || how.equals("lost") ? null : by.actorName();
        }

        Evidence byEvidence() {
            return by == null ? null : by.evidence();
        }
    }
}
