package org.faultline.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Rules of the code's shape that a reviewer would otherwise have to check by hand: knowledge lives in
 * data files, not in Java word lists, the relation stage does not reach into the event stage, and core's
 * production sources hold no build-time tools.
 */
class ArchitectureTest {
    private static final Path MAIN = Path.of("src/main/java/org/faultline");
    private static final List<String> RULE_PACKAGES = List.of("actors", "events", "relations", "geo", "time", "grammar");
    /** More English words in string literals than this is a word list that belongs in faultline/lexicon/. */
    private static final int MAX_WORDS = 20;

    @Test
    void ruleFilesHoldNoWordLists() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path file : javaFiles(RULE_PACKAGES)) {
            String name = MAIN.relativize(file).toString().replace('\\', '/');
            List<String> words = JavaLiterals.englishWords(Files.readString(file));
            if (words.size() > MAX_WORDS) {
                problems.add(name + " holds " + words.size() + " English words in string literals (limit " + MAX_WORDS
                        + "); move them to a lexicon file: " + words);
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void relationsDoNotImportEvents() throws IOException {
        List<String> importing = new ArrayList<>();
        for (Path file : javaFiles(List.of("relations"))) {
            String name = MAIN.relativize(file).toString().replace('\\', '/');
            if (Files.readString(file).contains("org.faultline.events.")) {
                importing.add(name);
            }
        }
        assertEquals(List.of(), importing, "relations must not import events (use grammar or small interfaces)");
    }

    /**
     * Core ships only what runs in production: tools with a main method (the gazetteer index builder) live
     * in src/build/java, compiled at build time and never packaged; the CLI holds the commands.
     */
    @Test
    void coreHoldsNoToolsWithAMainMethod() throws IOException {
        List<String> tools = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                if (Files.readString(file).contains("static void main(")) {
                    tools.add(MAIN.relativize(file).toString().replace('\\', '/'));
                }
            }
        }
        assertEquals(List.of(), tools, "build-time tools belong in src/build/java");
    }

    private static List<Path> javaFiles(List<String> packages) throws IOException {
        List<Path> out = new ArrayList<>();
        for (String pkg : packages) {
            try (Stream<Path> files = Files.walk(MAIN.resolve(pkg))) {
                files.filter(p -> p.toString().endsWith(".java")).sorted().forEach(out::add);
            }
        }
        assertTrue(!out.isEmpty(), "the packages were not found under " + MAIN.toAbsolutePath());
        return out;
    }
}
