package org.faultline.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlReaderTest {

    @TempDir
    Path dir;

    private final JsonlReader reader = new JsonlReader();

    private Path write(String content) throws IOException {
        return Files.writeString(dir.resolve("articles.jsonl"), content, StandardCharsets.UTF_8);
    }

    private static List<Article> articles(List<ReadResult> results) {
        return results.stream().filter(ReadResult::isArticle).map(ReadResult::article).toList();
    }

    private static List<String> problems(List<ReadResult> results) {
        return results.stream().filter(r -> !r.isArticle()).map(r -> r.problem().toString()).toList();
    }

    @Test
    void readsOneArticlePerLineSkippingBlankLines() throws IOException {
        Path file = write("""
                {"id": "seed-1", "published": "2016-06-09", "title": "T", "source": "S", "url": "https://u", "text": "First."}

                {"id": "seed-2", "text": "Second.", "published": "2016-06-10T23:59:59-05:00"}
                   \t
                {"id": 42, "text": "Third."}
                """);
        List<ReadResult> results = reader.read(file, null);

        assertEquals(List.of(), problems(results));
        List<Article> articles = articles(results);
        assertEquals(List.of(
                new Article("seed-1", LocalDate.of(2016, 6, 9), "T", "S", "https://u", "First.", file + ":1"),
                new Article("seed-2", LocalDate.of(2016, 6, 10), null, null, null, "Second.", file + ":3"),
                new Article("42", null, null, null, null, "Third.", file + ":5")), articles);
    }

    @Test
    void brokenLineInTheMiddleIsReportedAndOtherLinesAreRead() throws IOException {
        Path file = write("""
                {"id": "a", "text": "Alpha."}
                {"id": "b", "text": "Bravo
                {"id": "c", "text": "Charlie."}
                """);
        List<ReadResult> results = reader.read(file, null);

        assertEquals(3, results.size(), results::toString);
        assertEquals("a", results.get(0).article().id());
        ReadProblem problem = results.get(1).problem();
        assertEquals(file + ":2", problem.origin());
        assertTrue(problem.toString().startsWith(file + ":2: not valid JSON"), problem.toString());
        assertFalse(problem.isWarning());
        assertEquals("c", results.get(2).article().id());
        assertEquals(file + ":3", results.get(2).article().origin());
    }

    @Test
    void nonObjectsAndTrailingGarbageAreProblems() throws IOException {
        Path file = write("""
                ["id", "text"]
                "just a string"
                {"id": "x", "text": "Ok."} trailing
                {"id": "x", "text": "Ok.", "text": "Again."}
                not json at all
                """);
        List<String> problems = problems(reader.read(file, null));
        assertEquals(5, problems.size(), problems::toString);
        assertEquals(file + ":1: expected a JSON object, got array", problems.get(0));
        assertEquals(file + ":2: expected a JSON object, got string", problems.get(1));
        assertTrue(problems.get(2).startsWith(file + ":3: not valid JSON"), problems.get(2));
        assertTrue(problems.get(3).startsWith(file + ":4: not valid JSON") && problems.get(3).contains("text"),
                problems.get(3));
        assertTrue(problems.get(4).startsWith(file + ":5: not valid JSON"), problems.get(4));
    }

    @Test
    void missingIdOrTextIsAProblem() throws IOException {
        Path file = write("""
                {"text": "No id."}
                {"id": "no-text"}
                {"id": null, "text": null}
                {}
                {"id": "  ", "text": "Blank id."}
                """);
        assertEquals(List.of(
                file + ":1: missing \"id\"",
                file + ":2: missing \"text\"",
                file + ":3: missing \"id\"; missing \"text\"",
                file + ":4: missing \"id\"; missing \"text\"",
                file + ":5: \"id\" is empty"), problems(reader.read(file, null)));
    }

    @Test
    void wrongTypesAreProblems() throws IOException {
        Path file = write("""
                {"id": "a", "text": 12}
                {"id": true, "text": "x"}
                {"id": 1.5, "text": "x"}
                {"id": {"n": 1}, "text": ["x"]}
                {"id": "b", "text": "x", "title": 7}
                {"id": "c", "text": "x", "published": 20160609}
                {"id": "d", "text": "x", "url": ["u"], "source": false}
                """);
        assertEquals(List.of(
                file + ":1: \"text\" must be a string, got number",
                file + ":2: \"id\" must be a string or an integer, got boolean",
                file + ":3: \"id\" must be a string or an integer, got number",
                file + ":4: \"id\" must be a string or an integer, got object; \"text\" must be a string, got array",
                file + ":5: \"title\" must be a string, got number",
                file + ":6: \"published\" must be a date string, got number",
                file + ":7: \"source\" must be a string, got boolean; \"url\" must be a string, got array"),
                problems(reader.read(file, null)));
    }

    @Test
    void badPublishedDatesAreProblems() throws IOException {
        Path file = write("""
                {"id": "a", "text": "x", "published": "2016-13-01"}
                {"id": "b", "text": "x", "published": "yesterday"}
                {"id": "c", "text": "x", "published": "2016-02-30"}
                {"id": "d", "text": "x", "published": "2016-06-09 and more"}
                {"id": "e", "text": "x", "published": "2016-06-09T10:15:30.123Z"}
                {"id": "f", "text": "x", "published": "2016-06-09T10:15"}
                """);
        List<ReadResult> results = reader.read(file, null);
        assertEquals(List.of(
                file + ":1: \"published\" is not a YYYY-MM-DD date or ISO timestamp: \"2016-13-01\"",
                file + ":2: \"published\" is not a YYYY-MM-DD date or ISO timestamp: \"yesterday\"",
                file + ":3: \"published\" is not a YYYY-MM-DD date or ISO timestamp: \"2016-02-30\"",
                file + ":4: \"published\" is not a YYYY-MM-DD date or ISO timestamp: \"2016-06-09 and more\""),
                problems(results));
        assertEquals(List.of(LocalDate.of(2016, 6, 9), LocalDate.of(2016, 6, 9)),
                articles(results).stream().map(Article::published).toList());
    }

    @Test
    void defaultPublishedAppliesOnlyWhenTheLineHasNone() throws IOException {
        Path file = write("""
                {"id": "a", "text": "x"}
                {"id": "b", "text": "x", "published": "2001-02-03"}
                """);
        List<Article> articles = articles(reader.read(file, LocalDate.of(2016, 6, 9)));
        assertEquals(LocalDate.of(2016, 6, 9), articles.get(0).published());
        assertEquals(LocalDate.of(2001, 2, 3), articles.get(1).published());
    }

    @Test
    void textIsKeptVerbatimButBlankTextIsAnEmptyArticle() throws IOException {
        Path file = write("""
                {"id": "a", "text": "  Leading spaces\\r\\nand CRLF kept.  "}
                {"id": "b", "text": " \\n "}
                """);
        List<ReadResult> results = reader.read(file, null);
        assertEquals("  Leading spaces\r\nand CRLF kept.  ", results.get(0).article().text());
        assertEquals(file + ":2: empty article", results.get(1).problem().toString());
    }

    @Test
    void invalidUtf8IsReportedAtLineAndColumnAndReplacedOnlyThere() throws IOException {
        String bad = "{\"id\": \"b\", \"text\": \"He said \u0093stop\u0094, Kurdish Peshmerga forces entered Mosul.\"}\n";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("{\"id\": \"a\", \"text\": \"Fine \u201Cquote\u201D.\"}\n".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(bad.getBytes(StandardCharsets.ISO_8859_1));
        bytes.writeBytes("{\"id\": \"c\", \"text\": \"After.\"}\n".getBytes(StandardCharsets.UTF_8));
        Path file = Files.write(dir.resolve("mixed.jsonl"), bytes.toByteArray());
        int column = bad.indexOf('\u0093') + 1;

        List<ReadResult> results = reader.read(file, null);
        assertEquals(4, results.size(), results::toString);
        assertEquals("Fine \u201Cquote\u201D.", results.get(0).article().text());
        ReadProblem problem = results.get(1).problem();
        assertFalse(problem.isWarning(), "invalid UTF-8 fails the run");
        assertEquals(file + ":2:" + column, problem.origin());
        assertTrue(problem.message().startsWith("invalid UTF-8: bytes 93 at 2:" + column + ", 94 at 2:" + (column + 5) + ";"),
                problem.message());
        assertEquals("He said \uFFFDstop\uFFFD, Kurdish Peshmerga forces entered Mosul.", results.get(2).article().text(),
                "names and places around the bad bytes are kept as written");
        assertEquals("c", results.get(3).article().id());

        List<ReadResult> skipped = new JsonlReader(JsonlReader.MAX_LINE_BYTES, Article.DEFAULT_MAX_CHARS,
                InvalidUtf8.SKIP).read(file, null);
        assertEquals(List.of("a", "c"), skipped.stream().filter(ReadResult::isArticle).map(r -> r.article().id()).toList());
        assertTrue(skipped.get(1).problem().message().contains("skipped"), skipped.toString());
    }

    @Test
    void byteOrderMarkAndCrlfLineEndingsAreHandled() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bytes.writeBytes("{\"id\": \"a\", \"text\": \"One.\"}\r\n{\"id\": \"b\", \"text\": \"Two.\"}".getBytes(StandardCharsets.UTF_8));
        Path file = Files.write(dir.resolve("bom.jsonl"), bytes.toByteArray());

        List<ReadResult> results = reader.read(file, null);
        assertEquals(List.of(), problems(results));
        assertEquals(List.of("a", "b"), articles(results).stream().map(Article::id).toList());
        assertEquals(List.of("One.", "Two."), articles(results).stream().map(Article::text).toList());
    }

    @Test
    void overlongLineIsSkippedAndReadingContinues() throws IOException {
        Path file = write("{\"id\": \"a\", \"text\": \"" + "x".repeat(300) + "\"}\n"
                + "{\"id\": \"b\", \"text\": \"short\"}\n");
        List<ReadResult> results = new JsonlReader(100).read(file, null);
        assertEquals(2, results.size(), results::toString);
        assertEquals(file + ":1", results.get(0).problem().origin());
        assertEquals("line longer than 100 bytes, skipped", results.get(0).problem().message());
        assertEquals("b", results.get(1).article().id());
        assertEquals(file + ":2", results.get(1).article().origin());
    }

    @Test
    void linesLongerThanAReadChunkAreReassembled() throws IOException {
        String text = "word ".repeat(40_000).strip(); // 200 KB, several 64 KB chunks
        Path file = write("{\"id\": \"big\", \"text\": \"" + text + "\"}\n{\"id\": \"next\", \"text\": \"n\"}\n");
        List<Article> articles = articles(reader.read(file, null));
        assertEquals(2, articles.size());
        assertEquals(text, articles.get(0).text());
        assertEquals(file + ":2", articles.get(1).origin());
    }

    @Test
    void resultsAreStreamedLineByLine() throws IOException {
        Path file = write("{\"id\": \"a\", \"text\": \"x\"}\n{\"id\": \"b\", \"text\": \"y\"}\n");
        List<String> seen = new ArrayList<>();
        // A consumer that stops the read: the first article has been delivered before the second is parsed.
        RuntimeException stop = new RuntimeException("stop");
        try {
            reader.read(file, null, result -> {
                seen.add(result.article().id());
                throw stop;
            });
        } catch (RuntimeException e) {
            assertEquals(stop, e);
        }
        assertEquals(List.of("a"), seen);
    }

    @Test
    void emptyAndMissingFiles() throws IOException {
        Path empty = write("\n  \n");
        List<ReadResult> results = reader.read(empty, null);
        assertEquals(List.of(empty + ": no articles (only blank lines)"), problems(results));
        assertFalse(results.get(0).problem().isWarning(), "a file given to read that holds nothing fails the run");

        Path missing = dir.resolve("missing.jsonl");
        List<ReadResult> missingResults = reader.read(missing, null);
        assertEquals(List.of(missing + ": no such file"), problems(missingResults));
        assertFalse(missingResults.get(0).problem().isWarning());
    }
}
