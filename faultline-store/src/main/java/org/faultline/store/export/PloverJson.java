package org.faultline.store.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.faultline.analysis.Place;
import org.faultline.store.CanonicalEvent;
import org.faultline.store.CanonicalEvent.EventActor;
import org.faultline.store.Countries;

/**
 * PLOVER JSON Lines, one canonical event per line, with the field names of the PLOVER manual's "JSON
 * Data Fields" chapter: {@code id}, {@code date} (first day; {@code enddate} when only the month or year is
 * known), {@code source} and {@code recipient} (actor objects: {@code code}, {@code sector},
 * {@code actor_text}, {@code identifier_id}, {@code identifier_text}), {@code event}, {@code mode},
 * {@code event_loc} (GeoNames field names), {@code event_text}, {@code quad_code}, {@code cite_info}
 * and {@code coder}. Faultline's additions, which the manual allows, use their own names:
 * {@code story_date}, {@code modality}, {@code counts}, {@code num_mentions}, {@code num_sources},
 * {@code num_articles}.
 */
public final class PloverJson {
    private static final ObjectMapper MAPPER = JsonLines.MAPPER;

    private PloverJson() {
    }

    public static void write(List<CanonicalEvent> events, Writer w) throws IOException {
        JsonLines.write(events, PloverJson::record, w);
    }

    static ObjectNode record(CanonicalEvent e) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", e.id());
        if (e.dayFirst() != null) {
            n.put("date", e.dayFirst().toString());
            if (!e.dayLast().equals(e.dayFirst())) {
                n.put("enddate", e.dayLast().toString());
            }
        }
        n.set("source", actors(e.sources()));
        n.set("recipient", actors(e.targets()));
        n.putArray("event").add(e.type());
        if (e.mode() != null) {
            n.putArray("mode").add(e.mode());
        }
        if (e.place() != null) {
            n.set("event_loc", location(e.place()));
        }
        ArrayNode text = n.putArray("event_text");
        e.evidence().stream().map(CanonicalEvent.Evidence::sentence).distinct().forEach(text::add);
        if (e.codes() != null && e.codes().quadClass() > 0) {
            n.put("quad_code", e.codes().quadClass());
        }
        ArrayNode cites = n.putArray("cite_info");
        e.evidence().stream().map(CanonicalEvent.Evidence::articleId).distinct().forEach(id -> {
            ObjectNode c = cites.addObject().put("citation", id);
            e.evidence().stream().filter(x -> x.articleId().equals(id)).findFirst().ifPresent(x -> {
                if (x.url() != null) {
                    c.put("url", x.url());
                }
                c.put("publication", x.outlet());
            });
        });
        n.put("coder", "Faultline");
        if (e.firstPublished() != null) {
            n.put("story_date", e.firstPublished().toString());
        }
        n.put("modality", e.modality());
        ObjectNode counts = n.putObject("counts");
        e.counts().forEach(counts::put);
        n.put("num_mentions", e.numMentions());
        n.put("num_sources", e.numSources());
        n.put("num_articles", e.numArticles());
        return n;
    }

    private static ArrayNode actors(List<EventActor> actors) {
        ArrayNode arr = MAPPER.createArrayNode();
        for (EventActor a : actors) {
            ObjectNode o = arr.addObject();
            if (a.country() != null) {
                o.put("code", a.country());
            }
            String sector = ActorCodes.sector(a);
            if (!sector.isEmpty()) {
                o.put("sector", sector);
            }
            o.put("actor_text", a.name());
            o.put("identifier_id", a.id());
            o.put("identifier_text", a.name());
        }
        return arr;
    }

    /** The manual's location object: GeoNames dump field names, plus cc3 for the alpha-3 code. */
    private static ObjectNode location(Place p) {
        ObjectNode o = MAPPER.createObjectNode();
        if (p.geonamesId() != null) {
            o.put("geonameid", p.geonamesId());
        }
        o.put("name", p.name());
        o.put("latitude", p.lat());
        o.put("longitude", p.lon());
        if (p.featureCode() != null) {
            o.put("feature code", p.featureCode());
        }
        if (p.country() != null) {
            o.put("country code", Countries.iso2(p.country()));
            o.put("cc3", p.country());
        }
        if (p.admin1() != null) {
            o.put("admin1 name", p.admin1());
        }
        return o;
    }
}
