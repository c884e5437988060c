package org.faultline.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** Expected strings are what Python 3.11 prints for the same values. */
class PyReprTest {

    @Test
    void threeDecimalsRoundTheBinaryValueHalfEven() {
        assertEquals("0.062", PyRepr.fixed3(0.0625, 0)); // Java's %.3f gives 0.063
        assertEquals("0.312", PyRepr.fixed3(5.0 / 16, 0));
        assertEquals("0.123", PyRepr.fixed3(0.1235, 0)); // binary value lies below the tie
        assertEquals("0.001", PyRepr.fixed3(0.0005, 0)); // and this one above
        assertEquals("1.000", PyRepr.fixed3(0.9995, 0));
        assertEquals(" 0.667", PyRepr.fixed3(2.0 / 3, 6));
        assertEquals(" 0.000", PyRepr.fixed3(0.0, 6));
    }

    @Test
    void floatReprIsPythons() {
        assertEquals("68000.0", PyRepr.floatRepr(68000.0));
        assertEquals("1e+16", PyRepr.floatRepr(1e16));
        assertEquals("1234567890123456.0", PyRepr.floatRepr(1234567890123456.0));
        assertEquals("1.2345678901234568e+16", PyRepr.floatRepr(12345678901234567.0));
        assertEquals("1e-05", PyRepr.floatRepr(1e-5));
        assertEquals("1.5e-05", PyRepr.floatRepr(1.5e-5));
        assertEquals("0.0001", PyRepr.floatRepr(0.0001));
        assertEquals("0.1", PyRepr.floatRepr(0.1));
        assertEquals("0.3333333333333333", PyRepr.floatRepr(1.0 / 3));
        assertEquals("123.456", PyRepr.floatRepr(123.456));
        assertEquals("1e+22", PyRepr.floatRepr(1e22));
        assertEquals("-0.0", PyRepr.floatRepr(-0.0));
        assertEquals("inf", PyRepr.floatRepr(Double.POSITIVE_INFINITY));
        assertEquals("nan", PyRepr.floatRepr(Double.NaN));
    }

    @Test
    void stringReprQuotesAndEscapesLikePython() {
        assertEquals("\"it's\"", PyRepr.repr("it's"));
        assertEquals("'say \"hi\"'", PyRepr.repr("say \"hi\""));
        assertEquals("'both \\' and \"'", PyRepr.repr("both ' and \""));
        assertEquals("'tab\\tnl\\n\\x00\\x7f\\x85é\\u200b\uD83D\uDE00\\ud800'",
                PyRepr.repr("tab\tnl\n\u0000\u007f\u0085é\u200b\uD83D\uDE00\uD800"));
        assertEquals("'a\\u2028b'", PyRepr.repr("a\u2028b"));
        assertEquals("'\\xad'", PyRepr.repr("\u00ad"));
        assertEquals("'\\U000e0001'", PyRepr.repr(new String(Character.toChars(0xE0001))));
        assertEquals("'Workers’ “credible”'", PyRepr.repr("Workers’ “credible”"));
    }

    @Test
    void valuesPrintAsPythonStrOrRepr() throws Exception {
        ObjectMapper json = new ObjectMapper();
        assertEquals("[None, True, 1.5, 'x', {'a': [1]}]",
                PyRepr.str(json.readTree("[null, true, 1.5, \"x\", {\"a\": [1]}]")));
        assertEquals("['AGREE', 'RETREAT']", PyRepr.str(json.readTree("[\"AGREE\", \"RETREAT\"]")));
        assertEquals("ISIS", PyRepr.str(json.readTree("\"ISIS\"")));
        assertEquals("68000", PyRepr.str(json.readTree("68000")));
        assertEquals("5.0", PyRepr.str(json.readTree("5.0")));
        assertEquals("123456789012345678901234567890", PyRepr.str(json.readTree("123456789012345678901234567890")));
        assertEquals("None", PyRepr.str(null));
    }
}
