package org.faultline.store.export;

import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.faultline.analysis.ActorRef;
import org.faultline.analysis.Analysis;
import org.faultline.analysis.Event;
import org.faultline.analysis.Place;
import org.faultline.store.Fixtures;
import org.faultline.store.QueryFilter;
import org.faultline.store.Store;

/**
 * The store the export tests read: the shared {@link Fixtures#corpus()} (ISIS attack at Mosul reported three
 * times, a protest in Baghdad, Iraqi army shelling at Kirkuk) plus events each export must handle: one
 * without a source actor, one dated only to the year, one negated, and one by a state's forces abroad.
 */
final class ExportFixtures {
    static final Place DAMASCUS = Fixtures.point("gn:170654", "Damascus", 33.51, 36.29, "SYR", "Damascus Governorate");

    private ExportFixtures() {
    }

    /** What an export wrote and its report. */
    record Exported(String text, ExportReport report) {
    }

    static Store fill(Store store) {
        Fixtures.corpus().forEach(store::put);
        extra().forEach(store::put);
        return store;
    }

    static Exported export(Store store, ExportFormat format) throws IOException {
        StringWriter w = new StringWriter();
        ExportReport report = Exports.write(store, format, QueryFilter.all(), w);
        return new Exported(w.toString(), report);
    }

    static ActorRef russianForces() {
        return Fixtures.ref("RUS/MIL", "Russia military", "STATE_FORCES", "RUS", "Russian forces");
    }

    private static List<Analysis> extra() {
        List<Analysis> out = new ArrayList<>();
        out.add(Fixtures.single("x-nosource", "BBC", "ASSAULT", List.of(), List.of(Fixtures.civilians()),
                Fixtures.KIRKUK, "2016-08-01"));
        out.add(Fixtures.single("x-year", "BBC", "PROTEST", List.of(Fixtures.ref("generic:protesters@IRQ",
                "protesters", "PROTESTERS", "IRQ", "Protesters")), List.of(), Fixtures.KIRKUK, "2015"));
        out.add(Fixtures.single("x-abroad", "AFP", "ASSAULT", List.of(russianForces()), List.of(Fixtures.ypg()),
                DAMASCUS, "2016-09-01"));
        Analysis negated = Fixtures.single("x-negated", "AFP", "ASSAULT", List.of(Fixtures.isis()),
                List.of(Fixtures.iraqArmy()), Fixtures.BAGHDAD, "2016-10-01");
        Event e = negated.events().get(0);
        Event withModality = new Event(e.type(), e.mode(), e.source(), e.target(), e.place(), e.date(), "negated",
                e.counts(), e.evidence(), e.trigger(), e.attribution(), e.codes());
        out.add(new Analysis(negated.article(), List.of(withModality), negated.actors(), negated.places(),
                negated.relations(), negated.counts()));
        return out;
    }

    /** One event at a place in each of the given countries, on distinct days so that none merge. */
    static List<Analysis> oneEventIn(Map<String, Place> placesByIso3) {
        List<Analysis> out = new ArrayList<>();
        LocalDate day = LocalDate.of(2017, 1, 1);
        for (Map.Entry<String, Place> p : placesByIso3.entrySet()) {
            out.add(Fixtures.single("c-" + p.getKey(), "BBC", "ASSAULT", List.of(Fixtures.isis()),
                    List.of(Fixtures.civilians()), p.getValue(), day.toString()));
            day = day.plusDays(3);
        }
        return out;
    }
}
