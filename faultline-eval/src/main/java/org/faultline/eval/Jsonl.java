package org.faultline.eval;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads gold and analysis JSON Lines files as score.py's {@code load()} does: UTF-8, blank lines skipped,
 * every other line an object with an {@code id}; a bad line is reported as {@code FILE:LINE: ...}.
 */
public final class Jsonl {
    /** Like Python's json.loads: NaN and Infinity are accepted, trailing content is not. */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final Set<String> PYTHON_CONSTANTS = Set.of("NaN", "Infinity", "-Infinity");

    private Jsonl() {
    }

    /** The rows in file order; {@link EvalInputException} for a line that is not JSON or not an object with an id. */
    public static List<JsonNode> readRows(Path path) throws IOException {
        List<JsonNode> rows = new ArrayList<>();
        // readLine() ends lines at \n, \r and \r\n, as Python's universal newlines do; decoding is strict.
        try (BufferedReader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            int n = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                n++;
                if (PyText.strip(line).isEmpty()) {
                    continue;
                }
                JsonNode row;
                try {
                    row = JSON.readTree(line);
                    rejectNonPythonConstants(line);
                } catch (JacksonException e) {
                    throw new EvalInputException(path + ":" + n + ": not JSON: " + e.getOriginalMessage());
                }
                if (row == null || !row.isObject() || !row.has("id")) {
                    throw new EvalInputException(path + ":" + n + ": each line must be an object with an 'id'");
                }
                rows.add(row);
            }
        }
        return rows;
    }

    /**
     * Jackson also reads +Infinity, +INF and -INF; json.loads knows only NaN, Infinity and -Infinity. Checked
     * token by token, and only when such a spelling appears at all.
     */
    private static void rejectNonPythonConstants(String line) throws IOException {
        if (!line.contains("INF") && !line.contains("+Infinity")) {
            return;
        }
        try (JsonParser p = JSON.createParser(line)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.VALUE_NUMBER_FLOAT && p.isNaN() && !PYTHON_CONSTANTS.contains(p.getText())) {
                    throw new JsonParseException(p, "Unrecognized token '" + p.getText() + "'");
                }
            }
        }
    }

    /** The rows by {@link #idOf id}: a repeated id keeps its first position and its last row, as a Python dict does. */
    public static Map<String, JsonNode> readById(Path path) throws IOException {
        Map<String, JsonNode> byId = new LinkedHashMap<>();
        for (JsonNode row : readRows(path)) {
            byId.put(idOf(row), row);
        }
        return byId;
    }

    /** Python {@code str(row["id"])}: a number id 7 is "7", matching gold id "7". */
    public static String idOf(JsonNode row) {
        return PyRepr.str(row.get("id"));
    }
}
