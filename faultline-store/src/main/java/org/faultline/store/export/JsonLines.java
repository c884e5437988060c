package org.faultline.store.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.function.Function;
import org.faultline.store.CanonicalEvent;

/** One JSON object per line (JSON Lines) for the JSON exports, which differ only in the object they build. */
final class JsonLines {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonLines() {
    }

    static void write(List<CanonicalEvent> events, Function<CanonicalEvent, ObjectNode> record, Writer w)
            throws IOException {
        for (CanonicalEvent e : events) {
            line(record.apply(e), w);
        }
    }

    static void line(ObjectNode record, Writer w) throws IOException {
        w.write(MAPPER.writeValueAsString(record));
        w.write('\n');
    }
}
