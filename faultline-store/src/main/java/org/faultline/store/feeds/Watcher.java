package org.faultline.store.feeds;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.faultline.ingest.Article;
import org.faultline.ingest.HtmlFileReader;
import org.faultline.ingest.ReadResult;
import org.faultline.store.Ingest;
import org.faultline.store.SourceLog;
import org.faultline.store.SourceLog.ArticleRecord;
import org.faultline.store.SourceLog.SourceState;

/**
 * Polls live sources into the store. Each due source is fetched with the validators of its last poll;
 * a feed or sitemap lists article links, each canonicalised ({@link CanonicalUrl}) and fetched only if
 * no earlier poll recorded it and no stored article has that url; a fetched HTML page goes through the
 * HTML reader's main-text extraction and {@link Ingest} (content-hash dedup: the same text under two
 * URLs is stored once). Each article's outcome is recorded as it is stored, so a watcher killed
 * mid-poll re-fetches nothing it stored; articles whose failure may pass are fetched again on the
 * source's next poll, even when the feed itself answers 304. A failing source backs off (its interval doubled per failure
 * in a row, at most a day) and is reported; no failure stops the watcher.
 */
public final class Watcher {
    private static final Duration MAX_BACKOFF = Duration.ofDays(1);

    private final SourceLog log;
    private final Ingest ingest;
    private final Fetcher fetcher;
    private final Clock clock;
    private final HtmlFileReader html = new HtmlFileReader();

    public Watcher(SourceLog log, Ingest ingest, Fetcher fetcher, Clock clock) {
        this.log = log;
        this.ingest = ingest;
        this.fetcher = fetcher;
        this.clock = clock;
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
            SourceState st = state(s);
            if (!dueOnly || st.nextPoll() == null || !clock.instant().isBefore(st.nextPoll())) {
                out.add(poll(s));
            }
        }
        if (!out.isEmpty()) {
            ingest.finish();
        }
        return out;
    }

    /** When the next source is due (now when one has never been polled). */
    public Instant nextDue(List<Source> sources) {
        Instant next = null;
        for (Source s : sources) {
            Instant at = state(s).nextPoll();
            if (at == null) {
                return clock.instant();
            }
            next = next == null || at.isBefore(next) ? at : next;
        }
        return next == null ? clock.instant() : next;
    }

    /** Polls one source now; never throws for a network, format or analysis problem. */
    public PollReport poll(Source source) {
        SourceState st = state(source);
        Instant now = clock.instant();
        Tally t = new Tally();
        String status;
        Fetched f = null;
        try {
            if ("article".equals(st.status()) && log.known(key(source))) {
                status = "article"; // a single article page, stored: nothing to fetch again
            } else {
                f = fetcher.get(URI.create(source.url()), st.etag(), st.lastModified());
                status = read(source, f, t);
            }
        } catch (RuntimeException e) {
            t.problem(source.url() + ": " + e.getMessage());
            status = "failing";
        }
        boolean failing = status.equals("failing");
        int failures = failing ? st.failures() + 1 : 0;
        Duration wait = failing ? backoff(source.every(), failures) : source.every();
        boolean fresh = f != null && f.ok();
        log.save(new SourceState(key(source), now, now.plus(wait), status,
                failing ? t.problems.get(0) : null, fresh ? f.etag() : st.etag(),
                fresh ? f.lastModified() : st.lastModified(), st.polls() + 1, failures,
                status.equals("not modified") ? st.entries() : t.links, st.stored() + t.stored));
        return new PollReport(source.url(), status, t.links, t.fetched, t.stored, t.known, t.failed,
                List.copyOf(t.problems));
    }

    private String read(Source source, Fetched f, Tally t) {
        if (f.notModified()) { // no new links, but those that failed in a way that may pass are tried again
            for (String url : log.toRetry(key(source))) {
                article(url, fetcher.get(URI.create(url)), source, t);
            }
            return "not modified";
        }
        if (!f.ok()) {
            t.problem(source.url() + ": " + f.error());
            return "failing";
        }
        if (f.html()) { // the source is one article page
            t.links = 1;
            article(key(source), f, source, t);
            return t.failed > 0 ? "failing" : "article";
        }
        FeedLinks links;
        try {
            links = FeedParser.parse(f.body(), f.uri());
        } catch (FeedFormatException e) {
            t.problem(source.url() + ": " + e.getMessage());
            return "failing";
        }
        List<String> articles = new ArrayList<>(links.links());
        if (links.sitemapIndex()) { // one level: the sitemaps it lists
            articles.clear();
            for (String sitemap : links.links()) {
                Fetched sf = fetcher.get(URI.create(sitemap));
                try {
                    if (!sf.ok()) {
                        throw new FeedFormatException(sf.error(), null);
                    }
                    articles.addAll(FeedParser.parse(sf.body(), sf.uri()).links());
                } catch (FeedFormatException e) {
                    t.problem(sitemap + ": " + e.getMessage());
                }
            }
        }
        t.links = articles.size();
        for (String link : articles) {
            String url = CanonicalUrl.of(link);
            if (url == null) {
                t.failed++;
                t.problem(link + ": not an http(s) URL");
            } else if (log.known(url)) {
                t.known++;
            } else {
                article(url, fetcher.get(URI.create(url)), source, t);
            }
        }
        return "ok";
    }

    /**
     * Reads and stores one fetched article page and records its outcome; a failure that may pass (network,
     * timeout, 429, 5xx, analysis) is recorded as {@code retry}: fetched again on the source's next poll.
     */
    private void article(String url, Fetched f, Source source, Tally t) {
        String src = key(source);
        Instant at = clock.instant();
        t.fetched++;
        if (!f.ok()) {
            t.failed++;
            t.problem(url + ": " + f.error());
            log.record(new ArticleRecord(url, src, at, null, f.retryable() ? "retry" : "failed", f.error()));
            return;
        }
        if (!f.html()) {
            log.record(new ArticleRecord(url, src, at, null, "skipped", "content type " + f.mediaType()));
            return;
        }
        String finalUrl = CanonicalUrl.of(f.uri().toString());
        ReadResult r = html.parse(f.text(), url, null);
        if (!r.isArticle()) {
            log.record(new ArticleRecord(url, src, at, null, "skipped", r.problem().message()));
            return;
        }
        Article a = r.article();
        if (log.hasArticle(a.id())) {
            log.record(new ArticleRecord(url, src, at, a.id(), "duplicate", "same text as a stored article"));
            return;
        }
        Article stored = new Article(a.id(), a.published(), a.title(),
                a.source() != null ? a.source() : f.uri().getHost(), finalUrl, a.text(), url);
        Ingest.Outcome o = ingest.one(stored);
        if (o.error() != null) {
            t.failed++;
            t.problem(url + ": analysis failed: " + o.error().getMessage());
            log.record(new ArticleRecord(url, src, at, null, "retry", "analysis failed: " + o.error().getMessage()));
            return;
        }
        t.stored++;
        log.record(new ArticleRecord(url, src, at, a.id(), "stored",
                finalUrl.equals(url) ? null : "redirected to " + finalUrl));
    }

    private SourceState state(Source s) {
        return log.state(key(s)).orElse(SourceState.fresh(key(s)));
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
        final List<String> problems = new ArrayList<>();

        void problem(String p) {
            problems.add(p);
        }
    }
}
