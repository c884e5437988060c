package org.faultline.ingest;

/** Byte order marks and line endings: what every reader does to bytes besides decoding them. */
final class TextDecoding {

    private TextDecoding() {
    }

    static boolean hasUtf8Bom(byte[] bytes, int offset, int length) {
        return length >= 3 && (bytes[offset] & 0xFF) == 0xEF && (bytes[offset + 1] & 0xFF) == 0xBB
                && (bytes[offset + 2] & 0xFF) == 0xBF;
    }

    /** UTF-16 files (Windows "Unicode") start with FF FE or FE FF; they are not UTF-8 at all. */
    static boolean hasUtf16Bom(byte[] bytes, int length) {
        return length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
                || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF);
    }

    /** CRLF and lone CR (old Mac) become LF, so that paragraph and title detection see one convention. */
    static String normaliseLineEndings(String text) {
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }
}
