package org.faultline.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.faultline.acled.AcledCoding;
import org.faultline.analysis.Actor;
import org.faultline.analysis.ActorRef;
import org.faultline.analysis.Analysis;
import org.faultline.analysis.CountFact;
import org.faultline.analysis.Event;
import org.faultline.analysis.Place;
import org.faultline.analysis.PlaceRef;
import org.faultline.analysis.Relation;
import org.faultline.flat.CodeSpan;
import org.faultline.flat.FlatAnalysis;
import org.faultline.ingest.Article;

/**
 * Writes an {@link Analysis} as FORMAT.md section 2 JSON, with extra fields for provenance (mention,
 * trigger and date spans) and codes. Offsets are Unicode code points, as the format requires, taken
 * from {@link FlatAnalysis}: the same flattening the store and Spark write, so all three agree.
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
        FlatAnalysis flat = FlatAnalysis.of(a);
        ObjectNode root = MAPPER.createObjectNode();
        root.put("id", art.id());
        root.put("published", art.published() == null ? null : art.published().toString());
        putIf(root, "title", art.title());
        putIf(root, "source", art.source());
        putIf(root, "url", art.url());
        putIf(root, "notice", a.notice()); // why there are no events, when that is by design
        ArrayNode events = root.putArray("events");
        for (FlatAnalysis.FlatEvent e : flat.events()) {
            events.add(event(e, flat));
        }
        int main = a.mainEvent().map(a.events()::indexOf).orElse(-1);
        if (main >= 0) {
            root.put("main_event", main); // index into events: the most salient one
        }
        // The analysis's own actors and places (the flattening adds those only an event names, for tables).
        ArrayNode actors = root.putArray("actors");
        for (Actor ac : a.actors()) {
            actors.add(actor(ac, flat.mentionsOf("actor", ac.id())));
        }
        ArrayNode places = root.putArray("places");
        for (Place p : a.places()) {
            ObjectNode pn = place(p);
            ArrayNode ms = pn.putArray("mentions");
            flat.mentionsOf("place", p.id()).forEach(s -> ms.add(span(s)));
            places.add(pn);
        }
        ArrayNode rels = root.putArray("relations");
        for (FlatAnalysis.FlatRelation r : flat.relations()) {
            rels.add(relation(r));
        }
        ArrayNode counts = root.putArray("counts");
        for (FlatAnalysis.Count count : flat.counts()) {
            CountFact c = count.fact();
            ObjectNode cn = counts.addObject();
            cn.put("type", c.type());
            cn.put("number", c.number());
            putIf(cn, "qualifier", c.qualifier());
            putIf(cn, "victims", c.victims());
            cn.put("place", c.place());
            cn.set("evidence", span(count.evidence()));
        }
        return root;
    }

    private static ObjectNode event(FlatAnalysis.FlatEvent fe, FlatAnalysis flat) {
        Event e = fe.event();
        ObjectNode n = MAPPER.createObjectNode();
        n.put("type", e.type());
        n.put("mode", e.mode());
        n.set("source", refs(flat.rolesOf(fe.seq(), "source")));
        n.set("target", refs(flat.rolesOf(fe.seq(), "target")));
        if (e.place() == null) {
            n.putNull("place");
        } else {
            n.set("place", placeRef(e.place(), fe.place()));
        }
        if (e.date() == null) {
            n.putNull("date");
        } else {
            n.put("date", e.date().value());
            n.put("date_precision", e.date().precision());
            n.put("date_basis", e.date().basis());
            if (fe.dateMention() != null) {
                n.set("date_evidence", span(fe.dateMention()));
            }
        }
        n.put("modality", e.modality());
        ObjectNode counts = n.putObject("counts");
        fe.counts().forEach(counts::put);
        n.set("evidence", span(fe.evidence()));
        ObjectNode trig = span(fe.trigger());
        trig.put("text", fe.triggerText());
        n.set("trigger", trig);
        for (FlatAnalysis.Role attribution : flat.rolesOf(fe.seq(), "attribution")) {
            n.set("attribution", role(attribution));
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

    private static ObjectNode actor(Actor a, List<CodeSpan> mentions) {
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
        mentions.forEach(s -> ms.add(span(s)));
        return n;
    }

    private static ArrayNode refs(List<FlatAnalysis.Role> roles) {
        ArrayNode arr = MAPPER.createArrayNode();
        roles.forEach(r -> arr.add(role(r)));
        return arr;
    }

    /** An event's actor with how the role got it: "basis" (a {@link org.faultline.analysis.RoleBasis} word). */
    private static ObjectNode role(FlatAnalysis.Role r) {
        return ref(r.actor(), r.mention()).put("basis", r.basis().word());
    }

    private static ObjectNode ref(ActorRef r, CodeSpan mention) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", r.id());
        n.put("name", r.name());
        n.put("text", r.text());
        n.put("country", r.country());
        n.put("type", r.type());
        n.put("known", r.known());
        n.set("mention", span(mention));
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

    private static ObjectNode placeRef(PlaceRef r, CodeSpan mention) {
        ObjectNode n = place(r.place());
        n.set("mention", span(mention));
        n.put("basis", r.basis());
        return n;
    }

    private static ObjectNode relation(FlatAnalysis.FlatRelation fr) {
        Relation r = fr.relation();
        ObjectNode n = MAPPER.createObjectNode();
        n.put("type", r.type());
        n.set("source", ref(r.source(), fr.source()));
        if (r.targetPlace() != null) {
            n.set("target", placeRef(r.targetPlace(), fr.target()));
        } else {
            n.set("target", ref(r.target(), fr.target()));
        }
        n.put("date", r.date());
        n.put("start", r.date()); // the same as "date", which older readers use
        putIf(n, "end", r.end());
        n.set("evidence", span(fr.evidence()));
        if (fr.trigger() != null) {
            n.set("trigger", span(fr.trigger()));
        }
        return n;
    }

    private static ObjectNode span(CodeSpan s) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("start", s.start());
        n.put("end", s.end());
        return n;
    }

    private static void putIf(ObjectNode n, String field, String value) {
        if (value != null) {
            n.put(field, value);
        }
    }
}
