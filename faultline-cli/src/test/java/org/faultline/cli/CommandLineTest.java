package org.faultline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The faultline command as a user runs it: real files in, analyses and messages out. */
class CommandLineTest {

    /** Runs the command line and returns {exit code, stdout, stderr}. */
    private static Object[] run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
        try {
            int code = Main.run(args);
            System.out.flush();
            return new Object[]{code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8)};
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    @Test
    void analyzeWritesOneAnalysisPerArticleAndReportsBadInputByFileAndLine(@TempDir Path dir) throws Exception {
        Path jsonl = dir.resolve("batch.jsonl");
        Files.writeString(jsonl, "{\"id\":\"a1\",\"published\":\"2023-04-20\",\"text\":\"Rapid Support Forces fighters "
                + "shelled El Fasher on Monday, killing 12 civilians.\"}\n{not json\n"
                + "{\"id\":\"a2\",\"text\":\"Police arrested 40 protesters in Nairobi on Tuesday.\"}\n");
        Path out = dir.resolve("out.jsonl");
        Object[] r = run("analyze", jsonl.toString(), dir.resolve("missing.txt").toString(), "-o", out.toString());
        assertEquals(1, r[0], "a broken line and a missing file make the run fail at the end");
        String err = (String) r[2];
        assertTrue(err.contains("batch.jsonl:2"), err);
        assertTrue(err.contains("missing.txt"), err);
        List<String> lines = Files.readAllLines(out);
        assertEquals(2, lines.size(), "both good articles are still analysed");
        JsonNode first = new ObjectMapper().readTree(lines.get(0));
        assertEquals("a1", first.get("id").asText());
        JsonNode event = first.get("events").get(0);
        assertEquals("ASSAULT", event.get("type").asText());
        assertEquals("2023-04-17", event.get("date").asText());
        assertEquals(12, event.get("counts").get("killed").asInt());
    }

    @Test
    void userTriggerFileChangesWhatIsCoded(@TempDir Path dir) throws Exception {
        Path text = dir.resolve("a.txt");
        Files.writeString(text, "Government troops razzled the rebel camp near Goma on Friday.\n");
        Object[] before = run("analyze", text.toString(), "--published", "2024-02-12");
        assertTrue(((String) before[1]).contains("\"events\":[]"), (String) before[1]);
        Path triggers = dir.resolve("mine.tsv");
        Files.writeString(triggers, "razzle\tV\tASSAULT\t-\t-\n");
        Object[] after = run("analyze", text.toString(), "--published", "2024-02-12", "--triggers", triggers.toString());
        assertEquals(0, after[0]);
        assertTrue(((String) after[1]).contains("\"type\":\"ASSAULT\""), (String) after[1]);
    }

    @Test
    void evalPrintsTheScorersHeadlineLast() {
        Path gold = Path.of("../../shared/eval/dev/seed.gold.jsonl");
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            assertTrue(Files.exists(gold), "CI=true but ../shared is not beside the clone: " + gold.toAbsolutePath());
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(gold), "shared dev gold not present");
        Object[] r = run("eval", gold.toString());
        assertEquals(0, r[0], (String) r[2]);
        String[] lines = ((String) r[1]).strip().split("\n");
        String headline = lines[lines.length - 1];
        assertTrue(headline.startsWith("event_f1="), headline);
        assertTrue(headline.contains("relation_f1="), headline);
    }

    @Test
    void parallelAnalyzeKeepsInputOrderAndEqualsOneThread(@TempDir Path dir) throws Exception {
        Path jsonl = dir.resolve("many.jsonl");
        StringBuilder in = new StringBuilder();
        String[] towns = {"Goma", "Mosul", "Aleppo", "Kharkiv", "Juba", "Gao"};
        for (int i = 0; i < towns.length; i++) {
            in.append("{\"id\":\"p").append(i).append("\",\"published\":\"2023-04-20\",\"text\":\"Rebels shelled ")
                    .append(towns[i]).append(" on Monday, killing ").append(i + 2).append(" civilians.\"}\n");
        }
        Files.writeString(jsonl, in.toString());
        Path one = dir.resolve("one.jsonl");
        Path three = dir.resolve("three.jsonl");
        assertEquals(0, run("analyze", jsonl.toString(), "--threads", "1", "-o", one.toString())[0]);
        assertEquals(0, run("analyze", jsonl.toString(), "--threads", "3", "-o", three.toString())[0]);
        List<String> lines = Files.readAllLines(three);
        for (int i = 0; i < towns.length; i++) {
            assertEquals("p" + i, new ObjectMapper().readTree(lines.get(i)).get("id").asText());
        }
        assertEquals(Files.readAllLines(one), lines);
    }

    @Test
    void helpIsAvailableOnEveryCommand() {
        for (String cmd : new String[]{"analyze", "bench", "demo", "eval", "ingest"}) {
            Object[] r = run(cmd, "--help");
            assertEquals(0, r[0]);
            assertTrue(((String) r[1]).contains("Usage: faultline " + cmd), (String) r[1]);
        }
    }
}
