package org.faultline.store;

import static org.faultline.store.Fixtures.BAGHDAD;
import static org.faultline.store.Fixtures.HAMAM;
import static org.faultline.store.Fixtures.IRAQ;
import static org.faultline.store.Fixtures.MOSUL;
import static org.faultline.store.Fixtures.SYRIA;
import static org.faultline.store.Fixtures.TALL_AFAR;
import static org.faultline.store.Fixtures.civilians;
import static org.faultline.store.Fixtures.iraqArmy;
import static org.faultline.store.Fixtures.isis;
import static org.faultline.store.Fixtures.peshmerga;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.faultline.analysis.ActorRef;
import org.faultline.analysis.Analysis;
import org.faultline.analysis.Place;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DedupTest {
    private static final SameHappening RULE = SameHappening.DEFAULT;

    @TempDir
    Path dir;

    private static int seq;

    private static EventMention m(String type, List<ActorRef> actors, Place place, String date) {
        String id = "a" + ++seq;
        List<EventMention.Participant> ps = new ArrayList<>();
        for (ActorRef r : actors) {
            ps.add(Mentions.actor(ps.isEmpty() ? "source" : "target", r));
        }
        return Mentions.of(id + "#e1", id, 0, type, null, date, "text", place, "sentence", ps, Map.of());
    }

    private static boolean same(EventMention a, EventMention b) {
        return RULE.test(a, b) && RULE.test(b, a);
    }

    // ---- pairs that merge ------------------------------------------------------------------------------

    @Test
    void nearbyPlacesAdjacentDaysSharedActorMerge() {
        assertTrue(same(m("ASSAULT", List.of(isis(), civilians()), MOSUL, "2016-06-05"),
                m("ASSAULT", List.of(isis()), HAMAM, "2016-06-06")));
    }

    @Test
    void monthDateContainsDayDate() {
        assertTrue(same(m("ASSAULT", List.of(isis()), MOSUL, "2016-06"), m("ASSAULT", List.of(isis()), MOSUL, "2016-06-20")));
    }

    @Test
    void countryPrecisionMatchesByCountry() {
        assertTrue(same(m("ASSAULT", List.of(isis()), IRAQ, "2016-06-05"), m("ASSAULT", List.of(isis()), BAGHDAD, "2016-06-05")));
    }

    @Test
    void admin1PrecisionMatchesPlacesInIt() {
        Place nineveh = new Place("gn:98227", "Nineveh", 36.0, 42.5, "IRQ", "Nineveh", 98227L, "ADM1", "admin1", List.of());
        assertTrue(same(m("ASSAULT", List.of(isis()), nineveh, "2016-06-05"), m("ASSAULT", List.of(isis()), TALL_AFAR, "2016-06-05")));
        assertFalse(same(m("ASSAULT", List.of(isis()), nineveh, "2016-06-05"), m("ASSAULT", List.of(isis()), KIRKUK(), "2016-06-05")));
    }

    private static Place KIRKUK() {
        return Fixtures.KIRKUK;
    }

    // ---- pairs that must not merge -----------------------------------------------------------------------

    @Test
    void differentTypesDoNotMerge() {
        assertFalse(same(m("ASSAULT", List.of(isis()), MOSUL, "2016-06-05"), m("PROTEST", List.of(isis()), MOSUL, "2016-06-05")));
    }

    @Test
    void farApartDoNotMerge() {
        assertFalse(same(m("ASSAULT", List.of(isis()), MOSUL, "2016-06-05"), m("ASSAULT", List.of(isis()), BAGHDAD, "2016-06-05")));
        // Tall Afar is about 60 km from Mosul: outside the default 50 km radius, inside a 100 km one
        assertFalse(same(m("ASSAULT", List.of(isis()), MOSUL, "2016-06-05"), m("ASSAULT", List.of(isis()), TALL_AFAR, "2016-06-05")));
        assertTrue(new SameHappening(100, 1, 3).test(m("ASSAULT", List.of(isis()), MOSUL, "2016-06-05"),
                m("ASSAULT", List.of(isis()), TALL_AFAR, "2016-06-05")));
    }

    @Test
    void differentCountriesDoNotMerge() {
        assertFalse(same(m("ASSAULT", List.of(isis()), IRAQ, "2016-06-05"), m("ASSAULT", List.of(isis()), SYRIA, "2016-06-05")));
    }

    @Test
    void incompatibleDatesDoNotMerge() {
        assertFalse(same(m("ASSAULT", List.of(isis()), MOSUL, "2016-06-05"), m("ASSAULT", List.of(isis()), MOSUL, "2016-06-09")));
        assertFalse(same(m("ASSAULT", List.of(isis()), MOSUL, "2016-05"), m("ASSAULT", List.of(isis()), MOSUL, "2016-06-05")));
        assertFalse(same(m("ASSAULT", List.of(isis()), MOSUL, "2015"), m("ASSAULT", List.of(isis()), MOSUL, "2016-06-05")));
    }

    @Test
    void disjointActorsDoNotMerge() {
        assertFalse(same(m("ASSAULT", List.of(isis()), MOSUL, "2016-06-05"), m("ASSAULT", List.of(peshmerga()), MOSUL, "2016-06-05")));
        assertFalse(same(m("ASSAULT", List.of(), MOSUL, "2016-06-05"), m("ASSAULT", List.of(), MOSUL, "2016-06-05")));
    }

    @Test
    void unknownPlaceOrDateIsNotAMatch() {
        assertFalse(same(m("ASSAULT", List.of(isis()), null, "2016-06-05"), m("ASSAULT", List.of(isis()), MOSUL, "2016-06-05")));
        assertFalse(same(m("ASSAULT", List.of(isis()), MOSUL, null), m("ASSAULT", List.of(isis()), MOSUL, "2016-06-05")));
        assertTrue(same(m("ASSAULT", List.of(isis()), null, null), m("ASSAULT", List.of(isis()), null, null)));
    }

    @Test
    void swappedRolesNeverMerge() {
        assertFalse(same(m("ASSAULT", List.of(isis(), iraqArmy()), MOSUL, "2016-06-05"),
                m("ASSAULT", List.of(iraqArmy(), isis()), MOSUL, "2016-06-05")));
    }

    @Test
    void sharedGenericActorsAreNotEnough() {
        assertFalse(same(m("ASSAULT", List.of(civilians()), MOSUL, "2016-06-05"),
                m("ASSAULT", List.of(civilians()), MOSUL, "2016-06-05")));
        // the same id, but only "troops" in both texts: the article's focus country chose it
        ActorRef troops = Fixtures.ref("IRQ/MIL", "Iraq military", "STATE_FORCES", "IRQ", "troops");
        assertFalse(same(m("ASSAULT", List.of(troops, civilians()), MOSUL, "2016-06-05"),
                m("ASSAULT", List.of(troops, civilians()), MOSUL, "2016-06-05")));
        assertTrue(same(m("ASSAULT", List.of(troops, civilians()), MOSUL, "2016-06-05"),
                m("ASSAULT", List.of(iraqArmy(), civilians()), MOSUL, "2016-06-05")));
    }

    @Test
    void aSharedSourceBesideConflictingNamedSourcesIsNotAMatch() {
        EventMention a = report("a", 0, List.of(src(isis()), src(iraqArmy())), Map.of());
        EventMention b = report("b", 0, List.of(src(isis()), src(peshmerga())), Map.of());
        EventMention c = report("c", 0, List.of(src(isis())), Map.of());
        assertFalse(same(a, b));
        assertTrue(same(a, c)); // c names fewer sources, none the others lack
    }

    @Test
    void sourcesOnDifferentSidesDoNotMerge() {
        ActorRef militants = Fixtures.ref("generic:militants@IRQ", "militants", "JIHADIST", "IRQ", "militants");
        EventMention army = report("a", 0, List.of(src(iraqArmy()), Mentions.actor("target", isis())), Map.of());
        EventMention byMilitants = report("b", 0, List.of(src(militants), Mentions.actor("target", isis())), Map.of());
        assertEquals("their sources stand on different sides: [state] and [armed-group]", RULE.why(army, byMilitants));
    }

    @Test
    void casualtyFiguresFarApartAreDifferentHappenings() {
        EventMention twelve = report("a", 0, List.of(src(isis())), Map.of("killed", 12L));
        assertTrue(same(twelve, report("b", 0, List.of(src(isis())), Map.of("killed", 20L))));
        assertTrue(same(twelve, report("c", 0, List.of(src(isis())), Map.of("killed", 36L))));
        assertFalse(same(twelve, report("d", 0, List.of(src(isis())), Map.of("killed", 60L))));
    }

    @Test
    void twoSentencesOfOneArticleMergeOnlyWithTheirOwnDateAndPlace() {
        List<EventMention.Participant> actors = List.of(src(isis()));
        EventMention lede = report("a", 0, actors, Map.of());
        EventMention later = report("a", 300, actors, Map.of());
        assertTrue(same(lede, later));
        EventMention undated = Mentions.of("a#e9", "a", 600, "ASSAULT", null, "2016-06-05", "published", MOSUL,
                "sentence", actors, Map.of());
        EventMention focusPlace = Mentions.of("a#e10", "a", 900, "ASSAULT", null, "2016-06-05", "text", MOSUL,
                "article", actors, Map.of());
        assertFalse(same(lede, undated));
        assertFalse(same(lede, focusPlace));
        // in another article the same defaults are evidence like any other
        assertTrue(same(report("b", 0, actors, Map.of()), undated));
        // one writer naming two days means two days; two writers may date one event a day apart
        EventMention nextDay = Mentions.of("a#e11", "a", 1200, "ASSAULT", null, "2016-06-06", "text", MOSUL,
                "sentence", actors, Map.of());
        assertFalse(same(lede, nextDay));
        assertTrue(same(report("c", 0, actors, Map.of()), nextDay));
    }

    @Test
    void yearOnlyDatesMatchOnlyYearOnlyDates() {
        assertFalse(same(m("ASSAULT", List.of(isis()), MOSUL, "2016"), m("ASSAULT", List.of(isis()), MOSUL, "2016-06-20")));
        assertTrue(same(m("ASSAULT", List.of(isis()), MOSUL, "2016"), m("ASSAULT", List.of(isis()), MOSUL, "2016")));
    }

    private static EventMention.Participant src(ActorRef r) {
        return Mentions.actor("source", r);
    }

    private static EventMention report(String article, int sentence, List<EventMention.Participant> actors,
                                       Map<String, Long> counts) {
        return Mentions.of(article + "#e" + ++seq, article, sentence, "ASSAULT", null, "2016-06-05", "text", MOSUL,
                "sentence", actors, counts);
    }

    // ---- clustering -----------------------------------------------------------------------------------

    @Test
    void completeLinkageDoesNotChain() {
        // 5th ~ 6th and 6th ~ 7th, but the 5th and the 7th are two days apart: not one happening
        List<EventMention> ms = List.of(m("ASSAULT", List.of(isis()), MOSUL, "2016-06-05"),
                m("ASSAULT", List.of(isis()), MOSUL, "2016-06-06"), m("ASSAULT", List.of(isis()), MOSUL, "2016-06-07"));
        List<List<EventMention>> clusters = new Clusterer(RULE).cluster(ms);
        assertEquals(2, clusters.size());
        for (List<EventMention> c : clusters) {
            for (EventMention a : c) {
                for (EventMention b : c) {
                    assertTrue(RULE.test(a, b));
                }
            }
        }
    }

    @Test
    void clustersDoNotDependOnInputOrder() {
        List<EventMention> ms = new ArrayList<>();
        Place[] places = {MOSUL, HAMAM, TALL_AFAR, BAGHDAD, IRAQ, null};
        String[] dates = {"2016-06-05", "2016-06-06", "2016-06-07", "2016-06", "2016", null};
        Random rnd = new Random(7);
        for (int i = 0; i < 120; i++) {
            List<ActorRef> actors = rnd.nextBoolean() ? List.of(isis(), civilians()) : List.of(iraqArmy(), isis());
            ms.add(m(rnd.nextInt(4) == 0 ? "PROTEST" : "ASSAULT", actors, places[rnd.nextInt(places.length)],
                    dates[rnd.nextInt(dates.length)]));
        }
        List<List<String>> expected = ids(new Clusterer(RULE).cluster(ms));
        assertTrue(expected.size() > 5 && expected.size() < 100, "some merging: " + expected.size());
        for (int round = 0; round < 10; round++) {
            Collections.shuffle(ms, new Random(round));
            assertEquals(expected, ids(new Clusterer(RULE).cluster(ms)));
        }
    }

    private static List<List<String>> ids(List<List<EventMention>> clusters) {
        return clusters.stream().map(c -> c.stream().map(EventMention::eventId).toList()).toList();
    }

    // ---- in the store ---------------------------------------------------------------------------------

    private static List<Analysis> reports() {
        return List.of(
                Fixtures.single("bbc-1", "bbc.co.uk", "ASSAULT", List.of(isis()), List.of(civilians()), MOSUL, "2016-06-05"),
                Fixtures.single("bbc-2", "bbc.co.uk", "ASSAULT", List.of(isis()), List.of(civilians()), HAMAM, "2016-06-06"),
                Fixtures.single("afp-1", "afp.com", "ASSAULT", List.of(isis()), List.of(), IRAQ, "2016-06"),
                Fixtures.single("afp-2", "afp.com", "ASSAULT", List.of(isis()), List.of(civilians()), BAGHDAD, "2016-06-05"),
                Fixtures.single("afp-3", "afp.com", "PROTEST", List.of(isis()), List.of(), MOSUL, "2016-06-05"));
    }

    @Test
    void storeClustersReportsWithGdeltCounts() {
        try (Store s = Store.open(dir.resolve("a.db"))) {
            reports().forEach(s::put);
            List<CanonicalEvent> events = s.events(QueryFilter.all());
            assertEquals(3, events.size(), events.toString());
            CanonicalEvent mosul = events.stream().filter(e -> e.numMentions() == 3).findFirst().orElseThrow();
            assertEquals("ASSAULT", mosul.type());
            assertEquals(3, mosul.numArticles());
            assertEquals(2, mosul.numSources());
            assertEquals("Mosul", mosul.place().name()); // most precise place, most often named
            assertEquals("2016-06-05", mosul.date());
            assertEquals("ISIS", mosul.mainSource().id());
            assertEquals(3, mosul.mainSource().mentions());
            assertEquals("generic:civilians@IRQ", mosul.mainTarget().id());
            assertEquals(3, mosul.evidence().size());
            assertEquals(mosul.evidence().get(0).sentence(), Fixtures.TEXT.substring(0, 70));
            assertEquals("https://afp.com/afp-1", mosul.sourceUrl()); // earliest published, then smallest id
            assertEquals(5, s.count("cluster_members"));
        }
    }

    @Test
    void storeClustersDoNotDependOnInsertionOrder() {
        List<Analysis> forward = reports();
        List<Analysis> backward = new ArrayList<>(forward);
        Collections.reverse(backward);
        List<CanonicalEvent> a;
        List<CanonicalEvent> b;
        try (Store s = Store.open(dir.resolve("f.db"))) {
            forward.forEach(s::put);
            a = s.events(QueryFilter.all());
        }
        try (Store s = Store.open(dir.resolve("b.db"))) {
            backward.forEach(s::put);
            b = s.events(QueryFilter.all());
        }
        assertEquals(withoutStoreTimes(a), withoutStoreTimes(b));
    }

    /** The events with their evidence's store times cleared: when an article was stored depends on the order. */
    private static List<CanonicalEvent> withoutStoreTimes(List<CanonicalEvent> events) {
        return events.stream().map(e -> new CanonicalEvent(e.id(), e.type(), e.mode(), e.modality(), e.date(),
                e.datePrecision(), e.dayFirst(), e.dayLast(), e.place(), e.sources(), e.targets(), e.counts(),
                e.countRanges(), e.codes(), e.numMentions(), e.numSources(), e.numArticles(), e.firstPublished(),
                e.sourceUrl(), e.members(), e.evidence().stream().map(x -> new CanonicalEvent.Evidence(x.eventId(), x.articleId(), x.outlet(),
                        x.url(), x.sentence(), x.start(), x.end(), x.lead(), null)).toList())).toList();
    }

    @Test
    void twoTriggersInOneSentenceAreOneMention() {
        Analysis one = Fixtures.single("bbc-1", "bbc.co.uk", "ASSAULT", List.of(isis()), List.of(civilians()), MOSUL,
                "2016-06-05");
        Analysis twice = new Analysis(one.article(), List.of(one.events().get(0), one.events().get(0)), one.actors(),
                one.places(), one.relations(), one.counts());
        try (Store s = Store.open(dir.resolve("a.db"))) {
            s.put(twice);
            CanonicalEvent e = s.events(QueryFilter.all()).get(0);
            assertEquals(1, e.numMentions());
            assertEquals(2, e.evidence().size()); // both events keep their evidence
            assertTrue(StoreCheck.run(s).ok());
        }
    }

    @Test
    void clustersAreRecomputedAfterNewArticles() {
        try (Store s = Store.open(dir.resolve("a.db"))) {
            s.put(reports().get(0));
            assertEquals(1, s.events(QueryFilter.all()).get(0).numMentions());
            s.put(reports().get(1));
            assertEquals(2, s.events(QueryFilter.all()).get(0).numMentions());
        }
    }
}
