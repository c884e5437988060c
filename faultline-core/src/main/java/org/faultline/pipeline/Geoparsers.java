package org.faultline.pipeline;

import java.util.List;
import org.faultline.events.PlaceSpot;
import org.faultline.geo.Gazetteer;
import org.faultline.geo.PlaceResolver;
import org.faultline.geo.ResolvedPlaces;

/** The available geoparsers. */
public final class Geoparsers {
    private Geoparsers() {
    }

    /** GeoNames-backed resolution with the bundled gazetteer (built at build time). */
    public static Geoparser standard() {
        PlaceResolver resolver = new PlaceResolver(Gazetteer.loadDefault());
        return (doc, hints) -> {
            ResolvedPlaces r = resolver.resolve(doc, hints);
            // a place named inside an organisation's name is no event's or relation's place
            List<PlaceSpot> spots = r.mentions().stream().filter(m -> !m.inName())
                    .map(m -> new PlaceSpot(m.sentence(), m.tokenStart(), m.tokenEnd(), m.span(), m.place())).toList();
            return new Geoparser.Located(r.places(), spots);
        };
    }
}
