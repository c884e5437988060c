package org.faultline.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java scorer prints exactly what shared/eval/score.py prints, and its figures are score.py's to the
 * last bit, on the dev gold sets (and a synthetic one with characters outside the BMP, quotes and odd ids)
 * against analyses that are right, empty, wrong, incomplete or randomly damaged. Skipped, not passed, where
 * python3 or shared/ is missing, and failed under CI.
 */
class ScorerAgreementTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> printsWhatScorePyPrints() throws IOException {
        Path eval = SharedEval.find();
        Path scorePy = eval == null ? null : eval.resolve("score.py");
        List<Path> golds = new ArrayList<>();
        if (scorePy != null && Files.isDirectory(scorePy.resolveSibling("dev"))) {
            try (Stream<Path> dev = Files.list(scorePy.resolveSibling("dev"))) {
                dev.filter(p -> p.getFileName().toString().endsWith(".gold.jsonl")).sorted().forEach(golds::add);
            }
        }
        // Assumed inside a test rather than in this factory: surefire counts an aborted factory as no test at all.
        String missing = scorePy == null ? "shared/eval/score.py not found above " + Path.of("").toAbsolutePath()
                : !pythonWorks() ? "python3 is not available"
                : golds.isEmpty() ? "no dev/*.gold.jsonl beside " + scorePy : null;
        if (missing != null) {
            if (SharedEval.underCi()) {
                return Stream.of(DynamicTest.dynamicTest("agreement with score.py", () -> {
                    throw new AssertionError(missing + " (CI=true: shared/ and python3 must be there)");
                }));
            }
            return Stream.of(DynamicTest.dynamicTest("agreement with score.py", () -> assumeTrue(false, missing)));
        }
        golds.add(synthetic());
        List<DynamicTest> tests = new ArrayList<>();
        for (Path gold : golds) {
            List<JsonNode> rows = Jsonl.readRows(gold);
            for (Map.Entry<String, Function<List<JsonNode>, List<JsonNode>>> v : AnalysisFixtures.variants().entrySet()) {
                String name = gold.getFileName() + " vs " + v.getKey();
                tests.add(DynamicTest.dynamicTest(name, () -> compare(scorePy, gold, write(name, v.getValue().apply(rows)))));
            }
        }
        return tests.stream();
    }

    private void compare(Path scorePy, Path gold, Path system) throws Exception {
        ScoreReport report = Scorer.score(gold, system);
        Path json = dir.resolve(system.getFileName() + ".report.json");

        String plain = python(scorePy, gold.toString(), system.toString());
        assertEquals(plain.lines().toList(), report.format(false).lines().toList());
        assertEquals(plain, report.format(false));

        String withMisses = python(scorePy, gold.toString(), system.toString(), "--misses", "--json", json.toString());
        assertEquals(withMisses.lines().toList(), report.format(true).lines().toList());
        assertEquals(withMisses, report.format(true));

        // The printed figures have three decimals; the JSON report has all of them, and every tally.
        JsonNode py = JSON.readTree(json.toFile());
        assertEquals(ints(py.get("totals")), report.totals());
        assertEquals(List.copyOf(ints(py.get("totals")).keySet()), List.copyOf(report.totals().keySet()));
        assertEquals(doubles(py.get("rates")), report.rates());
        assertEquals(List.copyOf(doubles(py.get("rates")).keySet()), List.copyOf(report.rates().keySet()));
        assertEquals(doubles(py.get("headline")), report.headline());
        assertEquals(List.copyOf(doubles(py.get("headline")).keySet()), List.copyOf(report.headline().keySet()));
        assertEquals(py.get("misses"), report.toJson().get("misses"));
    }

    private static Map<String, Integer> ints(JsonNode obj) {
        Map<String, Integer> out = new LinkedHashMap<>();
        obj.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().intValue()));
        return out;
    }

    private static Map<String, Double> doubles(JsonNode obj) {
        Map<String, Double> out = new LinkedHashMap<>();
        obj.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().doubleValue()));
        return out;
    }

    private Path write(String name, List<JsonNode> analyses) throws IOException {
        Path file = dir.resolve(name.replaceAll("[^A-Za-z0-9.-]+", "_") + ".jsonl");
        String lines = analyses.stream().map(JsonNode::toString).map(s -> s + "\n").collect(Collectors.joining());
        return Files.writeString(file, lines, StandardCharsets.UTF_8);
    }

    private Path synthetic() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("synthetic.gold.jsonl")) {
            Path file = dir.resolve("synthetic.gold.jsonl");
            Files.write(file, in.readAllBytes());
            return file;
        }
    }

    /** score.py's stdout; it must exit 0. */
    private String python(Path scorePy, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("python3", scorePy.toString()));
        command.addAll(List.of(args));
        Path err = dir.resolve("score.py.stderr");
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(err.toFile());
        pb.environment().put("PYTHONIOENCODING", "utf-8");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "score.py timed out");
        assertEquals(0, p.exitValue(), () -> "score.py failed: " + readQuietly(err));
        return out;
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static boolean pythonWorks() {
        try {
            Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
