package org.faultline.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.faultline.acled.AcledCoding;
import org.faultline.analysis.Actor;
import org.faultline.analysis.ActorRef;
import org.faultline.analysis.Analysis;
import org.faultline.analysis.CountFact;
import org.faultline.analysis.Event;
import org.faultline.analysis.Place;
import org.faultline.analysis.PlaceRef;
import org.faultline.analysis.Relation;
import org.faultline.analysis.Span;
import org.faultline.ingest.Article;

/**
 * Writes an {@link Analysis} as FORMAT.md section 2 JSON, with extra fields for provenance (mention,
 * trigger and date spans) and codes. Offsets are converted from Java string indexes to Unicode code
 * points, as the format requires.
 */
public final class AnalysisJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private AnalysisJson() {
    }

    public static String line(Analysis a) {
        return write(MAPPER, a);
    }

    public static String pretty(Analysis a) {
        return write(PRETTY, a);
    }

    private static String write(ObjectMapper m, Analysis a) {
        try {
            return m.writeValueAsString(toJson(a));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ObjectNode toJson(Analysis a) {
        Article art = a.article();
        Offsets off = new Offsets(art.text());
        ObjectNode root = MAPPER.createObjectNode();
        root.put("id", art.id());
        root.put("published", art.published() == null ? null : art.published().toString());
        putIf(root, "title", art.title());
        putIf(root, "source", art.source());
        putIf(root, "url", art.url());
        putIf(root, "notice", a.notice()); // why there are no events, when that is by design
        ArrayNode events = root.putArray("events");
        for (Event e : a.events()) {
            events.add(event(e, off, art.text()));
        }
        int main = a.mainEvent().map(a.events()::indexOf).orElse(-1);
        if (main >= 0) {
            root.put("main_event", main); // index into events: the most salient one
        }
        ArrayNode actors = root.putArray("actors");
        for (Actor ac : a.actors()) {
            actors.add(actor(ac, off));
        }
        ArrayNode places = root.putArray("places");
        for (Place p : a.places()) {
            ObjectNode pn = place(p);
            ArrayNode ms = pn.putArray("mentions");
            p.mentions().forEach(s -> ms.add(span(s, off)));
            places.add(pn);
        }
        ArrayNode rels = root.putArray("relations");
        for (Relation r : a.relations()) {
            rels.add(relation(r, off));
        }
        ArrayNode counts = root.putArray("counts");
        for (CountFact c : a.counts()) {
            ObjectNode cn = counts.addObject();
            cn.put("type", c.type());
            cn.put("number", c.number());
            putIf(cn, "qualifier", c.qualifier());
            putIf(cn, "victims", c.victims());
            cn.put("place", c.place());
            cn.set("evidence", span(c.evidence(), off));
        }
        return root;
    }

    private static ObjectNode event(Event e, Offsets off, String text) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("type", e.type());
        n.put("mode", e.mode());
        n.set("source", refs(e.source(), off));
        n.set("target", refs(e.target(), off));
        if (e.place() == null) {
            n.putNull("place");
        } else {
            n.set("place", placeRef(e.place(), off));
        }
        if (e.date() == null) {
            n.putNull("date");
        } else {
            n.put("date", e.date().value());
            n.put("date_precision", e.date().precision());
            n.put("date_basis", e.date().basis());
            if (e.date().mention() != null) {
                n.set("date_evidence", span(e.date().mention(), off));
            }
        }
        n.put("modality", e.modality());
        ObjectNode counts = n.putObject("counts");
        e.counts().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(c -> counts.put(c.getKey(), c.getValue()));
        n.set("evidence", span(e.evidence(), off));
        ObjectNode trig = span(e.trigger(), off);
        trig.put("text", e.trigger().of(text));
        n.set("trigger", trig);
        if (e.attribution() != null) {
            n.set("attribution", ref(e.attribution(), off));
        }
        if (e.codes() != null) {
            n.put("cameo_root", e.codes().cameoRoot());
            n.put("quad_class", e.codes().quadClass());
            n.put("acled_event_type", e.codes().acledEventType());
            n.put("acled_sub_event_type", e.codes().acledSubEventType());
        }
        AcledCoding acled = AcledCoding.of(e);
        if (acled != null) {
            n.put("acled_disorder_type", acled.disorderType());
            n.put("acled_inter1", acled.inter1());
            n.put("acled_inter2", acled.inter2());
            n.put("acled_interaction", acled.interaction());
            n.put("acled_civilian_targeting", acled.civilianTargeting());
            n.put("acled_fatalities", acled.fatalities());
            if (acled.timePrecision() != null) {
                n.put("acled_time_precision", acled.timePrecision());
            }
        }
        n.put("salience", Math.round(e.salience() * 1000) / 1000.0);
        return n;
    }

    private static ObjectNode actor(Actor a, Offsets off) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", a.id());
        n.put("name", a.name());
        n.put("type", a.type());
        n.put("country", a.country());
        putIf(n, "sector", a.sector());
        putIf(n, "parent", a.parent());
        n.put("known", a.known());
        ArrayNode aliases = n.putArray("aliases");
        a.aliases().forEach(aliases::add);
        ArrayNode ms = n.putArray("mentions");
        a.mentions().forEach(s -> ms.add(span(s, off)));
        return n;
    }

    private static ArrayNode refs(List<ActorRef> refs, Offsets off) {
        ArrayNode arr = MAPPER.createArrayNode();
        refs.forEach(r -> arr.add(ref(r, off)));
        return arr;
    }

    private static ObjectNode ref(ActorRef r, Offsets off) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", r.id());
        n.put("name", r.name());
        n.put("text", r.text());
        n.put("country", r.country());
        n.put("type", r.type());
        n.put("known", r.known());
        n.set("mention", span(r.mention(), off));
        return n;
    }

    private static ObjectNode place(Place p) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", p.id());
        n.put("name", p.name());
        n.put("lat", p.lat());
        n.put("lon", p.lon());
        n.put("country", p.country());
        putIf(n, "admin1", p.admin1());
        if (p.geonamesId() != null) {
            n.put("geonames_id", p.geonamesId());
        }
        putIf(n, "feature_code", p.featureCode());
        n.put("precision", p.precision());
        putIf(n, "resolved_by", p.resolvedBy());
        return n;
    }

    private static ObjectNode placeRef(PlaceRef r, Offsets off) {
        ObjectNode n = place(r.place());
        n.set("mention", span(r.mention(), off));
        n.put("basis", r.basis());
        return n;
    }

    private static ObjectNode relation(Relation r, Offsets off) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("type", r.type());
        n.set("source", ref(r.source(), off));
        if (r.targetPlace() != null) {
            n.set("target", placeRef(r.targetPlace(), off));
        } else {
            n.set("target", ref(r.target(), off));
        }
        n.put("date", r.date());
        n.put("start", r.date()); // the same as "date", which older readers use
        putIf(n, "end", r.end());
        n.set("evidence", span(r.evidence(), off));
        if (r.trigger() != null) {
            n.set("trigger", span(r.trigger(), off));
        }
        return n;
    }

    private static ObjectNode span(Span s, Offsets off) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("start", off.codePoint(s.start()));
        n.put("end", off.codePoint(s.end()));
        return n;
    }

    private static void putIf(ObjectNode n, String field, String value) {
        if (value != null) {
            n.put(field, value);
        }
    }
}
