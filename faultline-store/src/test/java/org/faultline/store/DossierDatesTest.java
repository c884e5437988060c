package org.faultline.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.faultline.analysis.Analysis;
import org.faultline.analysis.Event;
import org.faultline.analysis.EventDate;
import org.faultline.ingest.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A dossier's events per week hold only events dated to the day; one known only to the year is counted apart. */
class DossierDatesTest {
    @TempDir
    Path dir;

    @Test
    void aYearOnlyEventIsNotFiledUnderAWeek() {
        Analysis capture = ControlFixtures.all().get(1); // Islamic State seizes Falluja on 3 January 2014
        Event e = capture.events().get(0);
        Event yearOnly = new Event(e.type(), e.mode(), e.source(), e.target(), e.place(),
                new EventDate("2015", "year", null, "timex"), e.modality(), e.counts(), e.evidence(), e.trigger(),
                e.attribution(), e.codes());
        Article a = capture.article();
        Analysis later = new Analysis(new Article("fx-year", a.published(), a.title(), a.source(), "https://news.example/fx-year",
                a.text(), "fx-year.jsonl:1"), List.of(yearOnly), capture.actors(), capture.places(), List.of(), List.of());
        try (Store store = Store.open(dir.resolve("d.db"))) {
            store.put(capture);
            store.put(later);
            Browse.Dossier d = new Browse(store).dossier("ISIS");
            // 2015-01-01 would fall in the week of 2014-12-29: it must not appear there
            assertEquals(List.of(Map.of("week", "2013-12-30", "events", 1L)), d.eventsPerWeek());
            assertEquals(1, d.eventsWithoutWeek());
        }
    }
}
