package org.faultline.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleSourcesTest {

    @TempDir
    Path dir;

    private final ArticleSources sources = new ArticleSources();

    private Path write(String relative, String content) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    /** Each result as "article ORIGIN" or "problem ORIGIN: MESSAGE", relative to the temp dir. */
    private List<String> describe(List<ReadResult> results) {
        String prefix = dir + "/";
        return results.stream()
                .map(r -> r.isArticle() ? "article " + r.article().origin() : "problem " + r.problem())
                .map(s -> s.replace(prefix, ""))
                .toList();
    }

    @Test
    void directoriesAreReadRecursivelyInSortedOrder() throws IOException {
        write("c.html", "<html><body><p>Gamma.</p></body></html>");
        write("b.txt", "Beta.");
        write("a/z.jsonl", "{\"id\": \"z1\", \"text\": \"Zulu one.\"}\n{\"id\": \"z2\", \"text\": \"Zulu two.\"}\n");
        write("a/y.txt", "Yankee.");
        write("a/deeper/x.ndjson", "{\"id\": \"x1\", \"text\": \"X-ray.\"}\n");
        write(".hidden/skipped.txt", "Hidden.");
        write(".notes.txt", "Hidden too.");

        assertEquals(List.of(
                "article a/deeper/x.ndjson:1",
                "article a/y.txt",
                "article a/z.jsonl:1",
                "article a/z.jsonl:2",
                "article b.txt",
                "article c.html"), describe(sources.readAll(List.of(dir), null)));
    }

    @Test
    void explicitPathsKeepTheGivenOrder() throws IOException {
        Path second = write("a.txt", "Alpha.");
        Path first = write("b.txt", "Bravo.");
        assertEquals(List.of("article b.txt", "article a.txt"), describe(sources.readAll(List.of(first, second), null)));
    }

    @Test
    void dispatchesByExtension() throws IOException {
        write("d/1.jsonl", "{\"id\": \"j\", \"text\": \"Json.\"}\n");
        write("d/2.NDJSON", "{\"id\": \"n\", \"text\": \"Ndjson.\"}\n");
        write("d/3.htm", "<html><head><title>Htm</title></head><body><p>Htm.</p></body></html>");
        write("d/4.HTML", "<html><head><title>Html</title></head><body><p>Html.</p></body></html>");
        write("d/5.text", "Text.");
        write("d/6", "No extension.");
        write("d/7.pdf", "%PDF-1.4");

        List<ReadResult> results = sources.readAll(List.of(dir.resolve("d")), null);
        assertEquals(List.of(
                "article d/1.jsonl:1",
                "article d/2.NDJSON:1",
                "article d/3.htm",
                "article d/4.HTML",
                "article d/5.text",
                "article d/6",
                "problem d/7.pdf: unsupported file type (expected .jsonl, .ndjson, .html, .htm, .txt or .text)"),
                describe(results));
        assertEquals("j", results.get(0).article().id());
        assertEquals("Htm", results.get(2).article().title());
        assertEquals("No extension.", results.get(5).article().text());
        assertInstanceOf(TextFileReader.class, sources.readerFor(Path.of("notes.TXT")));
        assertNull(sources.readerFor(Path.of("notes.docx")));
    }

    @Test
    void missingFileIsAProblemAndTheRestIsStillRead() throws IOException {
        Path missing = dir.resolve("gone.txt");
        Path present = write("here.txt", "Here.");
        List<ReadResult> results = sources.readAll(List.of(missing, present), null);

        assertEquals(2, results.size());
        assertEquals(missing + ": no such file", results.get(0).problem().toString());
        assertFalse(results.get(0).problem().isWarning());
        assertEquals("Here.", results.get(1).article().text());
    }

    @Test
    void unreadableFileIsAProblem() throws IOException {
        Path secret = write("secret.txt", "Secret.");
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
        assumeTrue(!Files.isReadable(secret), "running as root: permissions are not enforced");

        List<ReadResult> results = sources.readAll(List.of(secret), null);
        assertEquals(List.of("problem secret.txt: cannot read (permission denied)"), describe(results));
    }

    @Test
    void emptyFilesAreProblems() throws IOException {
        write("e/empty.txt", "");
        write("e/empty.html", "");
        write("e/empty.jsonl", "");
        write("e/blank.jsonl", "\n  \n");
        assertEquals(List.of(
                "problem e/blank.jsonl: no articles (only blank lines)",
                "problem e/empty.html: empty file",
                "problem e/empty.jsonl: empty file",
                "problem e/empty.txt: empty file"), describe(sources.readAll(List.of(dir.resolve("e")), null)));
        List<ReadProblem> named = sources.checkPaths(List.of(dir.resolve("e/empty.txt"), dir.resolve("e"),
                dir.resolve("gone.jsonl"), dir.resolve("e/blank.jsonl")));
        assertEquals(List.of(dir.resolve("e/empty.txt") + ": empty file", dir.resolve("gone.jsonl") + ": no such file"),
                named.stream().map(ReadProblem::toString).toList(), "checked without reading: blank lines need a read");
    }

    @Test
    void defaultPublishedDateFillsOnlyMissingDates() throws IOException {
        write("p/a.txt", "Text has no date.");
        write("p/b.html", "<html><head><meta property=\"article:published_time\" content=\"2014-08-07\"></head>"
                + "<body><p>Page has a date.</p></body></html>");
        write("p/c.jsonl", "{\"id\": \"c1\", \"text\": \"No date.\"}\n"
                + "{\"id\": \"c2\", \"text\": \"Own date.\", \"published\": \"2015-01-02\"}\n");
        LocalDate fallback = LocalDate.of(2016, 6, 9);

        List<LocalDate> dates = sources.readAll(List.of(dir.resolve("p")), fallback).stream()
                .map(r -> r.article().published()).toList();
        assertEquals(List.of(fallback, LocalDate.of(2014, 8, 7), fallback, LocalDate.of(2015, 1, 2)), dates);
    }

    @Test
    void callbackApiYieldsTheSameSequenceAsTheListApi() throws IOException {
        write("s/1.jsonl", "{\"id\": \"a\", \"text\": \"A.\"}\nbroken\n{\"id\": \"b\", \"text\": \"B.\"}\n");
        write("s/2.txt", "Two.");
        List<Path> paths = List.of(dir.resolve("s"), dir.resolve("s/nothing.txt"));

        List<ReadResult> streamed = new ArrayList<>();
        sources.forEach(paths, null, streamed::add);
        List<ReadResult> listed = sources.readAll(paths, null);

        assertEquals(listed, streamed);
        assertEquals(5, listed.size());
        assertTrue(listed.get(1).problem().toString().contains("1.jsonl:2: not valid JSON"));
        assertEquals(dir.resolve("s/nothing.txt") + ": no such file", listed.get(4).problem().toString());
    }

    @Test
    void symlinkCycleIsReadOnce() throws IOException {
        write("loop/a.txt", "Alpha.");
        try {
            Files.createSymbolicLink(dir.resolve("loop/self"), dir.resolve("loop"));
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "symbolic links not supported here");
        }
        assertEquals(List.of("article loop/a.txt"), describe(sources.readAll(List.of(dir.resolve("loop")), null)));
    }

    @Test
    void theStreamReadsAsItIsPulledAndCountsTheBytesRead() throws IOException {
        Path lines = write("big/1.jsonl", "{\"id\": \"a\", \"text\": \"A.\"}\n{\"id\": \"b\", \"text\": \"B.\"}\n");
        Path text = write("big/2.txt", "Two.");
        List<Path> paths = List.of(dir.resolve("big"));
        long total = sources.totalBytes(paths);
        assertEquals(Files.size(lines) + Files.size(text), total);
        try (ReadStream stream = sources.open(paths, null)) {
            assertEquals(0, stream.bytesRead(), "nothing is read before the first pull");
            assertEquals("a", stream.next().article().id());
            long afterFirst = stream.bytesRead();
            assertTrue(afterFirst > 0 && afterFirst < Files.size(lines), "only the first line is read: " + afterFirst);
            Files.writeString(text, "Changed after the walk began.");
            assertEquals("b", stream.next().article().id());
            assertEquals("Changed after the walk began.", stream.next().article().text(), "files are read when reached");
            assertFalse(stream.hasNext());
            assertEquals(Files.size(lines) + Files.size(text), stream.bytesRead());
        }
    }
}
