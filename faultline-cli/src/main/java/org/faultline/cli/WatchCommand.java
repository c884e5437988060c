package org.faultline.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.faultline.analysis.Analyzer;
import org.faultline.store.Store;
import org.faultline.store.StoreAccess;
import org.faultline.store.StoreBusyException;
import org.faultline.store.StoreException;
import org.faultline.store.feeds.FetchOptions;
import org.faultline.store.feeds.Fetcher;
import org.faultline.store.feeds.PollReport;
import org.faultline.store.feeds.Source;
import org.faultline.store.feeds.SourcesFile;
import org.faultline.store.feeds.Watcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code faultline watch}: polls the sources of a sources file (see {@link SourcesFile}) into the store,
 * each on its own interval, until stopped (or once with {@code --once}). Problems are printed, never fatal.
 */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = "Follow news feeds (RSS, Atom, JSON Feed), sitemaps and article URLs: fetch new articles, "
                + "analyse and store them.")
final class WatchCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SOURCES_FILE",
            description = "One source URL a line, optionally followed by every=DURATION (90s, 15m, 2h, 1d); # comments.")
    Path sourcesFile;

    @Mixin
    StoreOptions store;

    @Mixin
    DataOptions data; // created by picocli's factory, so that tests can pass their own

    @Option(names = "--once", description = "Poll every source once, due or not, then exit.")
    boolean once;

    @Option(names = "--interval", paramLabel = "DURATION", defaultValue = "15m",
            description = "Poll interval of sources that name none (default: ${DEFAULT-VALUE}).")
    String interval;

    @Mixin
    FetchFlags fetch;

    private Analyzer analyzer;

    @Override
    public Integer call() throws InterruptedException {
        PrintStream err = System.err;
        List<Source> sources = sources(sourcesFile, interval, err);
        FetchOptions options = fetch.checkedOptions(err);
        if (sources == null || options == null) {
            return 2;
        }
        Fetcher fetcher = new Fetcher(options); // kept across rounds: robots.txt and the host pacing
        Clock clock = Clock.systemUTC();
        boolean first = true;
        while (true) {
            Instant next;
            // the store is held only during a poll round, so that other commands can open it in between
            try (Store s = first ? store.openOrCreate(err) : Store.open(store.db)) {
                Watcher w = new Watcher(StoreAccess.batching(s), this::analyzer, fetcher, clock);
                for (PollReport r : once ? w.pollAll(sources) : w.pollDue(sources)) {
                    print(r, err);
                }
                next = w.nextDue(sources);
                if (once) {
                    err.printf("faultline: %s holds %d articles, %d events in %d canonical events%n", store.db,
                            s.count("articles"), s.count("events"), s.count("clusters"));
                    return 0;
                }
            } catch (StoreBusyException e) {
                if (first) {
                    return StoreOptions.fail(e, err);
                }
                err.println("faultline: " + e.getMessage() + "; trying again in a minute");
                next = clock.instant().plus(Duration.ofMinutes(1));
            } catch (StoreException e) {
                return StoreOptions.fail(e, err);
            }
            first = false;
            Thread.sleep(Math.max(1000, Duration.between(clock.instant(), next).toMillis()));
        }
    }

    /**
     * The sources of {@code file} ({@code interval} for those that name none), or null when the file cannot
     * be read, is malformed or names none (said on {@code err}): the command then ends with exit code 2.
     */
    static List<Source> sources(Path file, String interval, PrintStream err) {
        try {
            List<Source> sources = SourcesFile.read(file, SourcesFile.duration(interval, "--interval"));
            if (sources.isEmpty()) {
                err.println("faultline: " + file + " names no source");
                return null;
            }
            return sources;
        } catch (IOException e) {
            err.println("faultline: cannot read " + file + ": " + e.getMessage());
        } catch (IllegalArgumentException e) {
            err.println("faultline: " + e.getMessage());
        }
        return null;
    }

    /** The analyzer, loaded (CoreNLP: seconds and a gigabyte) at the first article that needs it, then kept. */
    private Analyzer analyzer() {
        if (analyzer == null) {
            analyzer = data.analyzer();
        }
        return analyzer;
    }

    static void print(PollReport r, PrintStream err) {
        err.printf("faultline: %s %s: %d links, %d fetched, %d stored, %d already known, %d failed (%s)%n",
                Instant.now().toString().substring(0, 19), r.source(), r.links(), r.fetched(), r.stored(), r.known(),
                r.failed(), r.status());
        for (String p : r.problems()) {
            err.println("faultline:   " + p);
        }
    }
}
