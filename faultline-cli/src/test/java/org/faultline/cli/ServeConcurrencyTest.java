package org.faultline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.faultline.ingest.Article;
import org.faultline.store.SharedStore;
import org.faultline.store.Store;
import org.faultline.web.ServerOptions;
import org.faultline.web.WebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code faultline serve} and the command line on one store file at once: the server (in this JVM, on a
 * loopback port, as ServeCommand starts it) holds the file read-only between writes; query, stats,
 * check and export run as separate processes, since DuckDB's locks are per process.
 */
class ServeConcurrencyTest {
    private static final int ARTICLES = 300; // a plover export of this many events outgrows a pipe's buffer
    private static final String TOKEN = "serve-concurrency-token";

    @TempDir
    Path dir;

    private Path db;
    private SharedStore shared;
    private WebServer server;
    private final HttpClient http = HttpClient.newHttpClient();
    private final List<Process> processes = new ArrayList<>();

    @BeforeEach
    void serve() {
        db = dir.resolve("served.db");
        OneEventAnalyzer analyzer = new OneEventAnalyzer();
        try (Store s = Store.open(db)) {
            for (int i = 0; i < ARTICLES; i++) { // a week apart: one canonical event each
                s.put(analyzer.analyze(new Article("a" + i, LocalDate.of(2010, 1, 1).plusWeeks(i), null, "outlet",
                        null, OneEventAnalyzer.TEXT, "test")));
            }
        }
        shared = SharedStore.open(db);
        server = WebServer.start(shared, () -> analyzer, "127.0.0.1", 0, ServerOptions.defaults().withToken(TOKEN));
    }

    @AfterEach
    void stop() {
        processes.forEach(Process::destroyForcibly);
        server.close();
        shared.close();
    }

    /** The faultline command line in its own process. */
    private Process cli(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                Main.class.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).start();
        processes.add(p);
        return p;
    }

    private static Cli.Result finish(Process p) throws Exception {
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
        String out = read(p.getInputStream());
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the command finishes");
        return new Cli.Result(p.exitValue(), out, err.get());
    }

    private static String read(java.io.InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private CompletableFuture<HttpResponse<String>> postArticle(String id) {
        String line = "{\"id\": \"" + id + "\", \"published\": \"2024-06-01\", \"text\": \"" + OneEventAnalyzer.TEXT + "\"}\n";
        return http.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/articles"))
                .header("Authorization", "Bearer " + TOKEN).POST(HttpRequest.BodyPublishers.ofString(line)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theCommandLineReadsAServedStoreWhileTheServerAnswers() throws Exception {
        Process query = cli("query", "--db", db.toString(), "--format", "jsonl");
        Process stats = cli("stats", "--db", db.toString());
        Process check = cli("check", "--db", db.toString());
        Path parquet = dir.resolve("parquet");
        Process export = cli("export", "--format", "parquet", "-o", parquet.toString(), "--db", db.toString());
        for (int i = 0; i < 10; i++) {
            HttpResponse<String> r = get("/api/events?limit=5");
            assertEquals(200, r.statusCode(), r.body());
            assertTrue(r.body().contains("\"total\":" + ARTICLES), r.body());
        }
        Cli.Result q = finish(query);
        assertEquals(0, q.code(), q.err());
        assertEquals(ARTICLES, q.out().lines().count(), "every canonical event");
        Cli.Result st = finish(stats);
        assertEquals(0, st.code(), st.err());
        assertTrue(st.out().contains("rebels"), st.out());
        Cli.Result c = finish(check);
        assertEquals(0, c.code(), c.err());
        assertTrue(c.out().contains("store OK"), c.out());
        Cli.Result x = finish(export);
        assertEquals(0, x.code(), x.err());
        assertTrue(Files.exists(parquet.resolve("articles.parquet")), x.err());
        assertEquals(200, get("/api/stats").statusCode(), "the server still answers");
    }

    @Test
    void aWriteThroughTheApiWaitsForACommandThatIsReadingAndLosesNothing() throws Exception {
        Process export = cli("export", "--format", "plover", "--db", db.toString());
        BufferedReader exported = new BufferedReader(new InputStreamReader(export.getInputStream(), StandardCharsets.UTF_8));
        List<String> lines = new ArrayList<>();
        lines.add(exported.readLine()); // the export has the store open and is writing; left unread, it stalls
        assertTrue(lines.get(0).startsWith("{"), lines.get(0));

        CompletableFuture<HttpResponse<String>> write = postArticle("during-export");
        Thread.sleep(1_500);
        assertFalse(write.isDone(), "the server waits for the export to release the file");
        HttpResponse<String> meanwhile = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                + "/api/events?limit=1")).timeout(java.time.Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, meanwhile.statusCode(), "and answers reads meanwhile: " + meanwhile.body());
        for (String line = exported.readLine(); line != null; line = exported.readLine()) {
            lines.add(line);
        }
        assertTrue(export.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, export.exitValue(), read(export.getErrorStream()));
        assertEquals(ARTICLES, lines.size(), "the export saw the store as it was when it opened it");

        HttpResponse<String> stored = write.get(60, TimeUnit.SECONDS);
        assertEquals(200, stored.statusCode(), stored.body());
        assertTrue(stored.body().contains("\"stored\":1"), stored.body());
        Cli.Result after = finish(cli("query", "--db", db.toString(), "--format", "jsonl"));
        assertEquals(0, after.code(), after.err());
        assertEquals(ARTICLES + 1, after.out().lines().count(), "the new event, and every earlier one");
        assertTrue(get("/api/events?limit=1").body().contains("\"total\":" + (ARTICLES + 1)));
    }

    @Test
    void aWritingCommandIsRefusedWhileServedAndChangesNothing() throws Exception {
        Path input = Files.writeString(dir.resolve("more.txt"), OneEventAnalyzer.TEXT + "\n");
        Cli.Result ingest = finish(cli("ingest", input.toString(), "--db", db.toString()));
        assertEquals(1, ingest.code(), ingest.err());
        assertTrue(ingest.err().contains(db + " is in use by another process (PID " + ProcessHandle.current().pid() + ")"),
                ingest.err());
        assertTrue(get("/api/articles?limit=1").body().contains("\"total\":" + ARTICLES));
    }
}
