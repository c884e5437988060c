package org.faultline.store.feeds;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.faultline.analysis.Analysis;
import org.faultline.analysis.Analyzer;
import org.faultline.ingest.Article;
import org.faultline.ingest.HtmlFileReader;
import org.faultline.ingest.ReadResult;
import org.faultline.pipeline.ArticleSkippedException;
import org.faultline.store.SourceLog;
import org.faultline.store.SourceLog.ArticleRecord;
import org.faultline.store.SourceLog.SourceState;
import org.faultline.store.StoreAccess;
import org.faultline.store.StoreException;

/**
 * Polls live sources into the store. Each due source is fetched with the validators of its last poll;
 * a feed or sitemap lists article links (a sitemap index its sitemaps, nested up to
 * {@value #MAX_SITEMAP_DEPTH} levels), each canonicalised ({@link CanonicalUrl}) and fetched only if no
 * earlier poll recorded it and no stored article has that url; a fetched HTML page goes through the HTML
 * reader's main-text extraction, is analysed outside any store session, then stored with its outcome in
 * one write (the same text under two URLs is stored once). Each article's outcome is recorded as it is
 * stored, so a watcher killed mid-poll re-fetches nothing it stored; articles whose failure may pass are
 * fetched again on the source's next poll, even when the feed itself answers 304. A failing source backs
 * off (its interval doubled per failure in a row, at most a day, and never before a Retry-After it was
 * sent) and is reported; no failure stops the watcher. {@link #backfill} reads a whole listing once.
 *
 * <p>Store access goes through {@link StoreAccess}: the CLI passes {@link StoreAccess#batching} (canonical
 * events recomputed once per round), {@code serve --watch} the server's shared store (the file held
 * read-write only while one article is stored, so the page reads on meanwhile).
 */
public final class Watcher {
    static final int MAX_SITEMAP_DEPTH = 4;
    private static final Duration MAX_BACKOFF = Duration.ofDays(1);

    private final StoreAccess store;
    private final Supplier<? extends Analyzer> analyzers;
    private final Fetcher fetcher;
    private final Clock clock;
    private final HtmlFileReader html = new HtmlFileReader();
    private Analyzer analyzer;
    private WatchListener listener = WatchListener.NONE;

    /** {@code analyzers} is called once, at the first article to analyse (building the standard one loads CoreNLP). */
    public Watcher(StoreAccess store, Supplier<? extends Analyzer> analyzers, Fetcher fetcher, Clock clock) {
        this.store = store;
        this.analyzers = analyzers;
        this.fetcher = fetcher;
        this.clock = clock;
    }

    /** Tells {@code l} what this watcher does from now on. */
    public Watcher listener(WatchListener l) {
        this.listener = l;
        return this;
    }

    /** Polls every source whose next poll is due (all, the first time); canonical events are then recomputed. */
    public List<PollReport> pollDue(List<Source> sources) {
        return poll(sources, true);
    }

    /** Polls every source now, due or not; canonical events are then recomputed. */
    public List<PollReport> pollAll(List<Source> sources) {
        return poll(sources, false);
    }

    private List<PollReport> poll(List<Source> sources, boolean dueOnly) {
        List<PollReport> out = new ArrayList<>();
        for (Source s : sources) {
            SourceState st = state(key(s));
            if (!dueOnly || st.nextPoll() == null || !clock.instant().isBefore(st.nextPoll())) {
                out.add(poll(s));
            }
        }
        settle(out.stream().mapToInt(PollReport::stored).sum());
        return out;
    }

    /** When the next source is due (now when one has never been polled). */
    public Instant nextDue(List<Source> sources) {
        Instant next = null;
        for (Source s : sources) {
            Instant at = state(key(s)).nextPoll();
            if (at == null) {
                return clock.instant();
            }
            next = next == null || at.isBefore(next) ? at : next;
        }
        return next == null ? clock.instant() : next;
    }

    /** Polls one source now; never throws for a network, format or analysis problem. */
    public PollReport poll(Source source) {
        String src = key(source);
        SourceState st = state(src);
        Instant now = clock.instant();
        Tally t = new Tally();
        String status;
        Fetched f = null;
        try {
            if ("article".equals(st.status()) && known(src)) {
                status = "article"; // a single article page, stored: nothing to fetch again
            } else {
                f = fetcher.get(URI.create(source.url()), st.etag(), st.lastModified());
                status = read(src, f, t);
            }
        } catch (RuntimeException e) {
            t.problem(source.url() + ": " + e.getMessage());
            status = "failing";
        }
        boolean failing = status.equals("failing");
        int failures = failing ? st.failures() + 1 : 0;
        Duration wait = failing ? backoff(source.every(), failures) : source.every();
        if (f != null && f.retryAfter() != null && f.retryAfter().compareTo(wait) > 0) {
            wait = f.retryAfter(); // the server said when to come back
        }
        boolean fresh = f != null && f.ok();
        SourceState saved = new SourceState(src, now, now.plus(wait), status,
                failing ? t.problems.get(0) : null, fresh ? f.etag() : st.etag(),
                fresh ? f.lastModified() : st.lastModified(), st.polls() + 1, failures,
                status.equals("not modified") ? st.entries() : t.links, st.stored() + t.stored);
        store.write(s -> {
            new SourceLog(s).save(saved);
            return null;
        });
        PollReport report = t.report(source.url(), status);
        listener.polled(report);
        return report;
    }

    /**
     * Reads a whole listing once (a sitemap, a sitemap index and the sitemaps under it, or a feed): every
     * article link not stored or settled before is fetched and stored, so a backfill stopped part-way and
     * run again goes on where it stopped. The listener hears the listing's size, then each article.
     */
    public PollReport backfill(String url) {
        String src = CanonicalUrl.of(url);
        if (src == null) {
            throw new IllegalArgumentException(url + ": not an http(s) URL");
        }
        Tally t = new Tally();
        Fetched f = fetcher.get(URI.create(src));
        t.bytes += f.body().length;
        String status;
        if (!f.ok()) {
            t.problem(url + ": " + f.error());
            status = "failing";
        } else if (f.html()) {
            t.problem(url + ": an HTML page, not a sitemap or feed; give a sitemap (index) or feed to backfill");
            status = "failing";
        } else {
            try {
                List<String> links = listing(f, t);
                List<String> todo = toFetch(links, t);
                listener.listed(url, links.size(), todo.size());
                for (String a : todo) {
                    article(a, fetcher.get(URI.create(a)), src, t);
                }
                status = "ok";
            } catch (FeedFormatException e) {
                t.problem(url + ": " + e.getMessage());
                status = "failing";
            }
        }
        settle(t.stored);
        return t.report(url, status);
    }

    private String read(String src, Fetched f, Tally t) {
        if (f.notModified()) { // no new links, but those that failed in a way that may pass are tried again
            for (String url : store.read(s -> new SourceLog(s).toRetry(src))) {
                article(url, fetcher.get(URI.create(url)), src, t);
            }
            return "not modified";
        }
        if (!f.ok()) {
            t.problem(src + ": " + f.error());
            return "failing";
        }
        if (f.html()) { // the source is one article page
            t.links = 1;
            article(src, f, src, t);
            return t.failed > 0 ? "failing" : "article";
        }
        List<String> articles;
        try {
            articles = listing(f, t);
        } catch (FeedFormatException e) {
            t.problem(src + ": " + e.getMessage());
            return "failing";
        }
        for (String url : toFetch(articles, t)) {
            article(url, fetcher.get(URI.create(url)), src, t);
        }
        return "ok";
    }

    /**
     * The canonical URLs of the links that no earlier fetch settled and no stored article has, in order;
     * counted in the tally: the links, those known (a link that is another's canonical twin too), those
     * that are no http(s) URL.
     */
    private List<String> toFetch(List<String> links, Tally t) {
        t.links = links.size();
        Set<String> todo = new LinkedHashSet<>();
        for (String link : links) {
            String url = CanonicalUrl.of(link);
            if (url == null) {
                t.failed++;
                t.problem(link + ": not an http(s) URL");
            } else if (known(url) || !todo.add(url)) {
                t.known++;
            }
        }
        return List.copyOf(todo);
    }

    /** The article links a feed or sitemap lists; a sitemap index's sitemaps are read, nested ones too. */
    private List<String> listing(Fetched f, Tally t) throws FeedFormatException {
        FeedLinks links = FeedParser.parse(f.body(), f.uri());
        if (!links.sitemapIndex()) {
            return links.links();
        }
        Set<String> out = new LinkedHashSet<>();
        Set<String> seen = new HashSet<>();
        seen.add(f.uri().toString());
        sitemaps(links.links(), 1, seen, out, t);
        return List.copyOf(out);
    }

    private void sitemaps(List<String> sitemaps, int depth, Set<String> seen, Set<String> out, Tally t) {
        for (String sitemap : sitemaps) {
            if (!seen.add(sitemap)) {
                continue; // an index listing itself or an earlier one: read once
            }
            Fetched sf = fetcher.get(URI.create(sitemap));
            t.bytes += sf.body().length;
            if (!sf.ok()) {
                t.problem(sitemap + ": " + sf.error());
                continue;
            }
            try {
                FeedLinks l = FeedParser.parse(sf.body(), sf.uri());
                if (!l.sitemapIndex()) {
                    out.addAll(l.links());
                } else if (depth < MAX_SITEMAP_DEPTH) {
                    sitemaps(l.links(), depth + 1, seen, out, t);
                } else {
                    t.problem(sitemap + ": sitemap indexes nested more than " + MAX_SITEMAP_DEPTH + " deep; not read");
                }
            } catch (FeedFormatException e) {
                t.problem(sitemap + ": " + e.getMessage());
            }
        }
    }

    /**
     * Reads, analyses and stores one fetched article page and records its outcome; a failure that may
     * pass (network, timeout, 429, 5xx, analysis, a busy store) is recorded as {@code retry}: fetched again
     * on the source's next poll. The analysis runs outside any store session.
     */
    private void article(String url, Fetched f, String src, Tally t) {
        Instant at = clock.instant();
        long bytes = f.body().length;
        t.fetched++;
        t.bytes += bytes;
        if (!f.ok()) {
            t.failed++;
            t.problem(url + ": " + f.error());
            record(new ArticleRecord(url, src, at, null, f.retryable() ? "retry" : "failed", f.error()), bytes);
            return;
        }
        if (!f.html()) {
            record(new ArticleRecord(url, src, at, null, "skipped", "content type " + f.mediaType()), bytes);
            return;
        }
        String finalUrl = CanonicalUrl.of(f.uri().toString());
        ReadResult r = html.parse(f.text(), url, null);
        if (!r.isArticle()) {
            record(new ArticleRecord(url, src, at, null, "skipped", r.problem().message()), bytes);
            return;
        }
        Article a = r.article();
        if (store.read(s -> new SourceLog(s).hasArticle(a.id()))) {
            record(new ArticleRecord(url, src, at, a.id(), "duplicate", "same text as a stored article"), bytes);
            return;
        }
        Article article = new Article(a.id(), a.published(), a.title(),
                a.source() != null ? a.source() : f.uri().getHost(), finalUrl, a.text(), url);
        Analysis analysis;
        try {
            analysis = analyzer().analyze(article);
        } catch (ArticleSkippedException e) { // not in English: final, not fetched again
            record(new ArticleRecord(url, src, at, a.id(), "skipped", e.reason()), bytes);
            t.problem(url + ": skipped: " + e.getMessage());
            return;
        } catch (RuntimeException e) {
            retry(url, src, at, "analysis failed: " + e.getMessage(), t, bytes);
            return;
        }
        String detail = finalUrl.equals(url) ? null : "redirected to " + finalUrl;
        if (analysis.notice() != null) { // stored for its actors and places, without events: say why
            detail = detail == null ? analysis.notice() : detail + "; " + analysis.notice();
        }
        ArticleRecord done = new ArticleRecord(url, src, at, a.id(), "stored", detail);
        try {
            store.write(s -> {
                s.put(analysis); // its own transaction: once it returns the article is kept
                new SourceLog(s).record(done);
                return null;
            });
        } catch (StoreException e) {
            retry(url, src, at, "storing failed: " + e.getMessage(), t, bytes);
            return;
        }
        t.stored++;
        listener.done(url, done.outcome(), bytes);
        listener.stored(src, article);
    }

    private void retry(String url, String src, Instant at, String why, Tally t, long bytes) {
        t.failed++;
        t.problem(url + ": " + why);
        record(new ArticleRecord(url, src, at, null, "retry", why), bytes);
    }

    private void record(ArticleRecord r, long bytes) {
        store.write(s -> {
            new SourceLog(s).record(r);
            return null;
        });
        listener.done(r.url(), r.outcome(), bytes);
    }

    /** Recomputes the canonical events once articles were stored (a no-op write for a store that did per write). */
    private void settle(int stored) {
        if (stored > 0) {
            store.write(s -> {
                s.recluster();
                return null;
            });
        }
    }

    private synchronized Analyzer analyzer() {
        if (analyzer == null) {
            analyzer = analyzers.get();
        }
        return analyzer;
    }

    private boolean known(String url) {
        return store.read(s -> new SourceLog(s).known(url));
    }

    private SourceState state(String key) {
        return store.read(s -> new SourceLog(s).state(key)).orElse(SourceState.fresh(key));
    }

    private static String key(Source s) {
        return CanonicalUrl.of(s.url());
    }

    static Duration backoff(Duration every, int failures) {
        Duration d = every.multipliedBy(1L << Math.min(failures - 1, 20));
        return d.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF.compareTo(every) > 0 ? MAX_BACKOFF : every : d;
    }

    private static final class Tally {
        int links;
        int fetched;
        int stored;
        int known;
        int failed;
        long bytes;
        final List<String> problems = new ArrayList<>();

        void problem(String p) {
            problems.add(p);
        }

        PollReport report(String source, String status) {
            return new PollReport(source, status, links, fetched, stored, known, failed, bytes, List.copyOf(problems));
        }
    }
}
