package org.faultline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.faultline.store.ControlFixtures;
import org.faultline.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Messages a user reads: bad option values named in the user's terms (no Java class names), strict numbers,
 * places by any spelling, and the logging of {@code serve}: one binding, no SLF4J warnings, quiet unless
 * {@code --verbose}.
 */
class CliHygieneTest {
    @TempDir
    Path dir;

    private Path store() {
        Path db = dir.resolve("control.db");
        try (Store s = ControlFixtures.store(db)) {
            s.recluster();
        }
        return db;
    }

    private static void assertPlainError(Cli.Result r, String expected) {
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains(expected), r.err());
        assertFalse(r.err().matches("(?s).*\\b(java|javax|org)\\.[a-z]+\\.[A-Za-z]+.*"), "a Java class named: " + r.err());
    }

    @Test
    void badDatesAndNumbersAreNamedInTheUsersTerms() {
        String db = store().toString();
        assertPlainError(Cli.run("query", "--db", db, "--from", "notadate"), "'notadate' is not a date: write YYYY-MM-DD");
        assertPlainError(Cli.run("stats", "--db", db, "--to", "2016-13-01"), "is not a date");
        assertPlainError(Cli.run("query", "--db", db, "--near", "NaN,NaN"), "--near wants LAT,LON");
        assertPlainError(Cli.run("query", "--db", db, "--near", "33.3,43.7", "--radius", "NaN"), "--radius wants a positive number");
    }

    @Test
    void placeTakesAnySpelling() {
        String db = store().toString();
        Cli.Result stored = Cli.run("query", "--db", db, "--place", "Al Fallūjah", "--format", "jsonl");
        assertEquals(0, stored.code(), stored.err());
        long n = stored.out().lines().count();
        assertTrue(n > 0);
        for (String spelling : List.of("Fallujah", "Falluja", "Feluja")) {
            Cli.Result r = Cli.run("query", "--db", db, "--place", spelling, "--format", "jsonl");
            assertEquals(n, r.out().lines().count(), spelling + ": " + r.err());
        }
    }

    /** {@code serve} in its own JVM until it says it is serving: what it printed on standard error. */
    private String serveOutput(String... extra) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                StandInMain.class.getName(), "serve", "--db", store().toString(), "--port", "0"));
        command.addAll(List.of(extra));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        StringBuilder out = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                out.append(line).append('\n');
                if (line.contains("faultline: serving")) {
                    break;
                }
            }
        } finally {
            p.destroy();
            p.waitFor(20, TimeUnit.SECONDS);
        }
        assertTrue(out.toString().contains("faultline: serving"), out.toString());
        return out.toString();
    }

    @Test
    void serveLogsThroughOneBindingQuietlyUnlessVerbose() throws Exception {
        String quiet = serveOutput();
        assertFalse(quiet.contains("SLF4J"), quiet);
        assertFalse(quiet.matches("(?s)(.*\\n)?INFO .*"), quiet);
        String verbose = serveOutput("--verbose");
        assertFalse(verbose.contains("SLF4J"), verbose);
        assertTrue(verbose.matches("(?s)(.*\\n)?INFO .*"), verbose);
    }
}
