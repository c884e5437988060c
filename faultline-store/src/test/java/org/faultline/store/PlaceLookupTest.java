package org.faultline.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Places by any spelling over the control fixtures, where Fallujah is stored under its GeoNames name "Al
 * Fallūjah" and the articles write "Fallujah" and "Falluja": the query filter, the typeahead and divisions.
 */
class PlaceLookupTest {
    @TempDir
    static Path dir;
    static Store store;

    @BeforeAll
    static void fill() {
        store = ControlFixtures.store(dir.resolve("places.db"));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static Set<String> ids(String q) {
        return PlaceLookup.of(store).match(q).placeIds();
    }

    private static long events(String place) {
        return store.events(QueryFilter.all().withPlace(place)).size();
    }

    @Test
    void theStoredNameTheArticlesWordingsAndTheGazetteersNamesAreOnePlace() {
        // stored name (ASCII-folded too), the articles' two wordings, a gazetteer alternate name no article used
        for (String q : List.of("Al Fallūjah", "al fallujah", "Fallujah", "Falluja", "al-Fallujah", "Falludscha", "gn:99454",
                "99454")) {
            assertEquals(Set.of(ControlFixtures.FALLUJAH.id()), ids(q), q);
        }
        assertEquals(Set.of(), ids("Fallujahville"));
        assertEquals(Set.of(), ids("Mosul"), "Mosul is named in a relation only: no event is there");
    }

    @Test
    void theQueryFilterFindsTheSameEventsUnderEverySpelling() {
        long stored = events("Al Fallūjah");
        assertTrue(stored > 0);
        assertEquals(stored, events("Fallujah"));
        assertEquals(stored, events("Falluja"));
        assertEquals(stored, events("Feluja"));
        assertEquals(0, events("Hodeidah"));
    }

    @Test
    void divisionsByTheirNamesWithOrWithoutTheDivisionWord() {
        PlaceLookup.Match m = PlaceLookup.of(store).match("Anbar province");
        assertEquals(Set.of(new PlaceLookup.Admin1("IRQ", "Anbar")), m.admin1s());
        assertEquals(events("Fallujah"), events("Al Anbar"));
    }

    @Test
    void typeaheadGivesTheCanonicalNameWithItsContextAndTheSpellingThatMatched() {
        List<PlaceLookup.Suggestion> s = PlaceLookup.of(store).suggest("fallu", 10);
        assertFalse(s.isEmpty());
        PlaceLookup.Suggestion first = s.get(0);
        assertEquals("Al Fallūjah", first.name());
        assertEquals("Anbar", first.admin1());
        assertEquals("IRQ", first.country());
        assertEquals("place", first.kind());
        assertTrue(first.events() > 0);
        // "Feluj" is only a prefix of a gazetteer alternate name
        assertEquals("Feluja", PlaceLookup.of(store).suggest("Feluj", 10).get(0).matched());
        assertEquals("admin1", PlaceLookup.of(store).suggest("anb", 10).get(0).kind());
        assertEquals(List.of(), PlaceLookup.of(store).suggest("zzzq", 10));
    }
}
