package org.faultline.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Architecture: the relations stage reads only its own input contract ({@link RelationInput}), never the
 * events stage's classes, so either can change without the other. Scans the sources for imports and
 * fully qualified uses of {@code org.faultline.events}.
 */
class RelationsImportNoEventsTest {
    private static final Path RELATIONS = Path.of("src/main/java/org/faultline/relations");
    private static final Pattern EVENTS = Pattern.compile("\\borg\\.faultline\\.events\\b");

    static List<String> eventsUses(Path dir) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(p);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher m = EVENTS.matcher(lines.get(i));
                    if (m.find()) {
                        found.add(p.getFileName() + ":" + (i + 1) + ": " + lines.get(i).strip());
                    }
                }
            }
        }
        return found;
    }

    @Test
    void relationsNeverUseTheEventsPackage() throws IOException {
        assertTrue(Files.isDirectory(RELATIONS), "run from the module directory: " + RELATIONS.toAbsolutePath());
        assertEquals(List.of(), eventsUses(RELATIONS));
    }

    @Test
    void theScanFindsAnImportAndAQualifiedUse(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("A.java"), "package x;\nimport org.faultline.events.PlaceSpot;\n");
        Files.writeString(dir.resolve("B.java"), "package x;\nclass B { org.faultline.events.EventExtractor.Result r; }\n");
        Files.writeString(dir.resolve("C.java"), "package x;\nimport org.faultline.eventsource.Feed;\n");
        assertEquals(2, eventsUses(dir).size(), eventsUses(dir).toString());
    }
}
