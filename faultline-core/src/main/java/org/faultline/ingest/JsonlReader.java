package org.faultline.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.function.Consumer;

/**
 * JSON Lines articles (FORMAT.md section 1), one object a line, read as a stream so that corpora larger
 * than memory work. Each bad line becomes a problem "FILE:LINE: what is wrong" and reading goes on.
 * {@code text} is kept exactly as given: gold annotations hold code-point offsets into it.
 */
public final class JsonlReader implements ArticleReader {

    public static final int MAX_LINE_BYTES = 50 * 1024 * 1024;
    private static final int MAX_MESSAGE = 160;

    private final int maxLineBytes;
    private final int maxArticleChars;
    private final InvalidUtf8 invalid;
    private final ObjectMapper mapper;

    public JsonlReader() {
        this(MAX_LINE_BYTES);
    }

    /** A smaller cap lets tests exercise the over-long-line path without writing 50 MB. */
    JsonlReader(int maxLineBytes) {
        this(maxLineBytes, Article.DEFAULT_MAX_CHARS);
    }

    /**
     * @param maxLineBytes    longer lines are skipped unparsed (memory stays bounded)
     * @param maxArticleChars articles whose text is longer are reported as a problem and not returned
     */
    public JsonlReader(int maxLineBytes, int maxArticleChars) {
        this(maxLineBytes, maxArticleChars, InvalidUtf8.REPLACE);
    }

    /** @param invalid what to do with a line that is not valid UTF-8 (it is reported either way) */
    public JsonlReader(int maxLineBytes, int maxArticleChars, InvalidUtf8 invalid) {
        this.maxLineBytes = maxLineBytes;
        this.maxArticleChars = maxArticleChars;
        this.invalid = invalid;
        // Jackson's default string cap (20M chars) is below our line cap; raise it to match.
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(maxLineBytes).build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION) // two "text" keys: which one is meant?
                .build();
        this.mapper = new ObjectMapper(factory).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /** @param defaultPublished used for lines without "published"; may be null */
    @Override
    public void read(Path file, LocalDate defaultPublished, Consumer<? super ReadResult> out) {
        try (ReadStream results = open(file, defaultPublished)) {
            results.forEachRemaining(out);
        }
    }

    /** The file's results line by line: only the current line is in memory, whatever the file's size. */
    @Override
    public ReadStream open(Path file, LocalDate defaultPublished) {
        return new Lines(file, defaultPublished);
    }

    /** Reads lines until one yields a result (a line may yield two: its invalid bytes, then its article). */
    private final class Lines implements ReadStream {
        private final String name;
        private final Path file;
        private final LocalDate defaultPublished;
        private final Deque<ReadResult> ready = new ArrayDeque<>(2);
        private InputStream in;
        private ByteLines lines;
        private boolean any;
        private boolean done;

        Lines(Path file, LocalDate defaultPublished) {
            this.file = file;
            this.name = file.toString();
            this.defaultPublished = defaultPublished;
        }

        @Override
        public boolean hasNext() {
            while (ready.isEmpty() && !done) {
                step();
            }
            return !ready.isEmpty();
        }

        @Override
        public ReadResult next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return ready.poll();
        }

        @Override
        public long bytesRead() {
            return lines == null ? 0 : lines.offset();
        }

        @Override
        public void close() {
            done = true;
            if (in != null) {
                try {
                    in.close();
                } catch (IOException e) {
                    // read-only: nothing is lost by a failed close
                }
                in = null;
            }
        }

        private void finish(ReadResult last) {
            if (last != null) {
                ready.add(last);
            }
            close();
        }

        /** Reads one line (opening the file first), queueing what it yields. */
        private void step() {
            try {
                if (in == null) {
                    in = Files.newInputStream(file);
                    lines = new ByteLines(in, maxLineBytes);
                }
                if (!lines.next()) {
                    // a file given to read holds nothing
                    finish(any ? null : problem(name, "no articles (only blank lines)"));
                    return;
                }
            } catch (NoSuchFileException e) {
                finish(problem(name, "no such file"));
                return;
            } catch (IOException | SecurityException e) {
                finish(problem(name, "cannot read: " + FileText.describe(e)));
                return;
            }
            String origin = name + ":" + lines.number();
            if (lines.tooLong()) {
                any = true;
                ready.add(problem(origin, "line longer than " + (maxLineBytes % (1 << 20) == 0
                        ? (maxLineBytes >> 20) + " MB" : maxLineBytes + " bytes") + ", skipped"));
                return;
            }
            if (lines.number() == 1 && TextDecoding.hasUtf16Bom(lines.bytes(), lines.length())) {
                finish(problem(name, "UTF-16 is not supported for JSON Lines; convert to UTF-8"));
                return;
            }
            Utf8Decoder.Decoded decoded = Utf8Decoder.decode(lines.bytes(), 0, lines.length());
            if (decoded.text().isBlank()) {
                return;
            }
            any = true;
            if (!decoded.valid()) {
                ready.add(ReadResult.of(invalid.problem(name, lines.number(), decoded.bad())));
                if (invalid == InvalidUtf8.SKIP) {
                    return;
                }
            }
            ready.add(parseLine(decoded.text(), origin, defaultPublished));
        }
    }

    /** One JSON object to an article, or a problem listing everything wrong with it. */
    ReadResult parseLine(String json, String origin, LocalDate defaultPublished) {
        JsonNode node;
        try {
            node = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            return problem(origin, "not valid JSON: " + describe(e));
        }
        if (!node.isObject()) {
            return problem(origin, "expected a JSON object, got " + typeOf(node));
        }
        List<String> errors = new ArrayList<>();
        String id = id(node.get("id"), errors);
        String text = string(node, "text", true, errors);
        LocalDate published = published(node.get("published"), defaultPublished, errors);
        String title = string(node, "title", false, errors);
        String source = string(node, "source", false, errors);
        String url = string(node, "url", false, errors);
        if (!errors.isEmpty()) {
            return problem(origin, String.join("; ", errors));
        }
        if (text.isBlank()) {
            return problem(origin, "empty article");
        }
        ReadProblem tooLong = Article.tooLong(origin, text, maxArticleChars);
        if (tooLong != null) {
            return ReadResult.of(tooLong);
        }
        return ReadResult.of(new Article(id, published, title, source, url, text, origin));
    }

    /** Ids are strings, but numeric ids ({"id": 17}) are common in exported data and unambiguous. */
    private static String id(JsonNode node, List<String> errors) {
        if (node == null || node.isNull()) {
            errors.add("missing \"id\"");
            return null;
        }
        if (!node.isTextual() && !node.isIntegralNumber()) {
            errors.add("\"id\" must be a string or an integer, got " + typeOf(node));
            return null;
        }
        String id = node.asText();
        if (id.isBlank()) {
            errors.add("\"id\" is empty");
            return null;
        }
        return id;
    }

    private static String string(JsonNode object, String field, boolean required, List<String> errors) {
        JsonNode node = object.get(field);
        if (node == null || node.isNull()) {
            if (required) {
                errors.add("missing \"" + field + "\"");
            }
            return null;
        }
        if (!node.isTextual()) {
            errors.add("\"" + field + "\" must be a string, got " + typeOf(node));
            return null;
        }
        return node.textValue();
    }

    private static LocalDate published(JsonNode node, LocalDate defaultPublished, List<String> errors) {
        if (node == null || node.isNull()) {
            return defaultPublished;
        }
        if (!node.isTextual()) {
            errors.add("\"published\" must be a date string, got " + typeOf(node));
            return null;
        }
        String value = node.textValue();
        if (value.isBlank()) {
            return defaultPublished;
        }
        LocalDate date = Dates.parseIso(value);
        if (date == null) {
            errors.add("\"published\" is not a YYYY-MM-DD date or ISO timestamp: \"" + shorten(value) + "\"");
        }
        return date;
    }

    private static String typeOf(JsonNode node) {
        return node.getNodeType().name().toLowerCase(Locale.ROOT);
    }

    /** Jackson's message without its multi-line source excerpt, plus the column where parsing stopped. */
    private static String describe(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        int newline = message == null ? -1 : message.indexOf('\n');
        message = message == null ? "syntax error" : newline < 0 ? message : message.substring(0, newline);
        JsonLocation location = e.getLocation();
        String column = location != null && location.getColumnNr() > 0 ? " (column " + location.getColumnNr() + ")" : "";
        return shorten(message) + column;
    }

    private static String shorten(String value) {
        return value.length() <= MAX_MESSAGE ? value : value.substring(0, MAX_MESSAGE) + "…";
    }

    private static ReadResult problem(String origin, String message) {
        return ReadResult.of(new ReadProblem(origin, message));
    }
}
