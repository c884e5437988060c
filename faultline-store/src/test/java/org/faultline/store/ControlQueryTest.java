package org.faultline.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.faultline.store.control.ControlAnswer;
import org.faultline.store.control.Evidence;
import org.faultline.store.control.Period;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Who held Fallujah and Mosul when, from the five fixture articles of {@link ControlFixtures}, across articles. */
class ControlQueryTest {
    @TempDir
    Path dir;

    private Store store;
    private ControlQuery query;

    @BeforeEach
    void open() {
        store = ControlFixtures.store(dir.resolve("control.db"));
        // the gazetteer stands in as one extra name, so the fallback is tested without loading it
        query = new ControlQuery(store, name -> name.equals("Fallouja") ? Set.of("gn:99454") : Set.of());
    }

    @AfterEach
    void close() {
        store.close();
    }

    private ControlAnswer fallujah(String day) {
        List<ControlAnswer> found = query.at("Fallujah", LocalDate.parse(day));
        assertEquals(1, found.size(), found.toString());
        return found.get(0);
    }

    private static String controller(ControlAnswer a) {
        assertEquals("held", a.status(), a.toString());
        assertEquals(1, a.controllers().size());
        return a.controllers().get(0).id() + " since " + a.controllers().get(0).since();
    }

    @Test
    void beforeAnyStatementNobodyIsKnown() {
        ControlAnswer a = fallujah("2013-06-01");
        assertEquals("unknown", a.status());
        assertEquals(List.of(), a.controllers());
        assertEquals("no stored statement about who held Al Fall\u016bjah on or before 2013-06-01", a.note());
        assertEquals(4, a.history().size(), "the history is still there to see: " + a.history());
    }

    @Test
    void aStatedHoldingCountsFromItsArticle() {
        ControlAnswer a = fallujah("2013-12-25");
        assertEquals("IRQ/GOV since 2013-12-20", controller(a));
        Evidence ev = a.controllers().get(0).evidence().get(0);
        assertEquals("fx-1", ev.articleId());
        assertEquals(ControlFixtures.TEXTS[0], ev.sentence());
        assertEquals(0, ev.start());
        assertEquals(ControlFixtures.TEXTS[0].length(), ev.end());
        assertEquals("holds", ev.trigger());
        assertEquals(ControlFixtures.TEXTS[0].indexOf("holds"), ev.triggerStart());
    }

    @Test
    void aCaptureInAnotherArticleEndsTheEarlierHolding() {
        assertEquals("ISIS since 2014-01-03", controller(fallujah("2014-01-03")));
        assertEquals("IRQ/GOV since 2013-12-20", controller(fallujah("2014-01-02")));
        Period first = fallujah("2015-01-01").history().get(0);
        assertEquals("IRQ/GOV", first.controllerId());
        assertEquals("2013-12-20", first.from());
        assertEquals("2014-01-03", first.to());
        assertEquals("taken", first.ended());
        assertEquals("Islamic State", first.endedBy());
        assertEquals("fx-2", first.endEvidence().articleId());
    }

    @Test
    void aRecaptureHandsItBack() {
        assertEquals("ISIS since 2014-01-03", controller(fallujah("2016-06-25")));
        ControlAnswer a = fallujah("2016-06-26");
        assertEquals("IRQ/MIL since 2016-06-26", controller(a));
        assertEquals("recaptured", a.controllers().get(0).evidence().get(0).trigger());
    }

    @Test
    void aStatedLossEndsControlAndLeavesItUnknown() {
        assertEquals("IRQ/MIL since 2016-06-26", controller(fallujah("2016-07-08")));
        ControlAnswer a = fallujah("2016-07-15");
        assertEquals("unknown", a.status());
        assertEquals("Iraq military lost control on 2016-07-09 and no party is stated to hold Al Fall\u016bjah since",
                a.note());
        Period lost = a.history().get(2);
        assertEquals(List.of("2016-06-26", "2016-07-09", "lost"), List.of(lost.from(), lost.to(), lost.ended()));
        assertNull(lost.endedBy());
        assertEquals("fx-4", lost.endEvidence().articleId());
        assertEquals("lost", lost.endEvidence().trigger());
    }

    @Test
    void aLaterRetakeStartsANewPeriod() {
        ControlAnswer a = fallujah("2016-08-05");
        assertEquals("IRQ/MIL since 2016-08-01", controller(a));
        List<String> periods = a.history().stream().map(p -> p.controllerId() + " " + p.from() + ".." + p.to()).toList();
        assertEquals(List.of("IRQ/GOV 2013-12-20..2014-01-03", "ISIS 2014-01-03..2016-06-26",
                "IRQ/MIL 2016-06-26..2016-07-09", "IRQ/MIL 2016-08-01..null"), periods);
    }

    @Test
    void placesAreFoundByIdNameWordingOrOtherNames() {
        for (String name : List.of("gn:99454", "99454", "Al Fall\u016bjah", "FALLUJA", "al-Fallujah", "Fallouja")) {
            List<ControlAnswer> found = query.at(name, LocalDate.parse("2015-01-01"));
            assertEquals(1, found.size(), name);
            assertEquals("gn:99454", found.get(0).place().id(), name);
        }
        // "al-Mawsil" is only how fx-3 wrote Mosul
        assertEquals("gn:99072", query.at("Mawsil", LocalDate.parse("2015-01-01")).get(0).place().id());
        assertEquals(List.of(), query.at("Atlantis", LocalDate.parse("2015-01-01")));
    }

    @Test
    void everyHeldPlaceOnADateWithItsCoordinates() {
        List<ControlAnswer> mid2014 = query.all(LocalDate.parse("2014-07-01"));
        assertEquals(List.of("gn:99072 ISIS", "gn:99454 ISIS"), mid2014.stream()
                .map(a -> a.place().id() + " " + a.controllers().get(0).id()).toList());
        assertEquals(33.349, mid2014.get(1).place().lat());
        assertEquals(43.784, mid2014.get(1).place().lon());
        assertEquals(List.of("gn:99072"), query.all(LocalDate.parse("2016-07-15")).stream().map(a -> a.place().id()).toList());
        assertTrue(query.all(LocalDate.parse("2013-01-01")).isEmpty());
    }
}
