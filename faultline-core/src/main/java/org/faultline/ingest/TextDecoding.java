package org.faultline.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bytes to text. Inputs are meant to be UTF-8, but hand-collected news files are often Windows-1252
 * (curly quotes as 0x93/0x94); strict decoding detects that, and the fallback keeps the article readable.
 */
final class TextDecoding {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    static final String FALLBACK_WARNING = "not valid UTF-8, read as Windows-1252";

    /** The decoded text and whether the Windows-1252 fallback was used (the caller then warns). */
    record Decoded(String text, boolean fellBack) {
    }

    private TextDecoding() {
    }

    /** Decodes {@code bytes[offset, offset+length)}, stripping a leading UTF-8 byte order mark. */
    static Decoded decode(byte[] bytes, int offset, int length) {
        int bom = hasUtf8Bom(bytes, offset, length) ? 3 : 0;
        ByteBuffer buffer = ByteBuffer.wrap(bytes, offset + bom, length - bom);
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(buffer).toString();
            return new Decoded(text, false);
        } catch (CharacterCodingException e) {
            return new Decoded(new String(bytes, offset + bom, length - bom, WINDOWS_1252), true);
        }
    }

    static Decoded decode(byte[] bytes) {
        return decode(bytes, 0, bytes.length);
    }

    static boolean hasUtf8Bom(byte[] bytes, int offset, int length) {
        return length >= 3 && (bytes[offset] & 0xFF) == 0xEF && (bytes[offset + 1] & 0xFF) == 0xBB
                && (bytes[offset + 2] & 0xFF) == 0xBF;
    }

    /** UTF-16 files (Windows "Unicode") start with FF FE or FE FF; they are not UTF-8 or 1252 at all. */
    static boolean hasUtf16Bom(byte[] bytes, int length) {
        return length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
                || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF);
    }

    /** CRLF and lone CR (old Mac) become LF, so that paragraph and title detection see one convention. */
    static String normaliseLineEndings(String text) {
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }
}
