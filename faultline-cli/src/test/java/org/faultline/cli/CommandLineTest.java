package org.faultline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The faultline command as a user runs it: real files in, analyses and messages out. */
class CommandLineTest {

    @Test
    void analyzeWritesOneAnalysisPerArticleAndReportsABadLineByFileAndLine(@TempDir Path dir) throws Exception {
        Path jsonl = dir.resolve("batch.jsonl");
        Files.writeString(jsonl, "{\"id\":\"a1\",\"published\":\"2023-04-20\",\"text\":\"Rapid Support Forces fighters "
                + "shelled El Fasher on Monday, killing 12 civilians.\"}\n{not json\n"
                + "{\"id\":\"a2\",\"text\":\"Police arrested 40 protesters in Nairobi on Tuesday.\"}\n");
        Path out = dir.resolve("out.jsonl");
        Cli.Result r = Cli.run("analyze", jsonl.toString(), "-o", out.toString());
        assertEquals(1, r.code(), "a broken line makes the run fail at the end");
        String err = r.err();
        assertTrue(err.contains("batch.jsonl:2"), err);
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
    void invalidUtf8IsReportedAtLineAndColumnAndFailsTheRun(@TempDir Path dir) throws Exception {
        Path jsonl = dir.resolve("cp1252.jsonl");
        String good = "{\"id\":\"g\",\"published\":\"2023-04-20\",\"text\":\"Police arrested 40 protesters in Nairobi.\"}\n";
        String bad = "{\"id\":\"b\",\"published\":\"2023-04-20\",\"text\":\"Rapid Support Forces fighters shelled "
                + "El Fasher, \u0093officials said\u0094 on Monday.\"}\n";
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        bytes.writeBytes(good.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        bytes.writeBytes(bad.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        Files.write(jsonl, bytes.toByteArray());
        String at = jsonl + ":2:" + (bad.indexOf('\u0093') + 1) + ": invalid UTF-8: bytes 93";

        Cli.Result r = Cli.run("analyze", jsonl.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains(at), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(2, lines.size(), "the damaged line is still analysed");
        JsonNode damaged = new ObjectMapper().readTree(lines.get(1));
        assertEquals("b", damaged.get("id").asText());
        assertTrue(damaged.toString().contains("El Fasher") && damaged.toString().contains("Rapid Support Forces"),
                "names and places next to the bad bytes survive: " + damaged);

        Cli.Result skipped = Cli.run("analyze", jsonl.toString(), "--skip-invalid-utf8");
        assertEquals(1, skipped.code());
        assertTrue(skipped.err().contains(at), skipped.err());
        assertEquals(1, skipped.out().lines().count(), "the damaged line is left out");
    }

    @Test
    void userTriggerFileChangesWhatIsCoded(@TempDir Path dir) throws Exception {
        Path text = dir.resolve("a.txt");
        Files.writeString(text, "Government troops razzled the rebel camp near Goma on Friday.\n");
        Cli.Result before = Cli.run("analyze", text.toString(), "--published", "2024-02-12");
        assertTrue(before.out().contains("\"events\":[]"), before.out());
        Path triggers = dir.resolve("mine.tsv");
        Files.writeString(triggers, "razzle\tV\tASSAULT\t-\t-\n");
        Cli.Result after = Cli.run("analyze", text.toString(), "--published", "2024-02-12", "--triggers", triggers.toString());
        assertEquals(0, after.code());
        assertTrue(after.out().contains("\"type\":\"ASSAULT\""), after.out());
    }

    @Test
    void evalPrintsTheScorersHeadlineLast() {
        Path gold = Path.of("../../shared/eval/dev/seed.gold.jsonl");
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            assertTrue(Files.exists(gold), "CI=true but ../shared is not beside the clone: " + gold.toAbsolutePath());
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(gold), "shared dev gold not present");
        Cli.Result r = Cli.run("eval", gold.toString());
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().strip().split("\n");
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
        assertEquals(0, Cli.run("analyze", jsonl.toString(), "--threads", "1", "-o", one.toString()).code());
        assertEquals(0, Cli.run("analyze", jsonl.toString(), "--threads", "3", "-o", three.toString()).code());
        List<String> lines = Files.readAllLines(three);
        for (int i = 0; i < towns.length; i++) {
            assertEquals("p" + i, new ObjectMapper().readTree(lines.get(i)).get("id").asText());
        }
        assertEquals(Files.readAllLines(one), lines);
    }

    @Test
    void helpIsAvailableOnEveryCommand() {
        for (String cmd : new String[]{"analyze", "bench", "demo", "eval", "ingest"}) {
            Cli.Result r = Cli.run(cmd, "--help");
            assertEquals(0, r.code());
            assertTrue(r.out().contains("Usage: faultline " + cmd), r.out());
        }
    }
}
