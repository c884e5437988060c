package org.faultline.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.faultline.analysis.Analysis;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store held as {@code faultline serve} holds it, with other processes ({@link HoldStore}) reading or
 * trying to write the same file: DuckDB's locks are per process, so they must be real processes.
 */
class SharedStoreTest {
    @TempDir
    Path dir;

    private Process other;

    /** Another process holding the store; returns its first line ("open ..." or "refused: ..."). */
    private String hold(Path db, String mode) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        other = new ProcessBuilder(java, "-Xmx256m", "-cp", cp, HoldStore.class.getName(), db.toString(), mode)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        return new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8)).readLine();
    }

    private void release() throws Exception {
        try (OutputStream in = other.getOutputStream()) {
            in.write('\n');
        }
        assertTrue(other.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, other.exitValue());
    }

    @AfterEach
    void stopOther() {
        if (other != null) {
            other.destroyForcibly();
        }
    }

    private Path corpus() {
        Path db = dir.resolve("served.db");
        try (Store s = Store.open(db)) {
            Fixtures.corpus().forEach(s::put); // not re-clustered: serving recomputes stale clusters first
        }
        return db;
    }

    private static Analysis extra(String id) {
        return Fixtures.single(id, "AFP", "PROTEST", List.of(Fixtures.civilians()), List.of(), Fixtures.BAGHDAD,
                "2016-06-08");
    }

    private static long articles(SharedStore shared) {
        return shared.read(s -> s.count("articles"));
    }

    private static long events(SharedStore shared) {
        return shared.read(s -> (long) s.events(QueryFilter.all()).size());
    }

    @Test
    void otherProcessesReadTheServedStoreAndAWriteWaitsForThem() throws Exception {
        Path db = corpus();
        try (SharedStore shared = SharedStore.open(db, Duration.ofSeconds(60))) {
            long events = events(shared);
            assertTrue(events > 0);
            assertEquals("open read-only=true articles=4", hold(db, "read"), "another process reads meanwhile");
            assertEquals(events, events(shared), "and so does the server");

            CompletableFuture<PutResult> write = CompletableFuture.supplyAsync(() -> shared.write(s -> s.put(extra("w1"))));
            Thread.sleep(1_000);
            assertFalse(write.isDone(), "the write waits while the other process reads");
            assertEquals(4L, assertTimeoutPreemptively(Duration.ofSeconds(10), () -> articles(shared)),
                    "the server's reads go on while its write waits");
            release();
            assertEquals(PutResult.STORED, write.get(30, TimeUnit.SECONDS));
            assertEquals(5L, articles(shared), "stored, and nothing before it lost");
            assertFalse(shared.read(Store::clustersStale), "the write recomputed the canonical events");
        }
        try (Store s = Store.open(db)) {
            assertTrue(StoreCheck.run(s).ok());
        }
    }

    @Test
    void aWriteThatCannotGetTheFileInTimeChangesNothingAndReadsGoOn() throws Exception {
        Path db = corpus();
        try (SharedStore shared = SharedStore.open(db, Duration.ofMillis(800))) {
            hold(db, "read");
            StoreBusyException e = assertThrows(StoreBusyException.class, () -> shared.write(s -> s.put(extra("w2"))));
            assertTrue(e.getMessage().contains("in use by another process (PID " + other.pid() + ")"), e.getMessage());
            assertTrue(e.getMessage().contains("nothing was stored"), e.getMessage());
            assertEquals(4L, articles(shared), "the server still reads, all four still there");
            release();
            assertEquals(PutResult.STORED, shared.write(s -> s.put(extra("w2"))));
            assertEquals(5L, articles(shared));
        }
    }

    @Test
    void aWritingProcessIsRefusedWhileTheStoreIsServed() throws Exception {
        Path db = corpus();
        try (SharedStore shared = SharedStore.open(db)) {
            String line = hold(db, "write");
            assertTrue(line.startsWith("refused: ") && line.contains("in use by another process (PID "
                    + ProcessHandle.current().pid() + ")"), line);
            assertEquals(4L, articles(shared));
        }
        assertEquals("open read-only=false articles=4", hold(db, "write"), "free again once the server closes it");
        release();
    }
}
