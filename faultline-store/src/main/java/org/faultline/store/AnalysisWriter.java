package org.faultline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.faultline.analysis.Actor;
import org.faultline.analysis.ActorRef;
import org.faultline.analysis.Analysis;
import org.faultline.analysis.CountFact;
import org.faultline.analysis.Event;
import org.faultline.analysis.EventCodes;
import org.faultline.analysis.Place;
import org.faultline.analysis.Relation;
import org.faultline.flat.CodeSpan;
import org.faultline.flat.FlatAnalysis;
import org.faultline.ingest.Article;

/**
 * Writes one analysis in one transaction. An article already stored with the same content hash is left
 * alone; one stored with another hash has all its rows deleted and rewritten in the same transaction, so
 * a reader (or a crash) sees either the old analysis or the new one, never a mix.
 */
final class AnalysisWriter {
    /** Tables written per analysis with their column counts, in {@link #row} index order. */
    private static final String[] TABLES = {"articles", "actors", "places", "mentions", "events", "event_actors",
        "event_counts", "relations", "counts"};
    private static final int[] COLUMNS = {8, 9, 10, 5, 26, 13, 4, 17, 9};

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
        FlatAnalysis flat = FlatAnalysis.of(a); // the rows Spark writes too, offsets in code points
        row(0, id, art.url(), art.source(), art.title(), art.published(), hash, art.text(),
                LocalDateTime.now(ZoneOffset.UTC));
        for (Actor ac : flat.actors()) {
            row(1, id, ac.id(), ac.name(), ac.type(), ac.country(), ac.sector(), ac.parent(), ac.known(),
                    ac.aliases());
        }
        for (Place p : flat.places()) {
            row(2, id, p.id(), p.name(), p.lat(), p.lon(), p.country(), p.admin1(), p.geonamesId(), p.featureCode(),
                    p.precision());
        }
        for (FlatAnalysis.Mention m : flat.mentions()) {
            row(3, id, m.kind(), m.id(), m.span().start(), m.span().end());
        }
        for (FlatAnalysis.FlatEvent fe : flat.events()) {
            Event e = fe.event();
            String eventId = id + "#e" + fe.seq();
            DateRange days = e.date() == null ? null : DateRange.of(e.date().value(), e.date().precision());
            EventCodes codes = e.codes();
            row(4, eventId, id, fe.seq(), e.type(), e.mode(), e.modality(), fe.placeId(), start(fe.place()),
                    end(fe.place()), e.place() == null ? null : e.place().basis(),
                    e.date() == null ? null : e.date().value(), e.date() == null ? null : e.date().precision(),
                    e.date() == null ? null : e.date().basis(), start(fe.dateMention()), end(fe.dateMention()),
                    days == null ? null : days.first(), days == null ? null : days.last(),
                    fe.evidence().start(), fe.evidence().end(), fe.trigger().start(), fe.trigger().end(),
                    fe.triggerText(), codes == null ? null : codes.cameoRoot(), codes == null ? null : codes.quadClass(),
                    codes == null ? null : codes.acledEventType(), codes == null ? null : codes.acledSubEventType());
            for (Map.Entry<String, Long> n : e.counts().entrySet()) {
                row(6, eventId, id, n.getKey(), n.getValue());
            }
        }
        for (FlatAnalysis.Role r : flat.roles()) {
            ActorRef ref = r.actor();
            row(5, id + "#e" + r.event(), id, r.role(), r.seq(), ref.id(), ref.name(), ref.text(), ref.country(),
                    ref.type(), ref.known(), r.mention().start(), r.mention().end(), r.basis().word());
        }
        for (FlatAnalysis.FlatRelation fr : flat.relations()) {
            Relation r = fr.relation();
            row(7, id + "#r" + fr.seq(), id, fr.seq(), r.type(), r.source().id(), fr.source().start(),
                    fr.source().end(), r.target() == null ? null : r.target().id(), fr.targetPlaceId(),
                    start(fr.target()), end(fr.target()), r.date(), fr.evidence().start(), fr.evidence().end(),
                    start(fr.trigger()), end(fr.trigger()), r.end());
        }
        for (FlatAnalysis.Count n : flat.counts()) {
            CountFact f = n.fact();
            row(8, id, n.seq(), f.type(), f.number(), f.qualifier(), f.victims(), f.place(), n.evidence().start(),
                    n.evidence().end());
        }
        for (RowInserter r : inserters) {
            r.flush();
        }
    }

    private static Integer start(CodeSpan s) {
        return s == null ? null : s.start();
    }

    private static Integer end(CodeSpan s) {
        return s == null ? null : s.end();
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
