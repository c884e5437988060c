package org.faultline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/**
 * Python's {@code str()}, {@code repr()} and {@code %.3f} for the values score.py prints, so that miss lines
 * ({@code 'sentence'} quoted by repr, {@code ['ASSAULT']}, {@code 68000.0}) and figures come out byte for byte.
 */
final class PyRepr {
    private PyRepr() {
    }

    /** Python {@code str(v)} (what an f-string shows): strings as they are, everything else as repr. */
    static String str(JsonNode v) {
        return v != null && v.isTextual() ? v.textValue() : repr(v);
    }

    static String repr(JsonNode v) {
        if (PyJson.isNone(v)) {
            return "None";
        }
        if (v.isBoolean()) {
            return v.booleanValue() ? "True" : "False";
        }
        if (v.isIntegralNumber()) {
            return v.bigIntegerValue().toString();
        }
        if (v.isNumber()) {
            return floatRepr(v.doubleValue());
        }
        if (v.isTextual()) {
            return repr(v.textValue());
        }
        StringBuilder b = new StringBuilder();
        if (v.isArray()) {
            b.append('[');
            for (int i = 0; i < v.size(); i++) {
                b.append(i == 0 ? "" : ", ").append(repr(v.get(i)));
            }
            return b.append(']').toString();
        }
        b.append('{');
        boolean first = true;
        for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); first = false) {
            Map.Entry<String, JsonNode> e = it.next();
            b.append(first ? "" : ", ").append(repr(e.getKey())).append(": ").append(repr(e.getValue()));
        }
        return b.append('}').toString();
    }

    /** Python {@code repr(str)}: single quotes unless only double quotes avoid escaping; non-printables escaped. */
    static String repr(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder b = new StringBuilder().append(quote);
        s.codePoints().forEach(c -> {
            if (c == quote || c == '\\') {
                b.append('\\').appendCodePoint(c);
            } else if (c == '\t') {
                b.append("\\t");
            } else if (c == '\n') {
                b.append("\\n");
            } else if (c == '\r') {
                b.append("\\r");
            } else if (c < ' ' || c == 0x7f) {
                b.append(String.format(Locale.ROOT, "\\x%02x", c));
            } else if (c < 0x7f || isPrintable(c)) {
                b.appendCodePoint(c);
            } else if (c <= 0xff) {
                b.append(String.format(Locale.ROOT, "\\x%02x", c));
            } else if (c <= 0xffff) {
                b.append(String.format(Locale.ROOT, "\\u%04x", c));
            } else {
                b.append(String.format(Locale.ROOT, "\\U%08x", c));
            }
        });
        return b.append(quote).toString();
    }

    /** Python's str.isprintable() for one character: not Cc, Cf, Cs, Co, Cn, Zl, Zp, or Zs other than space. */
    private static boolean isPrintable(int c) {
        switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                    Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR:
                return false;
            case Character.SPACE_SEPARATOR:
                return c == ' ';
            default:
                return true;
        }
    }

    /**
     * Python {@code repr(float)}: the shortest decimal that reads back as the same double, in fixed notation
     * when its decimal exponent is in [-4, 16), else as {@code 1e+16}. (Java 17's Double.toString is neither
     * always shortest nor formatted this way.)
     */
    static String floatRepr(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0.0) {
            return 1.0 / d < 0 ? "-0.0" : "0.0";
        }
        BigDecimal exact = new BigDecimal(d);
        BigDecimal shortest = exact;
        for (int p = 1; p <= 17; p++) {
            shortest = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
            if (shortest.doubleValue() == d) {
                break;
            }
        }
        shortest = shortest.stripTrailingZeros();
        String digits = shortest.unscaledValue().abs().toString();
        int n = digits.length();
        int decpt = n - shortest.scale(); // value = 0.digits * 10^decpt
        String sign = d < 0 ? "-" : "";
        if (decpt > -4 && decpt <= 16) {
            if (decpt <= 0) {
                return sign + "0." + "0".repeat(-decpt) + digits;
            }
            if (decpt >= n) {
                return sign + digits + "0".repeat(decpt - n) + ".0";
            }
            return sign + digits.substring(0, decpt) + "." + digits.substring(decpt);
        }
        int exp = decpt - 1;
        String mantissa = n == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return sign + mantissa + "e" + (exp < 0 ? "-" : "+") + String.format(Locale.ROOT, "%02d", Math.abs(exp));
    }

    /**
     * Python {@code f"{v:W.3f}"}: rounds the exact binary value half-even (Java's %f rounds a decimal
     * approximation half-up: 0.0625 gives 0.063 there, 0.062 in Python), right-aligned in {@code width}.
     */
    static String fixed3(double v, int width) {
        String s = new BigDecimal(v).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
        return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
    }
}
