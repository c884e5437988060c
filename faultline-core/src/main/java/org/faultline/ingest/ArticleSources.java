package org.faultline.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
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
     * input (JSON Lines are read line by line), so this is the API for large corpora.
     *
     * @param defaultPublished publication date for articles whose input gives none; may be null
     */
    public void forEach(List<Path> paths, LocalDate defaultPublished, Consumer<? super ReadResult> out) {
        Set<Path> visitedDirectories = new HashSet<>();
        for (Path path : paths) {
            visit(path, defaultPublished, out, visitedDirectories);
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

    private void visit(Path path, LocalDate defaultPublished, Consumer<? super ReadResult> out, Set<Path> visited) {
        String origin = path.toString();
        if (Files.isDirectory(path)) {
            visitDirectory(path, defaultPublished, out, visited);
        } else if (!Files.exists(path)) {
            out.accept(problem(origin, "no such file"));
        } else if (!Files.isRegularFile(path)) {
            out.accept(problem(origin, "not a regular file"));
        } else {
            ArticleReader reader = readerFor(path);
            if (reader == null) {
                out.accept(problem(origin, "unsupported file type (expected .jsonl, .ndjson, .html, .htm, .txt or .text)"));
            } else if (!Files.isReadable(path)) {
                out.accept(problem(origin, "cannot read (permission denied)"));
            } else {
                reader.read(path, defaultPublished, out);
            }
        }
    }

    private void visitDirectory(Path dir, LocalDate defaultPublished, Consumer<? super ReadResult> out,
                                Set<Path> visited) {
        List<Path> children;
        try {
            // Symbolic links may form cycles; each real directory is read once.
            if (!visited.add(dir.toRealPath())) {
                return;
            }
            try (Stream<Path> listing = Files.list(dir)) {
                children = listing
                        // Hidden entries (.git, .DS_Store) are never articles; name them explicitly to read them.
                        .filter(child -> !child.getFileName().toString().startsWith("."))
                        .sorted(Comparator.comparing(child -> child.getFileName().toString()))
                        .toList();
            }
        } catch (IOException | SecurityException e) {
            out.accept(problem(dir.toString(), "cannot read directory: " + FileText.describe(e)));
            return;
        }
        for (Path child : children) {
            visit(child, defaultPublished, out, visited);
        }
    }

    private static ReadResult problem(String origin, String message) {
        return ReadResult.of(new ReadProblem(origin, message));
    }
}
