package org.faultline.store.export;

import java.math.BigDecimal;

/** Numbers as plain decimals: Java writes 1.0E-4 for 0.0001, which CSV and TSV readers take for text. */
final class Decimals {
    private Decimals() {
    }

    static String plain(double d) {
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
}
