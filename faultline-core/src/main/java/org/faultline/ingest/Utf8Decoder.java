package org.faultline.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Strict UTF-8 that keeps going: each invalid byte sequence becomes one U+FFFD and is recorded with its
 * line and column, so that a reader can say exactly where the input is broken. Nothing else is guessed:
 * the valid text around a bad byte is decoded as written (a Windows-1252 guess garbled whole lines).
 */
final class Utf8Decoder {

    /** One invalid sequence: 1-based line and column (in code points, as an editor counts) and its bytes. */
    record BadBytes(int line, int column, String hex) {
    }

    /** The decoded text (U+FFFD at each invalid sequence) and where the invalid sequences were. */
    record Decoded(String text, List<BadBytes> bad) {
        boolean valid() {
            return bad.isEmpty();
        }
    }

    private static final HexFormat HEX = HexFormat.ofDelimiter(" ").withUpperCase();

    private Utf8Decoder() {
    }

    /** Decodes {@code bytes[offset, offset+length)}, dropping a leading UTF-8 byte order mark. */
    static Decoded decode(byte[] bytes, int offset, int length) {
        int bom = TextDecoding.hasUtf8Bom(bytes, offset, length) ? 3 : 0;
        ByteBuffer in = ByteBuffer.wrap(bytes, offset + bom, length - bom);
        // UTF-8 never yields more chars than bytes, and each replacement stands for at least one byte
        CharBuffer out = CharBuffer.allocate(length - bom);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        List<BadBytes> bad = new ArrayList<>();
        Position position = new Position();
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isUnderflow()) {
                decoder.flush(out);
                break;
            }
            if (result.isOverflow()) {
                throw new IllegalStateException("decoded UTF-8 longer than its bytes"); // cannot happen; no endless loop
            }
            int start = in.position();
            int n = result.length();
            position.advance(out.array(), out.position());
            bad.add(new BadBytes(position.line, position.column(out.array(), out.position()),
                    HEX.formatHex(bytes, start, start + n)));
            out.put('\uFFFD');
            in.position(start + n);
        }
        return new Decoded(new String(out.array(), 0, out.position()), List.copyOf(bad));
    }

    static Decoded decode(byte[] bytes) {
        return decode(bytes, 0, bytes.length);
    }

    /** Line and line start of the decoded text so far, advanced incrementally (errors come in order). */
    private static final class Position {
        int line = 1;
        int lineStart;
        int scanned;

        void advance(char[] text, int upTo) {
            for (; scanned < upTo; scanned++) {
                if (text[scanned] == '\n') {
                    line++;
                    lineStart = scanned + 1;
                }
            }
        }

        int column(char[] text, int at) {
            return Character.codePointCount(text, lineStart, at - lineStart) + 1;
        }
    }
}
