package org.faultline.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Reads a whole single-article file (text or HTML) as a string, reporting what goes wrong instead of
 * throwing. The size cap keeps a stray multi-gigabyte file from exhausting memory.
 */
final class FileText {

    static final long MAX_BYTES = 50L * 1024 * 1024;

    private FileText() {
    }

    /**
     * Returns the decoded text with a leading BOM stripped and line endings normalised to \n, or null
     * after sending an error to {@code out}. A Windows-1252 fallback sends a warning and still returns.
     */
    static String read(Path file, Consumer<? super ReadResult> out) {
        String origin = file.toString();
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                out.accept(ReadResult.of(new ReadProblem(origin, "file larger than " + (MAX_BYTES >> 20) + " MB")));
                return null;
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            out.accept(ReadResult.of(new ReadProblem(origin, "no such file")));
            return null;
        } catch (IOException | SecurityException e) {
            out.accept(ReadResult.of(new ReadProblem(origin, "cannot read: " + describe(e))));
            return null;
        }
        String text;
        if (!TextDecoding.hasUtf16Bom(bytes, bytes.length) && looksBinary(bytes)) {
            out.accept(ReadResult.of(new ReadProblem(origin, "binary data (NUL bytes), not text; skipped")));
            return null;
        }
        if (TextDecoding.hasUtf16Bom(bytes, bytes.length)) {
            // A BOM is explicit enough to trust; decoding UTF-16 as 1252 would yield NUL-riddled junk.
            text = new String(bytes, StandardCharsets.UTF_16);
        } else {
            TextDecoding.Decoded decoded = TextDecoding.decode(bytes);
            if (decoded.fellBack()) {
                out.accept(ReadResult.of(ReadProblem.warning(origin, TextDecoding.FALLBACK_WARNING)));
            }
            text = decoded.text();
        }
        return TextDecoding.normaliseLineEndings(text);
    }

    /** Text in UTF-8 or Windows-1252 never holds a NUL byte; images, archives and executables do. */
    static boolean looksBinary(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    static String describe(Exception e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : " (" + message + ")");
    }
}
