package org.faultline.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Entry point of ingest: turns the paths a user names (files or directories) into articles and
 * problems, in a stable order: paths as given, directory entries sorted by name, depth first. Files are
 * dispatched by extension: .jsonl/.ndjson JSON Lines, .html/.htm web pages, .txt/.text or none plain text.
 * Nothing here throws for bad input; every failure is a {@link ReadProblem} in the stream.
 * Stateless between calls and safe to share across threads.
 */
public final class ArticleSources {

    private final ArticleReader text;
    private final ArticleReader html;
    private final ArticleReader jsonl;

    /** Readers with the default article cap, {@link Article#DEFAULT_MAX_CHARS}. */
    public ArticleSources() {
        this(Article.DEFAULT_MAX_CHARS);
    }

    /** @param maxArticleChars articles with a longer text are reported as problems and not analysed */
    public ArticleSources(int maxArticleChars) {
        this(maxArticleChars, InvalidUtf8.REPLACE);
    }

    /**
     * @param maxArticleChars articles with a longer text are reported as problems and not analysed
     * @param invalid         what to do with a JSON line or a text or HTML file that is not valid UTF-8
     */
    public ArticleSources(int maxArticleChars, InvalidUtf8 invalid) {
        if (maxArticleChars < 1) {
            throw new IllegalArgumentException("maxArticleChars must be positive");
        }
        this.text = new TextFileReader(maxArticleChars, invalid);
        this.html = new HtmlFileReader(maxArticleChars, invalid);
        this.jsonl = new JsonlReader(JsonlReader.MAX_LINE_BYTES, maxArticleChars, invalid);
    }

    /**
     * Streams every article and problem to {@code out} as it is read; memory use does not grow with the
     * input (JSON Lines are read line by line).
     *
     * @param defaultPublished publication date for articles whose input gives none; may be null
     */
    public void forEach(List<Path> paths, LocalDate defaultPublished, Consumer<? super ReadResult> out) {
        try (ReadStream results = open(paths, defaultPublished)) {
            results.forEachRemaining(out);
        }
    }

    /**
     * Every article and problem of {@code paths}, pulled one at a time in the order {@link #forEach}
     * gives: the API for inputs larger than memory, where a bounded consumer sets the pace. Directories
     * are listed when reached, one file is open at a time.
     */
    public ReadStream open(List<Path> paths, LocalDate defaultPublished) {
        return new Walk(paths, defaultPublished);
    }

    /**
     * The bytes {@link #open} will read from {@code paths}: the sizes of the files it reads, directories
     * walked (hidden entries and unsupported types left out, as reading does). For a progress display.
     */
    public long totalBytes(List<Path> paths) {
        long total = 0;
        for (Path path : paths) {
            if (!Files.isDirectory(path)) {
                total += sizeOf(path);
                continue;
            }
            try (Stream<Path> walk = Files.walk(path)) {
                total += walk.filter(p -> !hidden(path, p) && Files.isRegularFile(p) && readerFor(p) != null)
                        .mapToLong(ArticleSources::sizeOf).sum();
            } catch (IOException | RuntimeException e) {
                // an unreadable directory is reported when it is read; progress just counts less
            }
        }
        return total;
    }

    private static boolean hidden(Path root, Path p) {
        for (Path part : root.relativize(p)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static long sizeOf(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.size(file) : 0;
        } catch (IOException | SecurityException e) {
            return 0;
        }
    }

    /** Everything {@link #forEach} yields, collected in order; for inputs that fit in memory. */
    public List<ReadResult> readAll(List<Path> paths, LocalDate defaultPublished) {
        List<ReadResult> results = new ArrayList<>();
        forEach(paths, defaultPublished, results::add);
        return results;
    }

    /** The reader for {@code file}'s extension, or null if the type is not supported. */
    public ArticleReader readerFor(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String extension = dot <= 0 ? "" : name.substring(dot + 1);
        return switch (extension) {
            case "jsonl", "ndjson" -> jsonl;
            case "html", "htm" -> html;
            case "txt", "text", "" -> text;
            default -> null;
        };
    }

    /**
     * What is wrong with the given paths themselves, found without reading them: a path that does not
     * exist, is neither a regular file nor a directory, cannot be read, has an unsupported type or is
     * empty. Commands check the paths they are given before loading anything slow.
     */
    public List<ReadProblem> checkPaths(List<Path> paths) {
        List<ReadProblem> problems = new ArrayList<>();
        for (Path path : paths) {
            ReadProblem problem = pathProblem(path);
            if (problem != null) {
                problems.add(problem);
            }
        }
        return problems;
    }

    /** The problem with one path, or null when it can be read. */
    private ReadProblem pathProblem(Path path) {
        String origin = path.toString();
        if (Files.isDirectory(path)) {
            return Files.isReadable(path) ? null : new ReadProblem(origin, "cannot read directory (permission denied)");
        }
        if (!Files.exists(path)) {
            return new ReadProblem(origin, "no such file");
        }
        if (!Files.isRegularFile(path)) {
            return new ReadProblem(origin, "not a regular file");
        }
        if (readerFor(path) == null) {
            return new ReadProblem(origin, "unsupported file type (expected .jsonl, .ndjson, .html, .htm, .txt or .text)");
        }
        if (!Files.isReadable(path)) {
            return new ReadProblem(origin, "cannot read (permission denied)");
        }
        try {
            return Files.size(path) == 0 ? new ReadProblem(origin, "empty file") : null;
        } catch (IOException | SecurityException e) {
            return new ReadProblem(origin, "cannot read: " + FileText.describe(e));
        }
    }

    /** The walk behind {@link #open}: a stack of directory listings and the one file being read. */
    private final class Walk implements ReadStream {
        private final LocalDate defaultPublished;
        private final Deque<Iterator<Path>> pending = new ArrayDeque<>();
        private final Set<Path> visitedDirectories = new HashSet<>(); // symbolic links may form cycles
        private ReadStream current;
        private Path currentFile;
        private long finishedBytes;

        Walk(List<Path> paths, LocalDate defaultPublished) {
            this.defaultPublished = defaultPublished;
            pending.push(List.copyOf(paths).iterator());
        }

        @Override
        public boolean hasNext() {
            while (current == null || !current.hasNext()) {
                endCurrent();
                Path next = nextPath();
                if (next == null) {
                    return false;
                }
                current = visit(next);
            }
            return true;
        }

        @Override
        public ReadResult next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return current.next();
        }

        @Override
        public long bytesRead() {
            ReadStream reading = current;
            return finishedBytes + (reading == null ? 0 : reading.bytesRead());
        }

        @Override
        public void close() {
            endCurrent();
            pending.clear();
        }

        private void endCurrent() {
            if (current != null) {
                current.close();
                current = null;
            }
            if (currentFile != null) {
                finishedBytes += sizeOf(currentFile);
                currentFile = null;
            }
        }

        private Path nextPath() {
            while (!pending.isEmpty()) {
                Iterator<Path> top = pending.peek();
                if (top.hasNext()) {
                    return top.next();
                }
                pending.pop();
            }
            return null;
        }

        /** The results of one path: its problem, nothing (a directory, whose listing is pushed) or a file's. */
        private ReadStream visit(Path path) {
            ReadProblem problem = pathProblem(path);
            if (problem != null) {
                return ReadStream.of(List.of(ReadResult.of(problem)));
            }
            if (Files.isDirectory(path)) {
                return list(path);
            }
            currentFile = path;
            return readerFor(path).open(path, defaultPublished);
        }

        private ReadStream list(Path dir) {
            try {
                if (visitedDirectories.add(dir.toRealPath())) {
                    try (Stream<Path> listing = Files.list(dir)) {
                        pending.push(listing
                                // Hidden entries (.git, .DS_Store) are never articles; name them explicitly to read them.
                                .filter(child -> !child.getFileName().toString().startsWith("."))
                                .sorted(Comparator.comparing(child -> child.getFileName().toString()))
                                .toList().iterator());
                    }
                }
                return ReadStream.of(List.of());
            } catch (IOException | SecurityException | java.io.UncheckedIOException e) {
                return ReadStream.of(List.of(problem(dir.toString(), "cannot read directory: " + FileText.describe(e))));
            }
        }
    }

    private static ReadResult problem(String origin, String message) {
        return ReadResult.of(new ReadProblem(origin, message));
    }
}
