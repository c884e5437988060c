package org.faultline.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import org.faultline.analysis.Analyzer;
import org.faultline.store.Store;
import org.faultline.store.StoreAccess;
import org.faultline.store.StoreException;
import org.faultline.store.feeds.CanonicalUrl;
import org.faultline.store.feeds.FetchOptions;
import org.faultline.store.feeds.Fetcher;
import org.faultline.store.feeds.PollReport;
import org.faultline.store.feeds.WatchListener;
import org.faultline.store.feeds.Watcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code faultline backfill}: reads a whole sitemap (or sitemap index, nested sitemaps included) or feed
 * once and stores every article it lists, with a progress bar; run again, it fetches only what it had not
 * stored, so an interrupted backfill resumes.
 */
@Command(name = "backfill", mixinStandardHelpOptions = true,
        description = "Store every article a sitemap, sitemap index or feed lists (resumable: stored articles are skipped).")
final class BackfillCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "URL", description = "Sitemaps, sitemap indexes (.xml or .xml.gz) or feeds.")
    java.util.List<String> urls;

    @Mixin
    StoreOptions store;

    @Mixin
    DataOptions data;

    @Mixin
    FetchFlags fetch;

    private Analyzer analyzer;

    @Override
    public Integer call() {
        PrintStream err = System.err;
        FetchOptions options = fetch.checkedOptions(err);
        if (options == null) {
            return 2;
        }
        for (String url : urls) {
            if (CanonicalUrl.of(url) == null) {
                err.println("faultline: " + url + ": not an http(s) URL");
                return 2;
            }
        }
        Fetcher fetcher = new Fetcher(options);
        int failed = 0;
        try (Store s = store.openOrCreate(err)) {
            for (String url : urls) {
                Bar bar = new Bar(err);
                PollReport r = new Watcher(StoreAccess.batching(s), this::analyzer, fetcher, Clock.systemUTC())
                        .listener(bar).backfill(url);
                WatchCommand.print(r, err);
                failed += r.status().equals("failing") ? 1 : 0;
            }
            err.printf("faultline: %s holds %d articles, %d events in %d canonical events%n", store.db,
                    s.count("articles"), s.count("events"), s.count("clusters"));
        } catch (StoreException e) {
            return StoreOptions.fail(e, err);
        }
        return failed > 0 ? 1 : 0;
    }

    /** The analyzer, loaded at the first article that needs it. */
    private Analyzer analyzer() {
        if (analyzer == null) {
            analyzer = data.analyzer();
        }
        return analyzer;
    }

    /** The progress bar: articles dealt with out of those to fetch, and the megabytes downloaded. */
    private static final class Bar implements WatchListener {
        private final PrintStream err;
        private final AtomicLong bytes = new AtomicLong();
        private Progress progress;

        Bar(PrintStream err) {
            this.err = err;
        }

        @Override
        public void listed(String sourceUrl, int links, int toFetch) {
            err.printf("faultline: %s lists %d articles, %d stored or settled before: fetching %d%n", sourceUrl, links,
                    links - toFetch, toFetch);
            progress = Progress.downloading(err, toFetch, bytes::get);
        }

        @Override
        public void done(String url, String outcome, long b) {
            bytes.addAndGet(b);
            if (progress != null) {
                progress.step();
            }
        }
    }
}
