package org.faultline.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Jazzer fuzz targets for the readers. {@code mvn test} runs them in regression mode: only the seed
 * inputs under {@code src/test/resources/org/faultline/ingest/ReaderFuzzTestInputs/} (and an empty
 * input), no fuzzing and no network. {@code JAZZER_FUZZ=1 mvn test -pl faultline-core -Dtest=ReaderFuzzTest}
 * fuzzes each target for its {@code maxDuration}; a crash is saved as a new seed to commit.
 * The property checked: readers never throw, and every result names its input.
 */
class ReaderFuzzTest {
    private static final int MAX_CHARS = 2000;

    @FuzzTest(maxDuration = "30s")
    void jsonlReaderReportsInsteadOfThrowing(byte[] data) throws IOException {
        Path file = Files.createTempFile("fuzz", ".jsonl");
        try {
            Files.write(file, data);
            List<ReadResult> results = new JsonlReader(4096, MAX_CHARS).read(file, LocalDate.of(2020, 1, 1));
            for (ReadResult r : results) {
                if (r.isArticle()) {
                    assertFalse(r.article().text().isBlank());
                    assertTrue(r.article().text().length() <= MAX_CHARS);
                    assertTrue(r.article().origin().startsWith(file + ":"));
                } else {
                    assertTrue(r.problem().origin().startsWith(file.toString()), r.problem().toString());
                    assertTrue(r.problem().message().length() < 1000);
                }
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @FuzzTest(maxDuration = "30s")
    void htmlReaderReportsInsteadOfThrowing(FuzzedDataProvider data) {
        String html = data.consumeRemainingAsString();
        ReadResult r = new HtmlFileReader(MAX_CHARS).parse(html, "fuzz.html", null);
        assertNotNull(r);
        if (r.isArticle()) {
            assertFalse(r.article().text().isBlank());
            assertTrue(r.article().text().length() <= MAX_CHARS);
        } else {
            assertTrue(r.problem().origin().equals("fuzz.html"));
        }
    }

    @FuzzTest(maxDuration = "10s")
    void textFileReaderReportsInsteadOfThrowing(byte[] data) throws IOException {
        Path file = Files.createTempFile("fuzz", ".txt");
        try {
            Files.write(file, data);
            for (ReadResult r : new TextFileReader(MAX_CHARS).read(file, null)) {
                // a problem names the file, or FILE:LINE:COLUMN for invalid UTF-8
                assertTrue(r.isArticle() ? r.article().origin().equals(file.toString())
                        : r.problem().origin().equals(file.toString())
                        || r.problem().origin().matches(java.util.regex.Pattern.quote(file.toString()) + ":\\d+:\\d+"),
                        () -> r.toString());
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @FuzzTest(maxDuration = "10s")
    void publishedDatesParseOrAreRejected(FuzzedDataProvider data) {
        Dates.parseIso(data.consumeRemainingAsString()); // null or a date, never an exception
    }
}
