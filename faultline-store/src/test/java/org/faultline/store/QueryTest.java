package org.faultline.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueryTest {
    @TempDir
    Path dir;
    Store store;

    @BeforeEach
    void fill() {
        store = Store.open(dir.resolve("q.db"));
        Fixtures.corpus().forEach(store::put);
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        store.close();
    }

    private List<String> ids(QueryFilter f) {
        return store.events(f).stream().map(CanonicalEvent::id).toList();
    }

    @Test
    void allCanonicalEventsInDateOrder() {
        List<CanonicalEvent> all = store.events(QueryFilter.all());
        // a cluster takes the smallest event id of its members
        assertEquals(List.of("afp-1#e1", "bbc-2#e2", "afp-1#e2"), all.stream().map(CanonicalEvent::id).toList());
        assertEquals(3, all.get(0).numMentions()); // bbc-1, bbc-2 and afp-1's vague report
        assertEquals(2, all.get(0).numSources());
        // 12 and 15 killed, each from one article: the higher is kept, the range is recorded
        assertEquals(15L, all.get(0).counts().get("killed"));
        assertEquals(new CanonicalEvent.Range(12, 15), all.get(0).countRanges().get("killed"));
        assertEquals(List.of(new CanonicalEvent.Member("afp-1#e1", "afp-1"), new CanonicalEvent.Member("bbc-1#e1", "bbc-1"),
                new CanonicalEvent.Member("bbc-2#e1", "bbc-2")), all.get(0).members());
        assertEquals(2, all.get(2).numArticles());
        assertEquals(4L, all.get(2).counts().get("killed"));
    }

    @Test
    void byActorNameAliasOrIdIgnoringCase() {
        assertEquals(List.of("afp-1#e1", "afp-1#e2"), ids(QueryFilter.all().withActor("islamic state")));
        assertEquals(List.of("afp-1#e1", "afp-1#e2"), ids(QueryFilter.all().withActor("isis")));
        assertEquals(List.of("afp-1#e2"), ids(QueryFilter.all().withActor("Iraqi Army"))); // alias as written
        assertEquals(List.of("bbc-2#e2"), ids(QueryFilter.all().withActor("PROTESTERS")));
        assertEquals(List.of(), ids(QueryFilter.all().withActor("Hezbollah")));
    }

    @Test
    void byTypeModeModalityAndMentions() {
        assertEquals(List.of("bbc-2#e2"), ids(QueryFilter.all().withType("protest")));
        assertEquals(2, ids(QueryFilter.all().withMode("HEAVY-WEAPONS")).size());
        assertEquals(3, ids(QueryFilter.all().withModality("asserted")).size());
        assertEquals(0, ids(QueryFilter.all().withModality("denied")).size());
        assertEquals(List.of("afp-1#e1", "afp-1#e2"), ids(QueryFilter.all().withMinMentions(2)));
        assertEquals(List.of("afp-1#e1"), ids(QueryFilter.all().withMinMentions(3)));
    }

    @Test
    void byPlaceNearAndCountry() {
        assertEquals(List.of("afp-1#e1"), ids(QueryFilter.all().withPlace("mosul")));
        assertEquals(List.of("afp-1#e1"), ids(QueryFilter.all().withPlace("Nineveh"))); // admin1
        assertEquals(List.of("afp-1#e1"), ids(QueryFilter.all().near(36.2, 43.2, 30)));
        assertEquals(List.of("afp-1#e2"), ids(QueryFilter.all().near(35.5, 44.4, 10)));
        assertEquals(3, ids(QueryFilter.all().near(35.0, 44.0, 400)).size());
        assertEquals(3, ids(QueryFilter.all().withCountry("Iraq")).size());
        assertEquals(3, ids(QueryFilter.all().withCountry("irq")).size());
        assertEquals(3, ids(QueryFilter.all().withCountry("IQ")).size());
        assertEquals(0, ids(QueryFilter.all().withCountry("SYR")).size());
    }

    @Test
    void byDateRangeAndLimit() {
        assertEquals(List.of("afp-1#e1", "bbc-2#e2"), ids(QueryFilter.all().between(null, LocalDate.of(2016, 6, 6))));
        assertEquals(List.of("afp-1#e2"), ids(QueryFilter.all().between(LocalDate.of(2016, 6, 7), null)));
        assertEquals(List.of("bbc-2#e2"), ids(QueryFilter.all().between(LocalDate.of(2016, 6, 6), LocalDate.of(2016, 6, 6))
                .withType("PROTEST")));
        assertEquals(List.of("afp-1#e1"), ids(QueryFilter.all().withLimit(1)));
    }

    @Test
    void filterValuesAreParametersNotSql() {
        assertEquals(List.of(), ids(QueryFilter.all().withActor("x') OR TRUE OR ('")));
        assertEquals(List.of(), ids(QueryFilter.all().withType("ASSAULT' OR '1'='1")));
        assertEquals(3, store.count("clusters"));
    }

    @Test
    void evidenceKeepsEveryMention() {
        CanonicalEvent e = store.events(QueryFilter.all().withPlace("Mosul")).get(0);
        assertEquals(List.of("afp-1#e1", "bbc-1#e1", "bbc-2#e1"), e.evidence().stream()
                .map(CanonicalEvent.Evidence::eventId).toList());
        assertTrue(e.evidence().stream().allMatch(x -> x.sentence().startsWith("Islamic State fighters")));
        assertEquals("AFP", e.evidence().get(0).outlet());
    }

    @Test
    void statsPerWeekActorAndPlace() {
        List<Stats.Table> t = Stats.compute(store, QueryFilter.all(), 10);
        // ISO weeks start on Monday: Sunday 5 June 2016 is in the week of 30 May
        assertEquals(List.of(List.of("2016-05-30", "ASSAULT", "1"), List.of("2016-06-06", "PROTEST", "1"),
                List.of("2016-06-13", "ASSAULT", "1")), t.get(0).rows());
        assertEquals(List.of("ISIS", "Islamic State", "2"), t.get(1).rows().get(0));
        assertEquals(3, t.get(2).rows().size());
        List<Stats.Table> assaults = Stats.compute(store, QueryFilter.all().withType("ASSAULT"), 10);
        assertEquals(2, assaults.get(0).rows().size());
    }
}
