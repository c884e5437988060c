package org.faultline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.faultline.analysis.Actor;
import org.faultline.analysis.ActorRef;
import org.faultline.analysis.Analysis;
import org.faultline.analysis.CountFact;
import org.faultline.analysis.Event;
import org.faultline.analysis.Place;
import org.faultline.analysis.PlaceRef;
import org.faultline.analysis.Relation;
import org.faultline.analysis.Span;
import org.faultline.ingest.Article;
import org.faultline.json.Offsets;

/**
 * Writes one analysis in one transaction. An article already stored with the same content hash is left
 * alone; one stored with another hash has all its rows deleted and rewritten in the same transaction, so
 * a reader (or a crash) sees either the old analysis or the new one, never a mix.
 */
final class AnalysisWriter {
    /** Tables written per analysis with their column counts, in {@link #row} index order. */
    private static final String[] TABLES = {"articles", "actors", "places", "mentions", "events", "event_actors",
        "event_counts", "relations", "counts"};
    private static final int[] COLUMNS = {8, 9, 10, 5, 26, 12, 4, 17, 9};

    private final Connection c;
    private final Map<String, PreparedStatement> prepared = new HashMap<>();
    private final RowInserter[] inserters = new RowInserter[TABLES.length];

    AnalysisWriter(Connection c) {
        this.c = c;
        for (int t = 0; t < TABLES.length; t++) {
            inserters[t] = new RowInserter(c, TABLES[t], COLUMNS[t]);
        }
    }

    /** The stored content hash of an article, or null when it is not stored. */
    String storedHash(String articleId) throws SQLException {
        PreparedStatement p = statement("SELECT content_hash FROM articles WHERE article_id = ?");
        p.setString(1, articleId);
        try (ResultSet r = p.executeQuery()) {
            return r.next() ? r.getString(1) : null;
        }
    }

    PutResult write(Analysis a) throws SQLException {
        Article art = a.article();
        String hash = ContentHash.of(art);
        try {
            return Sql.inTransaction(c, () -> {
                String old = storedHash(art.id());
                if (hash.equals(old)) {
                    return PutResult.UNCHANGED;
                }
                if (old != null) {
                    delete(art.id());
                }
                insert(a, hash);
                statement("UPDATE store_meta SET value = value + 1 WHERE key = 'generation'").executeUpdate();
                return old == null ? PutResult.STORED : PutResult.REPLACED;
            });
        } catch (SQLException | RuntimeException e) {
            for (RowInserter r : inserters) {
                r.clear(); // rows of the failed analysis must not leak into the next one
            }
            throw e;
        }
    }

    private void delete(String articleId) throws SQLException {
        for (String table : Schema.ARTICLE_TABLES) {
            // table names come from the fixed schema list, never from input
            PreparedStatement p = statement("DELETE FROM " + table + " WHERE article_id = ?");
            p.setString(1, articleId);
            p.executeUpdate();
        }
    }

    private void insert(Analysis a, String hash) throws SQLException {
        Article art = a.article();
        String id = art.id();
        Offsets off = new Offsets(art.text());
        row(0, id, art.url(), art.source(), art.title(), art.published(), hash, art.text(),
                LocalDateTime.now(ZoneOffset.UTC));

        Map<String, Actor> actors = actorsOf(a);
        for (Actor ac : actors.values()) {
            row(1, id, ac.id(), ac.name(), ac.type(), ac.country(), ac.sector(), ac.parent(), ac.known(),
                    c.createArrayOf("VARCHAR", ac.aliases().toArray()));
            for (Span s : ac.mentions()) {
                row(3, id, "actor", ac.id(), off.codePoint(s.start()), off.codePoint(s.end()));
            }
        }
        for (Place p : placesOf(a).values()) {
            row(2, id, p.id(), p.name(), p.lat(), p.lon(), p.country(), p.admin1(), p.geonamesId(), p.featureCode(),
                    p.precision());
            for (Span s : p.mentions()) {
                row(3, id, "place", p.id(), off.codePoint(s.start()), off.codePoint(s.end()));
            }
        }
        int seq = 0;
        for (Event e : a.events()) {
            String eventId = id + "#e" + ++seq;
            PlaceRef pr = e.place();
            DateRange days = e.date() == null ? null : DateRange.of(e.date().value(), e.date().precision());
            Span dm = e.date() == null ? null : e.date().mention();
            row(4, eventId, id, seq, e.type(), e.mode(), e.modality(),
                    pr == null ? null : pr.place().id(), cp(off, pr == null ? null : pr.mention(), true),
                    cp(off, pr == null ? null : pr.mention(), false), pr == null ? null : pr.basis(),
                    e.date() == null ? null : e.date().value(), e.date() == null ? null : e.date().precision(),
                    e.date() == null ? null : e.date().basis(), cp(off, dm, true), cp(off, dm, false),
                    days == null ? null : days.first(), days == null ? null : days.last(),
                    off.codePoint(e.evidence().start()), off.codePoint(e.evidence().end()),
                    off.codePoint(e.trigger().start()), off.codePoint(e.trigger().end()), e.trigger().of(art.text()),
                    e.codes() == null ? null : e.codes().cameoRoot(), e.codes() == null ? null : e.codes().quadClass(),
                    e.codes() == null ? null : e.codes().acledEventType(),
                    e.codes() == null ? null : e.codes().acledSubEventType());
            eventActors(eventId, id, "source", e.source(), off);
            eventActors(eventId, id, "target", e.target(), off);
            if (e.attribution() != null) {
                eventActors(eventId, id, "attribution", List.of(e.attribution()), off);
            }
            for (Map.Entry<String, Long> n : e.counts().entrySet()) {
                row(6, eventId, id, n.getKey(), n.getValue());
            }
        }
        seq = 0;
        for (Relation r : a.relations()) {
            Span target = r.targetPlace() != null ? r.targetPlace().mention() : r.target() == null ? null : r.target().mention();
            row(7, id + "#r" + ++seq, id, seq, r.type(), r.source().id(), off.codePoint(r.source().mention().start()),
                    off.codePoint(r.source().mention().end()), r.target() == null ? null : r.target().id(),
                    r.targetPlace() == null ? null : r.targetPlace().place().id(), cp(off, target, true),
                    cp(off, target, false), r.date(), off.codePoint(r.evidence().start()),
                    off.codePoint(r.evidence().end()), cp(off, r.trigger(), true), cp(off, r.trigger(), false), r.end());
        }
        seq = 0;
        for (CountFact f : a.counts()) {
            row(8, id, ++seq, f.type(), f.number(), f.qualifier(), f.victims(), f.place(),
                    off.codePoint(f.evidence().start()), off.codePoint(f.evidence().end()));
        }
        for (RowInserter r : inserters) {
            r.flush();
        }
    }

    private void eventActors(String eventId, String articleId, String role, List<ActorRef> refs, Offsets off)
            throws SQLException {
        int seq = 0;
        for (ActorRef r : refs) {
            row(5, eventId, articleId, role, ++seq, r.id(), r.name(), r.text(), r.country(), r.type(), r.known(),
                    off.codePoint(r.mention().start()), off.codePoint(r.mention().end()));
        }
    }

    /**
     * The article's actors plus any actor that an event or relation names but the actor list lacks (an
     * attribution, say), so that every actor id in the store has its row.
     */
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

    /** The article's places plus any place an event or relation points to that the list lacks. */
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

    private static Integer cp(Offsets off, Span s, boolean start) {
        return s == null ? null : off.codePoint(start ? s.start() : s.end());
    }

    private void row(int table, Object... values) {
        inserters[table].add(values);
    }

    private PreparedStatement statement(String sql) throws SQLException {
        PreparedStatement p = prepared.get(sql);
        if (p == null) {
            p = c.prepareStatement(sql);
            prepared.put(sql, p);
        }
        return p;
    }

    void close() throws SQLException {
        for (PreparedStatement p : prepared.values()) {
            p.close();
        }
        prepared.clear();
        for (RowInserter r : inserters) {
            r.close();
        }
    }
}
