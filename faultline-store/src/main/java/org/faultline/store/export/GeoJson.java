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
 * A GeoJSON (RFC 7946) FeatureCollection with one Point feature per located canonical event
 * ([longitude, latitude], WGS 84). Events without a place are left out: a map cannot show them. The
 * properties are flat (strings and numbers) so that GIS tools show them as columns.
 */
public final class GeoJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private GeoJson() {
    }

    static final String NO_PLACE = "without a place";

    public static ExportReport write(List<CanonicalEvent> events, Writer w) throws IOException {
        ExportReport.Tally tally = new ExportReport.Tally();
        ObjectNode fc = MAPPER.createObjectNode();
        fc.put("type", "FeatureCollection");
        ArrayNode features = fc.putArray("features");
        for (CanonicalEvent e : events) {
            Place p = e.place();
            if (p == null) {
                tally.leftOut(NO_PLACE);
                continue;
            }
            tally.wrote();
            ObjectNode f = features.addObject();
            f.put("type", "Feature");
            f.put("id", e.id());
            ObjectNode g = f.putObject("geometry");
            g.put("type", "Point");
            g.putArray("coordinates").add(p.lon()).add(p.lat());
            ObjectNode props = f.putObject("properties");
            props.put("event_type", e.type());
            props.put("mode", e.mode());
            props.put("modality", e.modality());
            props.put("date", e.date());
            props.put("date_precision", e.datePrecision());
            props.put("source", EventRows.names(e.sources()));
            props.put("target", EventRows.names(e.targets()));
            props.put("place", p.name());
            props.put("admin1", p.admin1());
            props.put("country", p.country());
            props.put("place_precision", p.precision());
            e.counts().forEach(props::put);
            props.put("num_mentions", e.numMentions());
            props.put("num_sources", e.numSources());
            props.put("num_articles", e.numArticles());
            props.put("source_url", e.sourceUrl());
        }
        w.write(MAPPER.writeValueAsString(fc));
        w.write('\n');
        return tally.report();
    }
}
