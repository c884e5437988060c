package org.faultline.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.faultline.analysis.Analyzer;
import org.faultline.ingest.Article;
import org.faultline.ingest.JsonlReader;
import org.faultline.pipeline.Faultline;
import org.faultline.store.ControlFixtures;
import org.faultline.store.Ingest;
import org.faultline.store.Store;

/**
 * Servers on free loopback ports, one of each kind per test JVM: {@link #get()} over a fresh store holding
 * the seed article ({@code ../samples/seed.jsonl}) as analysed by the real pipeline (CoreNLP loads once),
 * {@link #control()} over the store's control fixtures (who held Fallujah and Mosul), with no analyzer.
 */
final class TestServer {
    static final Path SEED = Path.of("..", "samples", "seed.jsonl");
    /** The write token the shared test server requires. */
    static final String TOKEN = "test-token-" + Long.toHexString(System.nanoTime());
    private static TestServer shared;
    private static TestServer control;
    private static TestServer network;

    final Store store;
    final WebServer server;
    final String base;

    private TestServer(Store store, Supplier<? extends Analyzer> analyzers, ServerOptions options) {
        this.store = store;
        server = WebServer.start(store, analyzers, "127.0.0.1", 0, options);
        base = "http://127.0.0.1:" + server.port();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            store.close();
        }));
    }

    private static TestServer seed() throws IOException {
        Store store = Store.open(Files.createTempDirectory("faultline-web-test").resolve("web.db"));
        Faultline analyzer = Faultline.standard();
        List<Article> articles = new ArrayList<>();
        new JsonlReader().read(SEED, null, r -> {
            if (r.isArticle()) {
                articles.add(r.article());
            }
        });
        if (articles.isEmpty()) {
            throw new IllegalStateException("no article in " + SEED.toAbsolutePath());
        }
        Ingest ingest = new Ingest(store, () -> analyzer);
        for (Article a : articles) {
            Ingest.Outcome o = ingest.one(a);
            if (o.error() != null) {
                throw o.error();
            }
        }
        ingest.finish();
        return new TestServer(store, () -> analyzer, ServerOptions.defaults().withToken(TOKEN));
    }

    static synchronized TestServer get() {
        try {
            return shared == null ? shared = seed() : shared;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A server over {@link NetworkFixtures}: a 500-actor network, no analyzer. */
    static synchronized TestServer network() {
        return network == null ? network = fixtures("network", NetworkFixtures::store) : network;
    }

    static synchronized TestServer control() {
        return control == null ? control = fixtures("control", ControlFixtures::store) : control;
    }

    /** A read-only server (no token, no analyzer) over a fresh store that {@code fill} makes. */
    private static TestServer fixtures(String name, java.util.function.Function<Path, Store> fill) {
        try {
            Store store = fill.apply(Files.createTempDirectory("faultline-" + name + "-test").resolve(name + ".db"));
            return new TestServer(store, () -> {
                throw new IllegalStateException("the " + name + " tests analyse nothing");
            }, ServerOptions.defaults());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
