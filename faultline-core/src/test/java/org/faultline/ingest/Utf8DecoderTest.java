package org.faultline.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.faultline.ingest.Utf8Decoder.BadBytes;
import org.junit.jupiter.api.Test;

/** Strict UTF-8 with positions, on crafted bytes. */
class Utf8DecoderTest {

    private static byte[] bytes(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object p : parts) {
            if (p instanceof String s) {
                out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
            } else {
                out.write((Integer) p);
            }
        }
        return out.toByteArray();
    }

    @Test
    void validTextIsDecodedAsWrittenWithoutProblems() {
        Utf8Decoder.Decoded d = Utf8Decoder.decode(bytes("Caf\u00e9 \u201cAl-Anb\u0101r\u201d \uD83D\uDE00 \u062d\u0644\u0628"));
        assertTrue(d.valid());
        assertEquals("Caf\u00e9 \u201cAl-Anb\u0101r\u201d \uD83D\uDE00 \u062d\u0644\u0628", d.text());
    }

    @Test
    void eachInvalidSequenceBecomesOneReplacementAtItsLineAndCodePointColumn() {
        // line 2: an emoji (2 chars, 1 code point) before a lone Windows-1252 quote; line 3: a truncated
        // 3-byte sequence, an overlong '/', a stray continuation byte and a surrogate encoded in UTF-8
        byte[] in = bytes("Fine line.\n", "\uD83D\uDE00 said ", 0x93, "stop", 0x94, ".\n",
                "a", 0xE2, 0x80, "\"b", 0xC0, 0xAF, "c", 0x80, 0xED, 0xA0, 0x80, "\n");
        Utf8Decoder.Decoded d = Utf8Decoder.decode(in);
        assertEquals("Fine line.\n\uD83D\uDE00 said \uFFFDstop\uFFFD.\na\uFFFD\"b\uFFFD\uFFFDc\uFFFD\uFFFD\n", d.text());
        assertEquals(List.of(new BadBytes(2, 8, "93"), new BadBytes(2, 13, "94"), new BadBytes(3, 2, "E2 80"),
                new BadBytes(3, 5, "C0"), new BadBytes(3, 6, "AF"), new BadBytes(3, 8, "80"),
                new BadBytes(3, 9, "ED A0 80")), d.bad());
    }

    @Test
    void aTruncatedSequenceAtTheEndAndAByteOrderMarkAreHandled() {
        Utf8Decoder.Decoded d = Utf8Decoder.decode(bytes(0xEF, 0xBB, 0xBF, "end ", 0xF0, 0x9F, 0x98));
        assertEquals("end \uFFFD", d.text());
        assertEquals(List.of(new BadBytes(1, 5, "F0 9F 98")), d.bad());
    }

    @Test
    void theProblemNamesFileLineAndColumnOfTheFirstAndListsTheBytes() {
        Utf8Decoder.Decoded d = Utf8Decoder.decode(bytes("x", 0x93, "y", 0x94, "z", 0x95, 0x96, 0x97, "\n"));
        ReadProblem replaced = InvalidUtf8.REPLACE.problem("in.jsonl", 7, d.bad());
        assertEquals("in.jsonl:7:2", replaced.origin());
        assertTrue(replaced.message().startsWith("invalid UTF-8: bytes 93 at 7:2, 94 at 7:4, 95 at 7:6 and 2 more; "
                + "read with U+FFFD in their place"), replaced.message());
        assertTrue(!replaced.isWarning(), "invalid input fails the run");
        assertTrue(InvalidUtf8.SKIP.problem("in.jsonl", 7, d.bad()).message().contains("; skipped"));
    }
}
