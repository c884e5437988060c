package org.faultline.relations;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.faultline.actors.ActorMention;
import org.faultline.analysis.ActorRef;
import org.faultline.analysis.PlaceRef;
import org.faultline.analysis.Relation;
import org.faultline.analysis.Span;

/**
 * Collects relations, one per (type, source, target), keeping the first evidence. Parties pass through
 * {@link Parties} first: a generic description takes the name the article gives it, or no relation.
 */
final class RelationSink {
    private final Map<String, Relation> out = new LinkedHashMap<>();
    private final Parties parties;
    private final String published;

    /** {@code published}: the article's date, which dates a relation the text does not date. */
    RelationSink(Parties parties, String published) {
        this.parties = parties;
        this.published = published;
    }

    /** Every pair: each of {@code sources} stands in the relation with each of {@code targets}. */
    void addAll(String type, List<ActorMention> sources, List<ActorMention> targets, When when) {
        for (ActorMention a : sources) {
            for (ActorMention b : targets) {
                add(type, parties.ref(a), parties.ref(b), when);
            }
        }
    }

    void add(String type, ActorMention a, ActorMention b, When when) {
        add(type, parties.ref(a), parties.ref(b), when);
    }

    void add(String type, ActorRef a, ActorRef b, When when) {
        a = parties.resolve(a);
        b = parties.resolve(b);
        if (a == null || b == null || a.id().equals(b.id()) || type.equals("PART_OF") && "PERSON".equals(b.type())) {
            return; // nothing is part of a person
        }
        a = parties.stateSide(a, b);
        b = parties.stateSide(b, a);
        String key = type + "|" + a.id() + "|" + b.id();
        String mirror = type + "|" + b.id() + "|" + a.id();
        boolean symmetric = type.equals("ALLIED") || type.equals("HOSTILE");
        if (!out.containsKey(key) && !(symmetric && out.containsKey(mirror))) {
            out.put(key, new Relation(type, a, b, null, when.start(), when.evidence(), when.trigger(), when.end()));
        }
    }

    void addPlace(ActorMention a, PlaceRef place, When when) {
        addPlace(parties.ref(a), place, when);
    }

    void addPlace(ActorRef a, PlaceRef place, When when) {
        a = parties.resolve(a);
        if (a == null) {
            return;
        }
        out.putIfAbsent("CONTROLS|" + a.id() + "|" + place.place().id(),
                new Relation("CONTROLS", a, null, place, when.start(), when.evidence(), when.trigger(), when.end()));
    }

    /** Others who control the place: those a taker displaces. */
    List<ActorRef> holders(String placeId, String except) {
        List<ActorRef> found = new ArrayList<>();
        for (Relation r : out.values()) {
            if (r.targetPlace() != null && r.targetPlace().place().id().equals(placeId)
                    && !r.source().id().equals(except)) {
                found.add(r.source());
            }
        }
        return found;
    }

    /**
     * Ends the control a holder has over a place, unless the text dates its start after the end; false
     * when the article gives the holder no control of the place to end.
     */
    boolean endControl(ActorRef holder, String placeId, String when) {
        ActorRef a = parties.resolve(holder);
        if (a == null) {
            return true; // no party: nothing to record either way
        }
        String key = "CONTROLS|" + a.id() + "|" + placeId;
        Relation r = out.get(key);
        boolean textDated = r != null && r.date() != null && !r.date().equals(published);
        if (r != null && r.end() == null && when != null && !(textDated && r.date().compareTo(when) > 0)) {
            out.put(key, r.withEnd(when));
        }
        return r != null;
    }

    /** Control known only by its end ("the army lost control of the town on Monday"): no start, ended then. */
    void addEnded(ActorMention holder, PlaceRef place, When when) {
        if (when.start() != null) {
            addPlace(holder, place, new When(null, when.start(), when.evidence(), when.trigger()));
        }
    }

    ActorRef ref(ActorMention m) {
        return parties.ref(m);
    }

    List<Relation> relations() {
        return List.copyOf(out.values());
    }

    /** When and where a relation is stated: its start (and end, if stated), the sentence and the cue. */
    record When(String start, String end, Span evidence, Span trigger) {
        When {
            if (start != null && end != null && start.compareTo(end) > 0) {
                start = null; // "held it until 2001" in a 2023 report: the report's date is no start
            }
        }

        static When at(String start, Span evidence, Span trigger) {
            return new When(start, null, evidence, trigger);
        }
    }
}
