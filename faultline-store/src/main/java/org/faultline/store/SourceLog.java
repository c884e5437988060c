package org.faultline.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The live sources' state in the store (schema 4): per source its last poll, health, counts and
 * conditional-request validators; per article URL (canonical) the source it came from, when it was
 * fetched and what became of it. An article URL recorded here, or stored as an article's url, is not
 * fetched again.
 */
public final class SourceLog {
    /** One source's state; times are instants (stored as UTC), null when never polled. */
    public record SourceState(String url, Instant lastPoll, Instant nextPoll, String status, String lastError,
                              String etag, String lastModified, long polls, int failures, long entries, long stored) {
        public static SourceState fresh(String url) {
            return new SourceState(url, null, null, "new", null, null, null, 0, 0, 0, 0);
        }
    }

    /** One fetched article URL. */
    public record ArticleRecord(String url, String sourceUrl, Instant fetchedAt, String articleId, String outcome,
                                String detail) {
    }

    private final Store store;

    public SourceLog(Store store) {
        this.store = store;
    }

    public Optional<SourceState> state(String url) {
        List<SourceState> found = query("SELECT * FROM sources WHERE url = ?", url);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** Every source, in URL order. */
    public List<SourceState> all() {
        return query("SELECT * FROM sources ORDER BY url", null);
    }

    public void save(SourceState s) {
        write("INSERT OR REPLACE INTO sources (url, last_poll, next_poll, status, last_error, etag, last_modified, "
                        + "polls, failures, entries, stored) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                s.url(), utc(s.lastPoll()), utc(s.nextPoll()), s.status(), s.lastError(), s.etag(), s.lastModified(),
                s.polls(), s.failures(), s.entries(), s.stored());
    }

    /**
     * True when this canonical article URL was fetched to a final outcome (anything but {@code retry}) or
     * is stored as an article's url.
     */
    public boolean known(String url) {
        return exists("SELECT (SELECT count(*) FROM source_articles WHERE url = ? AND outcome <> 'retry') "
                + "+ (SELECT count(*) FROM articles WHERE url = ?)", url, url);
    }

    /**
     * True when an article with this id is stored: the HTML reader's ids come from the text, so this is
     * the same story under another URL (stored once, not re-analysed under the new URL).
     */
    public boolean hasArticle(String articleId) {
        return exists("SELECT count(*) FROM articles WHERE article_id = ?", articleId);
    }

    private boolean exists(String countSql, String... args) {
        try (PreparedStatement p = store.connection().prepareStatement(countSql)) {
            for (int i = 0; i < args.length; i++) {
                p.setString(i + 1, args[i]);
            }
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getLong(1) > 0;
            }
        } catch (SQLException e) {
            throw new StoreException("reading sources failed: " + Store.firstLine(e.getMessage()), e);
        }
    }

    public void record(ArticleRecord a) {
        write("INSERT OR REPLACE INTO source_articles VALUES (?, ?, ?, ?, ?, ?)", a.url(), a.sourceUrl(),
                utc(a.fetchedAt()), a.articleId(), a.outcome(), a.detail());
    }

    /** The article URLs of one source whose last fetch failed in a way that may pass (outcome {@code retry}). */
    public List<String> toRetry(String sourceUrl) {
        return articles(sourceUrl).stream().filter(a -> a.outcome().equals("retry")).map(ArticleRecord::url).toList();
    }

    /** The fetched article URLs of one source (all sources when null), in fetch order. */
    public List<ArticleRecord> articles(String sourceUrl) {
        String sql = "SELECT * FROM source_articles" + (sourceUrl == null ? "" : " WHERE source_url = ?")
                + " ORDER BY fetched_at, url";
        List<ArticleRecord> out = new ArrayList<>();
        try (PreparedStatement p = store.connection().prepareStatement(sql)) {
            if (sourceUrl != null) {
                p.setString(1, sourceUrl);
            }
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(new ArticleRecord(r.getString("url"), r.getString("source_url"),
                            instant(r.getObject("fetched_at", LocalDateTime.class)), r.getString("article_id"), r.getString("outcome"),
                            r.getString("detail")));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("reading sources failed: " + Store.firstLine(e.getMessage()), e);
        }
        return out;
    }

    private List<SourceState> query(String sql, String arg) {
        List<SourceState> out = new ArrayList<>();
        try (PreparedStatement p = store.connection().prepareStatement(sql)) {
            if (arg != null) {
                p.setString(1, arg);
            }
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(new SourceState(r.getString("url"), instant(r.getObject("last_poll", LocalDateTime.class)),
                            instant(r.getObject("next_poll", LocalDateTime.class)), r.getString("status"), r.getString("last_error"),
                            r.getString("etag"), r.getString("last_modified"), r.getLong("polls"), r.getInt("failures"),
                            r.getLong("entries"), r.getLong("stored")));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("reading sources failed: " + Store.firstLine(e.getMessage()), e);
        }
        return out;
    }

    private void write(String sql, Object... args) {
        if (store.readOnly()) {
            throw new StoreException("cannot record sources: " + store.path() + " is open read-only");
        }
        try (PreparedStatement p = store.connection().prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                p.setObject(i + 1, args[i]);
            }
            p.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("recording sources failed: " + Store.firstLine(e.getMessage()), e);
        }
    }

    private static LocalDateTime utc(Instant t) {
        return t == null ? null : LocalDateTime.ofInstant(t, ZoneOffset.UTC);
    }

    private static Instant instant(LocalDateTime t) {
        return t == null ? null : t.toInstant(ZoneOffset.UTC);
    }
}
