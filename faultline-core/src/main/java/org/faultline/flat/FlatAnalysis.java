package org.faultline.flat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.faultline.analysis.Actor;
import org.faultline.analysis.ActorRef;
import org.faultline.analysis.Analysis;
import org.faultline.analysis.CountFact;
import org.faultline.analysis.Event;
import org.faultline.analysis.EventCodes;
import org.faultline.analysis.Place;
import org.faultline.analysis.Relation;
import org.faultline.analysis.RoleBasis;
import org.faultline.analysis.Span;
import org.faultline.ingest.Article;

/**
 * An {@link Analysis} as flat rows with every offset in code points: the one flattening that the analysis
 * JSON, the store's tables and Spark's Parquet rows are written from, so that all three say the same thing
 * about the same text.
 * Actors and places include those an event or relation names but the analysis's lists lack (an
 * attribution, say), so every id a row refers to has its own row. Numbers ({@code seq}) count from 1.
 */
public record FlatAnalysis(Article article, List<Actor> actors, List<Place> places, List<Mention> mentions,
                           List<FlatEvent> events, List<Role> roles, List<FlatRelation> relations,
                           List<Count> counts) {

    /** One mention of an actor or a place ({@code kind} "actor" or "place"). */
    public record Mention(String kind, String id, CodeSpan span) {
    }

    /** One event; {@code place}/{@code dateMention} null when absent; counts sorted by type. */
    public record FlatEvent(int seq, Event event, String placeId, CodeSpan place, CodeSpan dateMention,
                            CodeSpan evidence, CodeSpan trigger, String triggerText, Map<String, Long> counts) {
        public EventCodes codes() {
            return event.codes();
        }
    }

    /**
     * One actor in one event's role ("source", "target", "attribution"), numbered within the role; for an
     * inferred role ({@link #basis()}) the mention is the one it was taken from.
     */
    public record Role(int event, String role, int seq, ActorRef actor, CodeSpan mention) {
        public RoleBasis basis() {
            return actor.basis();
        }
    }

    /** One relation; {@code target} is the target actor's or place's mention, {@code trigger} may be null. */
    public record FlatRelation(int seq, Relation relation, CodeSpan source, CodeSpan target, CodeSpan evidence,
                               CodeSpan trigger) {
        public String targetPlaceId() {
            return relation.targetPlace() == null ? null : relation.targetPlace().place().id();
        }
    }

    /** One casualty or displacement figure. */
    public record Count(int seq, CountFact fact, CodeSpan evidence) {
    }

    public static FlatAnalysis of(Analysis a) {
        Offsets off = new Offsets(a.article().text());
        List<Actor> actors = List.copyOf(actorsOf(a).values());
        List<Place> places = List.copyOf(placesOf(a).values());
        List<Mention> mentions = new ArrayList<>();
        actors.forEach(x -> x.mentions().forEach(s -> mentions.add(new Mention("actor", x.id(), cp(off, s)))));
        places.forEach(p -> p.mentions().forEach(s -> mentions.add(new Mention("place", p.id(), cp(off, s)))));
        List<FlatEvent> events = new ArrayList<>();
        List<Role> roles = new ArrayList<>();
        for (Event e : a.events()) {
            int seq = events.size() + 1;
            events.add(new FlatEvent(seq, e, e.place() == null ? null : e.place().place().id(),
                    e.place() == null ? null : cp(off, e.place().mention()),
                    e.date() == null ? null : cp(off, e.date().mention()), cp(off, e.evidence()),
                    cp(off, e.trigger()), e.trigger().of(a.article().text()), new TreeMap<>(e.counts())));
            roles(roles, seq, "source", e.source(), off);
            roles(roles, seq, "target", e.target(), off);
            if (e.attribution() != null) {
                roles(roles, seq, "attribution", List.of(e.attribution()), off);
            }
        }
        List<FlatRelation> relations = new ArrayList<>();
        for (Relation r : a.relations()) {
            Span target = r.targetPlace() != null ? r.targetPlace().mention()
                    : r.target() == null ? null : r.target().mention();
            relations.add(new FlatRelation(relations.size() + 1, r, cp(off, r.source().mention()), cp(off, target),
                    cp(off, r.evidence()), cp(off, r.trigger())));
        }
        List<Count> counts = new ArrayList<>();
        for (CountFact f : a.counts()) {
            counts.add(new Count(counts.size() + 1, f, cp(off, f.evidence())));
        }
        return new FlatAnalysis(a.article(), actors, places, List.copyOf(mentions), List.copyOf(events),
                List.copyOf(roles), List.copyOf(relations), List.copyOf(counts));
    }

    /** The event's actors in one role, in order: ids joined by commas (Spark's source_ids, target_ids). */
    public String roleIds(int event, String role) {
        return String.join(",", rolesOf(event, role).stream().map(r -> r.actor().id()).toList());
    }

    /** How each actor of the event's role got it, in the order of {@link #roleIds}: basis words joined by commas. */
    public String roleBases(int event, String role) {
        return String.join(",", rolesOf(event, role).stream().map(r -> r.basis().word()).toList());
    }

    /** The mentions of the actor or place with this id ({@code kind} "actor" or "place"), in text order as listed. */
    public List<CodeSpan> mentionsOf(String kind, String id) {
        return mentions.stream().filter(m -> m.kind().equals(kind) && m.id().equals(id)).map(Mention::span).toList();
    }

    /** The actors of one event's role, with their mentions, in order. */
    public List<Role> rolesOf(int event, String role) {
        return roles.stream().filter(r -> r.event() == event && r.role().equals(role)).toList();
    }

    /** How many mentions the actor or place with this id has. */
    public int mentionCount(String kind, String id) {
        return (int) mentions.stream().filter(m -> m.kind().equals(kind) && m.id().equals(id)).count();
    }

    private static void roles(List<Role> out, int event, String role, List<ActorRef> refs, Offsets off) {
        int seq = 0;
        for (ActorRef r : refs) {
            out.add(new Role(event, role, ++seq, r, cp(off, r.mention())));
        }
    }

    private static CodeSpan cp(Offsets off, Span s) {
        return s == null ? null : new CodeSpan(off.codePoint(s.start()), off.codePoint(s.end()));
    }

    private static Map<String, Actor> actorsOf(Analysis a) {
        Map<String, Actor> out = new LinkedHashMap<>();
        a.actors().forEach(ac -> out.putIfAbsent(ac.id(), ac));
        List<ActorRef> refs = new ArrayList<>();
        for (Event e : a.events()) {
            refs.addAll(e.source());
            refs.addAll(e.target());
            if (e.attribution() != null) {
                refs.add(e.attribution());
            }
        }
        for (Relation r : a.relations()) {
            refs.add(r.source());
            if (r.target() != null) {
                refs.add(r.target());
            }
        }
        for (ActorRef r : refs) {
            out.computeIfAbsent(r.id(), k -> new Actor(r.id(), r.name(), r.type(), r.country(), null, null, r.known(),
                    List.of(r.text()), List.of(r.mention())));
        }
        return out;
    }

    private static Map<String, Place> placesOf(Analysis a) {
        Map<String, Place> out = new LinkedHashMap<>();
        a.places().forEach(p -> out.putIfAbsent(p.id(), p));
        for (Event e : a.events()) {
            if (e.place() != null) {
                out.putIfAbsent(e.place().place().id(), e.place().place().withMentions(List.of()));
            }
        }
        for (Relation r : a.relations()) {
            if (r.targetPlace() != null) {
                out.putIfAbsent(r.targetPlace().place().id(), r.targetPlace().place().withMentions(List.of()));
            }
        }
        return out;
    }
}
