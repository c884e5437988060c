package org.faultline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * JSON values as score.py sees them after {@code json.loads}: Python truthiness, equality, iteration and
 * {@code isinstance} checks. The scorer must agree with score.py on odd input too (a string where a list
 * is expected is iterated character by character; {@code true} is an int), so these rules are spelled out
 * once here. A Java {@code null} (absent key) and a JSON {@code null} are both Python's {@code None}.
 * Where Python would raise, these methods throw {@link EvalInputException}.
 */
final class PyJson {
    private PyJson() {
    }

    static boolean isNone(JsonNode v) {
        return v == null || v.isNull() || v.isMissingNode();
    }

    /** Python {@code bool(v)}. NaN is truthy, as in Python. */
    static boolean truthy(JsonNode v) {
        if (isNone(v)) {
            return false;
        }
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        if (v.isIntegralNumber()) {
            return v.bigIntegerValue().signum() != 0;
        }
        if (v.isNumber()) {
            return v.doubleValue() != 0.0;
        }
        if (v.isTextual()) {
            return !v.textValue().isEmpty();
        }
        return v.size() > 0;
    }

    /** Python {@code isinstance(v, int)}: bool is a subclass of int. */
    static boolean isInt(JsonNode v) {
        return v != null && (v.isIntegralNumber() || v.isBoolean());
    }

    /** Python {@code isinstance(v, (int, float))}. */
    static boolean isNumber(JsonNode v) {
        return v != null && (v.isNumber() || v.isBoolean());
    }

    /** An int (see {@link #isInt}) as a long, clamped: the clamp keeps every comparison with a text offset. */
    static long toLong(JsonNode v) {
        if (v.isBoolean()) {
            return v.booleanValue() ? 1 : 0;
        }
        BigInteger b = v.bigIntegerValue();
        if (b.bitLength() < 64) {
            return b.longValue();
        }
        return b.signum() > 0 ? Long.MAX_VALUE : Long.MIN_VALUE;
    }

    /** Python {@code float(v)} for a number; anything else is the TypeError math functions raise. */
    static double toDouble(JsonNode v, String what) {
        if (v != null && v.isBoolean()) {
            return v.booleanValue() ? 1.0 : 0.0;
        }
        if (v != null && v.isNumber()) {
            return v.doubleValue();
        }
        throw new EvalInputException(what + " must be a number, not " + typeName(v));
    }

    /** {@code dict[key]}: a missing key is the KeyError score.py would raise. */
    static JsonNode require(JsonNode obj, String key, String where) {
        JsonNode v = obj.get(key);
        if (v == null) {
            throw new EvalInputException(where + ": missing key '" + key + "'");
        }
        return v;
    }

    /** Python {@code dict.get(key, True)} used as a condition: only a present, falsy value says "not required". */
    static boolean required(JsonNode obj) {
        JsonNode v = obj.get("required");
        return v == null || truthy(v);
    }

    /** {@code v or {}} followed by {@code .get(...)}: an object, or empty when falsy; anything else has no get(). */
    static JsonNode objectOrEmpty(JsonNode v, String what) {
        if (!truthy(v)) {
            return JsonNodeFactory.instance.objectNode();
        }
        if (!v.isObject()) {
            throw new EvalInputException(what + ": '" + typeName(v) + "' object has no attribute 'get'");
        }
        return v;
    }

    /** {@code (v or {}).items()}. */
    static List<Map.Entry<String, JsonNode>> items(JsonNode v, String what) {
        List<Map.Entry<String, JsonNode>> out = new ArrayList<>();
        if (!truthy(v)) {
            return out;
        }
        if (!v.isObject()) {
            throw new EvalInputException(what + ": '" + typeName(v) + "' object has no attribute 'items'");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
            out.add(it.next());
        }
        return out;
    }

    /** {@code for x in (v or [])}. */
    static List<JsonNode> iterateOr(JsonNode v, String what) {
        return truthy(v) ? iterate(v, what) : List.of();
    }

    /**
     * {@code for x in v}: a list yields its items, a string its characters (code points), an object its
     * keys; None, numbers and booleans are not iterable.
     */
    static List<JsonNode> iterate(JsonNode v, String what) {
        List<JsonNode> out = new ArrayList<>();
        if (v != null && v.isArray()) {
            v.forEach(out::add);
        } else if (v != null && v.isTextual()) {
            v.textValue().codePoints().forEach(cp -> out.add(TextNode.valueOf(Character.toString(cp))));
        } else if (v != null && v.isObject()) {
            v.fieldNames().forEachRemaining(k -> out.add(TextNode.valueOf(k)));
        } else {
            throw new EvalInputException(what + ": '" + typeName(v) + "' object is not iterable");
        }
        return out;
    }

    /** Python {@code a == b}. A NaN is not equal to itself here. */
    static boolean eq(JsonNode a, JsonNode b) {
        return equal(a, b, false);
    }

    /**
     * Equality as {@code in}, container comparison and dict look-up apply it: identity first. json's NaN
     * is a single shared object, so NaN matches NaN here.
     */
    static boolean same(JsonNode a, JsonNode b) {
        return equal(a, b, true);
    }

    /** Python {@code x in values}. */
    static boolean contains(Iterable<JsonNode> values, JsonNode x) {
        for (JsonNode v : values) {
            if (same(v, x)) {
                return true;
            }
        }
        return false;
    }

    private static boolean equal(JsonNode a, JsonNode b, boolean nanIsSame) {
        if (isNone(a) || isNone(b)) {
            return isNone(a) && isNone(b);
        }
        if (isNumber(a) && isNumber(b)) {
            return numbersEqual(a, b, nanIsSame);
        }
        if (a.isTextual() && b.isTextual()) {
            return a.textValue().equals(b.textValue());
        }
        if (a.isArray() && b.isArray()) {
            if (a.size() != b.size()) {
                return false;
            }
            for (int i = 0; i < a.size(); i++) {
                if (!same(a.get(i), b.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a.isObject() && b.isObject()) {
            if (a.size() != b.size()) {
                return false;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = a.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode other = b.get(e.getKey());
                if (other == null || !same(e.getValue(), other)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /** Python compares int and float exactly (68000 == 68000.0, but 2**53 + 1 != 2.0**53). */
    private static boolean numbersEqual(JsonNode a, JsonNode b, boolean nanIsSame) {
        boolean aFloat = a.isFloatingPointNumber();
        boolean bFloat = b.isFloatingPointNumber();
        if (aFloat && bFloat) {
            double x = a.doubleValue();
            double y = b.doubleValue();
            return x == y || (nanIsSame && Double.isNaN(x) && Double.isNaN(y));
        }
        if ((aFloat && !Double.isFinite(a.doubleValue())) || (bFloat && !Double.isFinite(b.doubleValue()))) {
            return false; // an int never equals inf or nan
        }
        return exact(a).compareTo(exact(b)) == 0;
    }

    private static BigDecimal exact(JsonNode n) {
        if (n.isBoolean()) {
            return n.booleanValue() ? BigDecimal.ONE : BigDecimal.ZERO;
        }
        if (n.isIntegralNumber()) {
            return new BigDecimal(n.bigIntegerValue());
        }
        if (n.isBigDecimal()) {
            return n.decimalValue();
        }
        return new BigDecimal(n.doubleValue()); // the binary value itself, not its shortest decimal
    }

    /** Python's type name, for error messages. */
    static String typeName(JsonNode v) {
        if (isNone(v)) {
            return "NoneType";
        }
        if (v.isBoolean()) {
            return "bool";
        }
        if (v.isIntegralNumber()) {
            return "int";
        }
        if (v.isNumber()) {
            return "float";
        }
        if (v.isTextual()) {
            return "str";
        }
        return v.isArray() ? "list" : "dict";
    }
}
