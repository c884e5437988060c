package org.faultline.pipeline;

import java.util.List;

/** The available geoparsers. */
public final class Geoparsers {
    private Geoparsers() {
    }

    /** Until the gazetteer is wired in, no places. */
    public static Geoparser standard() {
        return (doc, hints) -> new Geoparser.Located(List.of(), List.of());
    }
}
