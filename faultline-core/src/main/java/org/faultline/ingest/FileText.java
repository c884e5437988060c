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
     * after sending an error to {@code out}. Invalid UTF-8 is reported at FILE:LINE:COLUMN and then
     * handled as {@code invalid} says (read with U+FFFD, or skipped: null).
     */
    static String read(Path file, InvalidUtf8 invalid, Consumer<? super ReadResult> out) {
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
            // A BOM is explicit enough to trust; decoding UTF-16 as UTF-8 would yield NUL-riddled junk.
            text = new String(bytes, StandardCharsets.UTF_16);
        } else {
            Utf8Decoder.Decoded decoded = Utf8Decoder.decode(bytes);
            if (!decoded.valid()) {
                out.accept(ReadResult.of(invalid.problem(origin, 1, decoded.bad())));
                if (invalid == InvalidUtf8.SKIP) {
                    return null;
                }
            }
            text = decoded.text();
        }
        return TextDecoding.normaliseLineEndings(text);
    }

    /** Text in UTF-8 never holds a NUL byte; images, archives and executables do. */
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
