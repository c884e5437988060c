package org.faultline.geo;

import static org.faultline.geo.PlaceResolverTest.assertPlace;
import static org.faultline.geo.PlaceResolverTest.placeOf;
import static org.faultline.geo.PlaceResolverTest.resolve;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.faultline.analysis.Place;
import org.faultline.geo.PlaceResolverTest.R;
import org.junit.jupiter.api.Test;

/**
 * Error classes that conflict reporting has everywhere, on sentences written for these tests: a small
 * town the gazetteer lacks, stated inside a division; a city quarter whose only namesakes lie in
 * another country; a region inside an armed group's name; and continents at GeoNames' own points.
 */
class ReportingPlacesTest {

    private static final String LOC = GeoparsingCausesTest.LOC;

    /** {@code inner} resolves to the same place as {@code container}, near the given point. */
    private static void assertStandsAt(R r, String inner, String container, String iso3, double lat, double lon) {
        Place p = assertPlace(r, inner, iso3, lat, lon);
        assertEquals(placeOf(r, container).id(), p.id(), inner + " should stand at " + container);
    }

    @Test
    void townTheGazetteerLacksStandsAtItsStatedDivision() {
        // no "Zangoru" anywhere in the gazetteer: the text says it is in Kaduna state, so it is placed there
        R r = resolve("Gunmen abducted 40 pupils from Zangoru, in north-western Kaduna state, on Thursday.",
                Map.of("Zangoru", LOC, "Kaduna", LOC));
        assertStandsAt(r, "Zangoru", "Kaduna", "NGA", 10.3, 7.7);
    }

    @Test
    void unknownNameWithoutAStatedContainerIsNoPlace() {
        R r = resolve("Gunmen abducted 40 pupils from Zangoru on Thursday.", Map.of("Zangoru", LOC));
        assertNull(placeOf(r, "Zangoru"));
    }

    @Test
    void quarterWhoseNamesakesLieAbroadIsInTheCityNamedBefore() {
        // the gazetteer's "Hamra"s are in Jordan and Syria; the quarter of this sentence is Beirut's
        R r = resolve("Israeli jets struck Beirut on Sunday, hitting the commercial district of Hamra.",
                Map.of("Beirut", LOC, "Hamra", LOC));
        assertStandsAt(r, "Hamra", "Beirut", "LBN", 33.89, 35.50);
    }

    @Test
    void quarterWithANamesakeInTheSameCountryKeepsIt() {
        // a district of a town in the same country is a place of its own, not moved to the town
        R r = resolve("Troops left Kaduna on Monday for the district of Kajuru.", Map.of("Kaduna", LOC, "Kajuru", LOC));
        assertEquals("Kajuru", placeOf(r, "Kajuru").name());
    }

    @Test
    void regionInsideAnArmedGroupsNameIsNoPlace() {
        // NER reads the group's name as one location; the region inside it is the group's, not a place
        R r = resolve("Islamic State West Africa Province claimed the attack.",
                Map.of("Islamic State West Africa", LOC));
        assertNull(placeOf(r, "West Africa"));
        assertPlace(resolve("The drought hit West Africa hard.", Map.of("West Africa", LOC)), "West Africa", null,
                12.0, -3.0);
        // a direction before the name is a region of it, not a group's name
        assertPlace(resolve("Schools across North Texas closed.", Map.of("North Texas", LOC)), "Texas", "USA",
                31.25, -99.25);
    }

    @Test
    void continentsStandAtGeoNamesPoints() {
        // GeoNames' continent points, which geoparsing corpora score against
        R r = resolve("Ships sail between Asia and Europe around Africa.");
        assertPlace(r, "Asia", null, 29.84, 89.30);
        assertPlace(r, "Europe", null, 48.69, 9.14);
        assertPlace(r, "Africa", null, 7.19, 21.09);
    }
}
