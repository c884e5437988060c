package org.faultline.store.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.faultline.analysis.Place;
import org.faultline.store.CanonicalEvent;

/**
 * Canonical events as JSON Lines with every field, including the member events, the range of each
 * count and each mention's evidence: the query's JSONL.
 */
public final class EventJson {
    private static final ObjectMapper MAPPER = JsonLines.MAPPER;

    private EventJson() {
    }

    public static void write(List<CanonicalEvent> events, Writer w) throws IOException {
        JsonLines.write(events, EventJson::toJson, w);
    }

    static ObjectNode toJson(CanonicalEvent e) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", e.id());
        n.put("type", e.type());
        n.put("mode", e.mode());
        n.put("modality", e.modality());
        n.put("date", e.date());
        n.put("date_precision", e.datePrecision());
        Place p = e.place();
        if (p == null) {
            n.putNull("place");
        } else {
            n.putObject("place").put("id", p.id()).put("name", p.name()).put("lat", p.lat()).put("lon", p.lon())
                    .put("country", p.country()).put("admin1", p.admin1()).put("precision", p.precision());
        }
        n.set("source", actors(e.sources()));
        n.set("target", actors(e.targets()));
        ObjectNode counts = n.putObject("counts");
        e.counts().forEach(counts::put);
        ObjectNode ranges = n.putObject("count_ranges");
        e.countRanges().forEach((type, r) -> ranges.putObject(type).put("low", r.low()).put("high", r.high()));
        if (e.codes() != null) {
            n.put("cameo_root", e.codes().cameoRoot());
            n.put("quad_class", e.codes().quadClass());
            n.put("acled_event_type", e.codes().acledEventType());
            n.put("acled_sub_event_type", e.codes().acledSubEventType());
        }
        n.put("num_mentions", e.numMentions());
        n.put("num_sources", e.numSources());
        n.put("num_articles", e.numArticles());
        n.put("first_published", e.firstPublished() == null ? null : e.firstPublished().toString());
        n.put("source_url", e.sourceUrl());
        ArrayNode members = n.putArray("members");
        e.members().forEach(m -> members.addObject().put("event_id", m.eventId()).put("article_id", m.articleId()));
        ArrayNode ev = n.putArray("evidence");
        for (CanonicalEvent.Evidence x : e.evidence()) {
            ev.addObject().put("event_id", x.eventId()).put("article_id", x.articleId()).put("outlet", x.outlet())
                    .put("url", x.url()).put("sentence", x.sentence());
        }
        return n;
    }

    private static ArrayNode actors(List<CanonicalEvent.EventActor> actors) {
        ArrayNode arr = MAPPER.createArrayNode();
        for (CanonicalEvent.EventActor a : actors) {
            ObjectNode o = arr.addObject().put("id", a.id()).put("name", a.name()).put("type", a.type())
                    .put("country", a.country()).put("mentions", a.mentions());
            a.bases().forEach(o.putArray("basis")::add); // how the member events' roles got it
        }
        return arr;
    }
}
