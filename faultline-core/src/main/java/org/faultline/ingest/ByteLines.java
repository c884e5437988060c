package org.faultline.ingest;

import java.io.IOException;
import java.io.InputStream;

/**
 * Splits a byte stream into lines on '\n' without decoding, so that each line is decoded (and its
 * invalid bytes reported) on its own, and so that a runaway line is skipped, not buffered whole.
 * '\n' never occurs inside a UTF-8 multi-byte character, so splitting bytes is safe.
 */
final class ByteLines {

    private static final int INITIAL_LINE_CAPACITY = 8 * 1024;

    private final InputStream in;
    private final int maxLineBytes;
    private final byte[] chunk = new byte[64 * 1024];
    private int position;
    private int limit;
    private byte[] line = new byte[INITIAL_LINE_CAPACITY];
    private int length;
    private boolean tooLong;
    private int number;
    private long filled; // bytes taken from the stream so far

    ByteLines(InputStream in, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /**
     * Advances to the next line; false at end of input. Afterwards {@link #bytes()}/{@link #length()}
     * hold the line without its '\n' or "\r\n", unless {@link #tooLong()}.
     */
    boolean next() throws IOException {
        length = 0;
        tooLong = false;
        if (line.length > 4 * 1024 * 1024) {
            line = new byte[INITIAL_LINE_CAPACITY]; // don't pin a huge buffer after one long line
        }
        boolean any = false;
        while (true) {
            if (position == limit) {
                limit = in.read(chunk);
                position = 0;
                filled += Math.max(0, limit);
                if (limit <= 0) {
                    limit = 0;
                    if (!any) {
                        return false;
                    }
                    break;
                }
            }
            any = true;
            int end = position;
            while (end < limit && chunk[end] != '\n') {
                end++;
            }
            append(position, end - position);
            boolean newline = end < limit;
            position = newline ? end + 1 : end;
            if (newline) {
                break;
            }
        }
        number++;
        if (!tooLong && length > 0 && line[length - 1] == '\r') {
            length--;
        }
        return true;
    }

    private void append(int from, int count) {
        if (tooLong || count == 0) {
            return;
        }
        if ((long) length + count > maxLineBytes) {
            tooLong = true;
            length = 0;
            return;
        }
        if (length + count > line.length) {
            byte[] grown = new byte[(int) Math.min(maxLineBytes, Math.max((long) line.length * 2, length + count))];
            System.arraycopy(line, 0, grown, 0, length);
            line = grown;
        }
        System.arraycopy(chunk, from, line, length, count);
        length += count;
    }

    /** Bytes of the stream consumed up to the end of the current line. */
    long offset() {
        return filled - (limit - position);
    }

    /** 1-based number of the current line. */
    int number() {
        return number;
    }

    byte[] bytes() {
        return line;
    }

    int length() {
        return length;
    }

    /** True if the current line exceeded the cap; its content was discarded. */
    boolean tooLong() {
        return tooLong;
    }
}
