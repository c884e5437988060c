package org.faultline.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.faultline.ingest.Article;
import org.faultline.ingest.JsonlReader;
import org.faultline.pipeline.Faultline;
import org.faultline.store.Ingest;
import org.faultline.store.Store;

/**
 * One server per test JVM on a free loopback port, over a fresh store holding the seed article
 * ({@code ../samples/seed.jsonl}) as analysed by the real pipeline (CoreNLP loads once).
 */
final class TestServer {
    static final Path SEED = Path.of("..", "samples", "seed.jsonl");
    /** The write token the shared test server requires. */
    static final String TOKEN = "test-token-" + Long.toHexString(System.nanoTime());
    private static TestServer shared;

    final Store store;
    final WebServer server;
    final String base;

    private TestServer() throws IOException {
        Path dir = Files.createTempDirectory("faultline-web-test");
        store = Store.open(dir.resolve("web.db"));
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
        server = WebServer.start(store, () -> analyzer, "127.0.0.1", 0, ServerOptions.defaults().withToken(TOKEN));
        base = "http://127.0.0.1:" + server.port();
    }

    static synchronized TestServer get() {
        if (shared == null) {
            try {
                shared = new TestServer();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                shared.server.close();
                shared.store.close();
            }));
        }
        return shared;
    }
}
