package org.faultline.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class PyJsonTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode j(String s) throws Exception {
        return JSON.readTree(s);
    }

    @Test
    void numbersCompareExactlyAcrossIntAndFloat() throws Exception {
        assertTrue(PyJson.eq(j("68000"), j("68000.0")));
        assertTrue(PyJson.eq(j("true"), j("1")));
        assertFalse(PyJson.eq(j("68000"), j("68000.5")));
        assertFalse(PyJson.eq(j("9007199254740993"), j("9007199254740992.0"))); // 2**53 + 1 != 2.0**53
        assertFalse(PyJson.eq(j("\"1\""), j("1")));
        assertTrue(PyJson.eq(j("{\"a\": [1, 2.0]}"), j("{\"a\": [1.0, 2]}")));
        assertTrue(PyJson.eq(null, j("null")));
    }

    @Test
    void truthinessIsPythons() throws Exception {
        for (String falsy : List.of("null", "false", "0", "0.0", "\"\"", "[]", "{}")) {
            assertFalse(PyJson.truthy(j(falsy)), falsy);
        }
        for (String truthy : List.of("true", "-1", "0.5", "\" \"", "[0]", "{\"a\": null}")) {
            assertTrue(PyJson.truthy(j(truthy)), truthy);
        }
        assertFalse(PyJson.truthy(null));
    }

    @Test
    void iterationOfStringsAndObjects() throws Exception {
        assertEquals(List.of(j("\"a\""), j("\"\\ud83d\\ude00\"")), PyJson.iterate(j("\"a\\ud83d\\ude00\""), "x"));
        assertEquals(List.of(j("\"k\"")), PyJson.iterate(j("{\"k\": 1}"), "x"));
        assertEquals(List.of(), PyJson.iterateOr(j("0"), "x"));
        assertThrows(EvalInputException.class, () -> PyJson.iterateOr(j("3"), "x"));
    }

    @Test
    void booleansAreInts() throws Exception {
        assertTrue(PyJson.isInt(j("true")));
        assertFalse(PyJson.isInt(j("1.0")));
        assertEquals(1, PyJson.toLong(j("true")));
        assertEquals(Long.MAX_VALUE, PyJson.toLong(j("123456789012345678901234567890")));
    }

    @Test
    void pythonSlicing() {
        String s = "\uD83D\uDE00abc";
        assertEquals("a", PyText.slice(s, 1, 2));
        assertEquals("bc", PyText.slice(s, -2, 99));
        assertEquals("", PyText.slice(s, 3, 1));
        assertEquals(2, PyText.find(s, "bc"));
        assertEquals(-1, PyText.find(s, "x"));
    }
}
