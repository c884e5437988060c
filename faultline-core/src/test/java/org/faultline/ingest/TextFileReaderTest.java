package org.faultline.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextFileReaderTest {

    @TempDir
    Path dir;

    private final TextFileReader reader = new TextFileReader();

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private Path writeBytes(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }

    private Article onlyArticle(List<ReadResult> results) {
        assertEquals(1, results.size(), () -> "expected one result, got " + results);
        assertTrue(results.get(0).isArticle(), () -> "expected an article, got " + results.get(0));
        return results.get(0).article();
    }

    @Test
    void shortFirstLineFollowedByBlankLineIsTheTitle() throws IOException {
        Path file = write("story.txt", "Clashes in Fallujah\n\nIraqi forces entered the city.\nMore followed.\n");
        Article article = onlyArticle(reader.read(file, LocalDate.of(2016, 6, 9)));

        assertEquals("Clashes in Fallujah", article.title());
        assertEquals("Clashes in Fallujah\n\nIraqi forces entered the city.\nMore followed.", article.text());
        assertEquals(LocalDate.of(2016, 6, 9), article.published());
        assertEquals(file.toString(), article.origin());
        assertNull(article.source());
        assertNull(article.url());
    }

    @Test
    void noTitleWithoutBlankLineOrWhenFirstLineIsLong() throws IOException {
        Path run = write("run.txt", "Iraqi forces entered the city.\nMore followed.");
        assertNull(onlyArticle(reader.read(run, null)).title());

        Path longFirst = write("long.txt", "x".repeat(200) + "\n\nBody.");
        assertNull(onlyArticle(reader.read(longFirst, null)).title());

        Path oneLine = write("one.txt", "Just one line.\n");
        assertNull(onlyArticle(reader.read(oneLine, null)).title());
    }

    @Test
    void leadingBlankLinesAreSkippedForTitleAndText() throws IOException {
        Path file = write("lead.txt", "\n\n  Headline  \n   \nBody text.");
        Article article = onlyArticle(reader.read(file, null));
        assertEquals("Headline", article.title());
        assertEquals("Headline  \n   \nBody text.", article.text());
        assertNull(article.published());
    }

    @Test
    void idIsPrefixedShaOneOfTheText() throws IOException {
        // sha1("hello") = aaf4c61ddcc5e8a2dabede0f3b482cd9aea9434d
        Article article = onlyArticle(reader.read(write("h.txt", "hello\n"), null));
        assertEquals("a-aaf4c61ddcc5e8a2", article.id());
    }

    @Test
    void sameTextGivesSameIdAndDifferentTextADifferentOne() throws IOException {
        String a1 = onlyArticle(reader.read(write("a1.txt", "Troops advanced on Mosul."), null)).id();
        String a2 = onlyArticle(reader.read(write("a2.txt", "Troops advanced on Mosul.\r\n"), null)).id();
        String b = onlyArticle(reader.read(write("b.txt", "Troops advanced on Raqqa."), null)).id();

        assertEquals(a1, a2);
        assertNotEquals(a1, b);
        assertTrue(a1.matches("a-[0-9a-f]{16}"), a1);
    }

    @Test
    void givenIdIsUsed() throws IOException {
        List<ReadResult> results = new ArrayList<>();
        reader.read(write("x.txt", "Some text."), "seed-1", null, results::add);
        assertEquals("seed-1", onlyArticle(results).id());
    }

    @Test
    void lineEndingsAreNormalised() throws IOException {
        Article article = onlyArticle(reader.read(write("crlf.txt", "Title\r\n\r\nLine one.\rLine two.\r\n"), null));
        assertEquals("Title\n\nLine one.\nLine two.", article.text());
        assertEquals("Title", article.title());
    }

    @Test
    void byteOrderMarkIsStripped() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "Title\n\nBody.".getBytes(StandardCharsets.UTF_8);
        byte[] content = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, content, 0, 3);
        System.arraycopy(body, 0, content, 3, body.length);

        Article article = onlyArticle(reader.read(writeBytes("bom.txt", content), null));
        assertEquals("Title\n\nBody.", article.text());
        assertEquals("Title", article.title());
    }

    @Test
    void invalidUtf8IsReportedWhereItIsAndReplacedOnlyThere() throws IOException {
        byte[] first = "Rebels attacked Mosul.\n".getBytes(StandardCharsets.UTF_8);
        byte[] second = "He said \u0093stop\u0094 twice.\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] content = new byte[first.length + second.length];
        System.arraycopy(first, 0, content, 0, first.length);
        System.arraycopy(second, 0, content, first.length, second.length);
        Path file = writeBytes("cp1252.txt", content);
        List<ReadResult> results = reader.read(file, null);

        assertEquals(2, results.size(), results::toString);
        ReadProblem problem = results.get(0).problem();
        assertFalse(problem.isWarning(), "invalid UTF-8 fails the run");
        assertEquals(file + ":2:9", problem.origin());
        assertTrue(problem.message().startsWith("invalid UTF-8: bytes 93 at 2:9, 94 at 2:14;"), problem.message());
        assertEquals("Rebels attacked Mosul.\nHe said \uFFFDstop\uFFFD twice.", results.get(1).article().text());

        List<ReadResult> skipped = new TextFileReader(Article.DEFAULT_MAX_CHARS, InvalidUtf8.SKIP).read(file, null);
        assertEquals(1, skipped.size(), "skipped: the problem only, no article");
        assertTrue(skipped.get(0).problem().message().contains("skipped"), skipped.toString());
    }

    @Test
    void validUtf8IsReadAsWritten() throws IOException {
        List<ReadResult> results = reader.read(write("utf8.txt", "He said \u201Cstop\u201D in Al-Anb\u0101r."), null);
        assertEquals("He said \u201Cstop\u201D in Al-Anb\u0101r.", onlyArticle(results).text());
    }

    @Test
    void emptyOrWhitespaceOnlyFileIsAProblem() throws IOException {
        Path empty = write("empty.txt", "");
        Path blank = write("blank.txt", " \n\t\r\n");
        for (Path file : List.of(empty, blank)) {
            List<ReadResult> results = reader.read(file, null);
            assertEquals(1, results.size());
            assertFalse(results.get(0).isArticle());
            assertEquals(file + ": empty article", results.get(0).problem().toString());
            assertFalse(results.get(0).problem().isWarning());
        }
    }

    @Test
    void unreadablePathIsAProblemNotAnException() {
        // A directory cannot be read as a file, even by root (unlike a chmod 000 file).
        List<ReadResult> results = reader.read(dir, null);
        assertEquals(1, results.size());
        assertTrue(results.get(0).problem().toString().startsWith(dir + ": cannot read: "),
                results.get(0).toString());
    }

    @Test
    void missingFileIsAProblemNotAnException() {
        Path missing = dir.resolve("nope.txt");
        List<ReadResult> results = reader.read(missing, null);
        assertEquals(List.of(ReadResult.of(new ReadProblem(missing.toString(), "no such file"))), results);
    }
}
