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
 * PLOVER JSON Lines, one canonical event per line, with the field names of the PLOVER manual (draft 0.8,
 * "JSON Data Fields"): the required {@code id}, {@code date} (first day; {@code enddate} when only the month
 * or year is known), {@code source} and {@code event}; {@code recipient}, {@code mode}, {@code context}
 * (the special contexts future, hypothetical, negation from Faultline's modality), {@code event_loc}
 * (GeoNames dump field names, plus {@code cc3}), {@code event_text}, {@code quad_code}, {@code cite_info}
 * (the first published article) and {@code coder}. Actor objects carry {@code code}, {@code sector},
 * {@code actor_text} (the article's wording), {@code identifier_id} and {@code identifier_text}
 * (Faultline's knowledge-base id and name), and, the manual having no field for it, the extension
 * {@code role_basis}: how the member reports' roles got the actor (RoleBasis words, "stated" first: a list
 * without "stated" is an actor every report inferred, from an earlier act, a pronoun or the article's
 * pairs of adversaries). The manual allows further fields; Faultline's are
 * {@code modality}, {@code counts}, {@code num_mentions}, {@code num_sources}, {@code num_articles},
 * {@code story_date} and {@code evidence} (each reporting sentence's article and code-point offsets).
 *
 * <p>The manual requires a source actor: an event with none is left out and counted, not given an
 * invented placeholder, so every actor written stands for words in the text. An event without a date
 * cannot fill the required {@code date} and is left out the same way.
 */
public final class PloverJson {
    static final String NO_DATE = "without a date";
    static final String NO_SOURCE = "without a source actor";
    static final String CODER = "Faultline";
    private static final ObjectMapper MAPPER = JsonLines.MAPPER;

    private final Admin1Codes admin1;

    PloverJson(Admin1Codes admin1) {
        this.admin1 = admin1;
    }

    public static ExportReport write(List<CanonicalEvent> events, Writer w) throws IOException {
        return new PloverJson(Admin1Codes.standard()).writeAll(events, w);
    }

    ExportReport writeAll(List<CanonicalEvent> events, Writer w) throws IOException {
        ExportReport.Tally tally = new ExportReport.Tally();
        for (CanonicalEvent e : events) {
            if (e.dayFirst() == null) {
                tally.leftOut(NO_DATE);
            } else if (e.sources().isEmpty()) {
                tally.leftOut(NO_SOURCE);
            } else {
                JsonLines.line(record(e), w);
                tally.wrote();
            }
        }
        return tally.report();
    }

    ObjectNode record(CanonicalEvent e) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", e.id());
        n.put("date", e.dayFirst().toString());
        if (e.dayLast() != null && !e.dayLast().equals(e.dayFirst())) {
            n.put("enddate", e.dayLast().toString());
        }
        n.set("source", actors(e.sources()));
        if (!e.targets().isEmpty()) {
            n.set("recipient", actors(e.targets()));
        }
        n.putArray("event").add(e.type());
        if (e.mode() != null) {
            n.putArray("mode").add(e.mode());
        }
        String context = PloverContexts.of(e.modality());
        if (context != null) {
            n.putArray("context").add(context);
        }
        if (e.place() != null) {
            n.set("event_loc", location(e.place()));
        }
        ArrayNode text = n.putArray("event_text");
        e.evidence().stream().map(CanonicalEvent.Evidence::sentence).distinct().forEach(text::add);
        if (e.codes() != null && e.codes().quadClass() > 0) {
            n.put("quad_code", e.codes().quadClass());
        }
        if (!e.evidence().isEmpty()) {
            // the article GDELT's SOURCEURL names too: the first published one with a URL, if any
            CanonicalEvent.Evidence first = e.evidence().stream().filter(x -> x.url() != null
                    && x.url().equals(e.sourceUrl())).findFirst().orElse(e.evidence().get(0));
            ObjectNode cite = n.putObject("cite_info").put("citation", first.articleId());
            if (first.url() != null) {
                cite.put("url", first.url());
            }
            cite.put("publication", first.outlet());
        }
        n.put("coder", CODER);
        n.put("modality", e.modality());
        ObjectNode counts = n.putObject("counts");
        e.counts().forEach(counts::put);
        n.put("num_mentions", e.numMentions());
        n.put("num_sources", e.numSources());
        n.put("num_articles", e.numArticles());
        if (e.firstPublished() != null) {
            n.put("story_date", e.firstPublished().toString());
        }
        ArrayNode evidence = n.putArray("evidence");
        for (CanonicalEvent.Evidence x : e.evidence()) {
            evidence.addObject().put("event_id", x.eventId()).put("article_id", x.articleId()).put("start", x.start())
                    .put("end", x.end());
        }
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
            if (a.text() != null) {
                o.put("actor_text", a.text());
            }
            o.put("identifier_id", a.id());
            o.put("identifier_text", a.name());
            if (!a.bases().isEmpty()) {
                a.bases().forEach(o.putArray("role_basis")::add); // extension: how the reports' roles got the actor
            }
        }
        return arr;
    }

    /** The manual's location object: GeoNames dump field names, plus cc3 for the alpha-3 code. */
    private ObjectNode location(Place p) {
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
        String iso2 = Countries.iso2(p.country());
        if (iso2 != null) {
            o.put("country code", iso2);
        }
        if (p.country() != null) {
            o.put("cc3", p.country());
        }
        String division = admin1.of(p);
        if (division != null) {
            o.put("admin1 code", division);
        }
        if (p.admin1() != null) {
            o.put("admin1 name", p.admin1());
        }
        return o;
    }
}
