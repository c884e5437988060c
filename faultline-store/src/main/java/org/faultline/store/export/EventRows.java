package org.faultline.store.export;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.faultline.analysis.Place;
import org.faultline.store.CanonicalEvent;
import org.faultline.store.CanonicalEvent.EventActor;

/** Canonical events as flat rows: the {@code faultline query} table and CSV outputs share the columns. */
public final class EventRows {
    static final List<String> COLUMNS = List.of("id", "date", "date_precision", "type", "mode", "modality", "source",
            "target", "place", "admin1", "country", "latitude", "longitude", "counts", "count_ranges", "num_mentions",
            "num_sources", "num_articles", "members", "source_url", "sentence");
    private static final List<String> TABLE = List.of("date", "type", "mode", "source", "target", "place", "country",
            "counts", "num_mentions", "num_sources", "sentence");

    private EventRows() {
    }

    public static void csv(List<CanonicalEvent> events, Writer w) throws IOException {
        Csv.row(w, COLUMNS);
        for (CanonicalEvent e : events) {
            Csv.row(w, row(e));
        }
    }

    public static void table(List<CanonicalEvent> events, PrintStream out) {
        List<Integer> pick = TABLE.stream().map(COLUMNS::indexOf).toList();
        List<List<String>> rows = new ArrayList<>();
        for (CanonicalEvent e : events) {
            List<String> full = row(e);
            rows.add(pick.stream().map(full::get).toList());
        }
        TextTable.print(out, TABLE, rows);
        out.println("(" + events.size() + " event" + (events.size() == 1 ? "" : "s") + ")");
    }

    static List<String> row(CanonicalEvent e) {
        Place p = e.place();
        List<String> r = new ArrayList<>();
        r.add(e.id());
        r.add(e.date());
        r.add(e.datePrecision());
        r.add(e.type());
        r.add(e.mode());
        r.add(e.modality());
        r.add(names(e.sources()));
        r.add(names(e.targets()));
        r.add(p == null ? null : p.name());
        r.add(p == null ? null : p.admin1());
        r.add(p == null ? null : p.country());
        r.add(p == null ? null : String.valueOf(p.lat()));
        r.add(p == null ? null : String.valueOf(p.lon()));
        r.add(e.counts().entrySet().stream().map(c -> c.getKey() + "=" + c.getValue()).collect(Collectors.joining(" ")));
        r.add(e.countRanges().entrySet().stream().map(c -> c.getKey() + "=" + c.getValue().low() + "-" + c.getValue().high())
                .collect(Collectors.joining(" ")));
        r.add(String.valueOf(e.numMentions()));
        r.add(String.valueOf(e.numSources()));
        r.add(String.valueOf(e.numArticles()));
        r.add(e.members().stream().map(CanonicalEvent.Member::eventId).collect(Collectors.joining(" ")));
        r.add(e.sourceUrl());
        r.add(e.evidence().isEmpty() ? null : e.evidence().get(0).sentence().replaceAll("\\s+", " ").strip());
        return r;
    }

    static String names(List<EventActor> actors) {
        return actors.stream().map(EventActor::name).collect(Collectors.joining("; "));
    }
}
