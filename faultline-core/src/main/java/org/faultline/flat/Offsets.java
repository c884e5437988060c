package org.faultline.flat;

/**
 * Converts Java string indexes (UTF-16 code units) to Unicode code point offsets, which the output
 * format uses. Texts without characters beyond the Basic Multilingual Plane take the fast path.
 */
public final class Offsets {
    private final String text;
    private final boolean bmpOnly;

    public Offsets(String text) {
        this.text = text;
        this.bmpOnly = text.codePoints().allMatch(Character::isBmpCodePoint);
    }

    public int codePoint(int index) {
        return bmpOnly ? index : text.codePointCount(0, Math.min(index, text.length()));
    }
}
