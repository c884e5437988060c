package org.faultline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code analyze} of a JSON Lines file three times the size of the heap, in a JVM of its own capped at
 * {@value #HEAP_MB} MB with the stand-in analyzer: it only completes if articles are read as the batch
 * pulls them. Holding the input (as a list of articles, or all lines) runs out of memory, and the JVM is
 * told to exit at once when it does, so the output comes up short.
 */
class FlatMemoryTest {
    private static final int HEAP_MB = 128;
    private static final long INPUT_BYTES = 3L * HEAP_MB * 1024 * 1024;
    private static final Pattern PEAK = Pattern.compile("peak heap (\\d+) MB");

    @TempDir
    Path dir;

    @Test
    void analyzeOfAnInputThreeTimesTheHeapCompletesInInputOrder() throws Exception {
        Path input = dir.resolve("large.jsonl");
        int articles = generate(input);
        Path output = dir.resolve("out.jsonl");
        Path err = dir.resolve("err.txt");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + HEAP_MB + "m", "-XX:+ExitOnOutOfMemoryError", "-cp", System.getProperty("java.class.path"),
                StandInMain.class.getName(), "analyze", input.toString(), "-o", output.toString(), "--timing")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "analyze did not finish");
        String messages = Files.readString(err, StandardCharsets.UTF_8);
        assertFalse(messages.contains("OutOfMemoryError"), messages);
        assertEquals(1, p.exitValue(), "the one bad line fails the run, at the end: " + messages);
        assertTrue(messages.contains(input + ":" + (articles / 2 + 1) + ": not valid JSON"),
                "the bad line is reported by file and line: " + messages);
        assertTrue(messages.contains(" MB  " + articles + " articles"), "progress counts bytes: " + messages);
        assertEquals(articles, inOrder(output), "every good article, in input order");
        Matcher peak = PEAK.matcher(messages);
        assertTrue(peak.find(), messages);
        System.out.printf("FlatMemoryTest: %d articles, %d MB in, peak heap %s MB at -Xmx%dm%n", articles,
                Files.size(input) >> 20, peak.group(1), HEAP_MB);
    }

    /** Writes distinct 2 KB articles up to {@link #INPUT_BYTES}, with one broken line half-way; returns how many. */
    private static int generate(Path file) throws IOException {
        String body = "Rebels attacked Goma on Monday, killing three people, officials said. ".repeat(28);
        int articles = (int) (INPUT_BYTES / (body.length() + 60));
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < articles; i++) {
                if (i == articles / 2) {
                    w.write("{broken\n"); // line articles/2 + 1
                }
                w.write("{\"id\":\"a" + i + "\",\"published\":\"2024-05-06\",\"text\":\"" + i + ". " + body + "\"}\n");
            }
        }
        return articles;
    }

    /** The number of output lines, checking that line k holds article k (the bad line yields none). */
    private static int inOrder(Path output) throws IOException {
        int k = 0;
        try (BufferedReader r = Files.newBufferedReader(output, StandardCharsets.UTF_8)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                assertTrue(line.startsWith("{\"id\":\"a" + k + "\","), "line " + k + ": " + line.substring(0, 40));
                k++;
            }
        }
        return k;
    }
}
