package org.faultline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashSet;
import java.util.Set;

/** The normalised names by which a system actor or place names itself (score.py's texts_of and mention_texts). */
final class SystemNames {
    private SystemNames() {
    }

    /** Its {@code name}, {@code text}, {@code canonical}, {@code aliases} and {@code names}; empty for a non-object. */
    static Set<String> textsOf(JsonNode obj) {
        Set<String> out = new LinkedHashSet<>();
        if (obj == null || !obj.isObject()) {
            return out;
        }
        for (String key : new String[] {"name", "text", "canonical"}) {
            JsonNode v = obj.get(key);
            if (v != null && v.isTextual()) {
                out.add(TextNorm.norm(v.textValue()));
            }
        }
        for (String key : new String[] {"aliases", "names"}) {
            for (JsonNode a : PyJson.iterateOr(obj.get(key), key)) {
                if (a.isTextual()) {
                    out.add(TextNorm.norm(a.textValue()));
                }
            }
        }
        out.remove("");
        return out;
    }

    /** The text under each mention span (code point offsets), or the mention itself when it is a string. */
    static Set<String> mentionTexts(JsonNode obj, GoldDocument gold) {
        Set<String> out = new LinkedHashSet<>();
        for (JsonNode m : PyJson.iterateOr(obj.get("mentions"), "mentions")) {
            if (m.isObject() && PyJson.isInt(m.get("start")) && PyJson.isInt(m.get("end"))) {
                String text = gold.text();
                out.add(TextNorm.norm(PyText.slice(text, PyJson.toLong(m.get("start")), PyJson.toLong(m.get("end")))));
            } else if (m.isTextual()) {
                out.add(TextNorm.norm(m.textValue()));
            }
        }
        out.remove("");
        return out;
    }

    /** {@code texts_of(obj) | mention_texts(obj, text)} for an object. */
    static Set<String> allOf(JsonNode obj, GoldDocument gold) {
        Set<String> out = textsOf(obj);
        out.addAll(mentionTexts(obj, gold));
        return out;
    }
}
