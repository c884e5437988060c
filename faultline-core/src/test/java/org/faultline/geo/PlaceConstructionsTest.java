package org.faultline.geo;

import static org.faultline.geo.PlaceResolverTest.assertPlace;
import static org.faultline.geo.PlaceResolverTest.placeOf;
import static org.faultline.geo.PlaceResolverTest.resolve;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.Map;
import org.faultline.analysis.Place;
import org.faultline.geo.PlaceResolverTest.R;
import org.junit.jupiter.api.Test;

/**
 * The phrases conflict reporting uses to say where a place is, on sentences written for these tests:
 * an apposition that calls a name a place ("X, a town held by ..."), a stated container for a place
 * the gazetteer lacks ("X, a village in Y", "the X neighbourhood of Y"), a division word after the
 * name ("Kaduna state"), a region named by a direction or an administration ("southern Lebanon",
 * "Pakistan-administered Kashmir"), Arabic article particles inside a name ("Deir ez-Zor") and a
 * name NER took for a person, once the article has shown it is a place.
 */
class PlaceConstructionsTest {

    private static final String LOC = GeoparsingCausesTest.LOC;

    @Test
    void appositionCallingANameATownMakesItAPlace() {
        // a town of 12,000 after "on", with no NER tag: only the apposition says it is a place
        R r = resolve("Rebels pressed an offensive on Kidal, a town held by the army since March.");
        Place kidal = assertPlace(r, "Kidal", "MLI", 18.44, 1.41);
        assertNotNull(kidal.resolvedBy());
    }

    @Test
    void appositionWithADistanceLocatesTheTown() {
        // the Libyan capital has the larger prior; "a city 80 km north of Beirut" is the Lebanese one
        R r = resolve("Clashes broke out in Tripoli, a city 80 km north of Beirut, on Saturday.",
                Map.of("Tripoli", LOC, "Beirut", LOC));
        assertPlace(r, "Tripoli", "LBN", 34.44, 35.85);
    }

    @Test
    void villageStatedInATownTheGazetteerHasStandsAtThatTown() {
        // no Dublin near Gwoza: the village the text names is placed at its stated container, not in Ireland
        R r = resolve("Gunmen abducted 30 farmers from Dublin, a village in Gwoza, on Sunday.",
                Map.of("Dublin", LOC, "Gwoza", LOC));
        Place dublin = assertPlace(r, "Dublin", "NGA", 11.08, 13.70);
        assertEquals(placeOf(r, "Gwoza").id(), dublin.id());
        assertEquals(placeOf(r, "Gwoza").resolvedBy(), dublin.resolvedBy(), "the container's own reason");
    }

    @Test
    void neighbourhoodOfACityIsInThatCity() {
        R r = resolve("An air strike hit a building in the Victoria neighbourhood of Aleppo on Monday.",
                Map.of("Victoria", LOC, "Aleppo", LOC));
        assertPlace(r, "Victoria", "SYR", 36.20, 37.16);
    }

    @Test
    void listedNamesAreNotContainers() {
        // "X, Y and Z" is a list: Homs is not placed at Aleppo for want of an Aleppo-side Homs
        R r = resolve("Government forces lost Aleppo, Homs and Hama within a week.",
                Map.of("Aleppo", LOC, "Homs", LOC, "Hama", LOC));
        assertPlace(r, "Homs", "SYR", 34.73, 36.71);
        assertEquals(false, placeOf(r, "Homs").id().equals(placeOf(r, "Aleppo").id()));
    }

    @Test
    void divisionWordAfterANameMeansTheDivision() {
        R r = resolve("Bandits kidnapped 40 travellers on a highway in Kaduna state on Friday.",
                Map.of("Kaduna", LOC));
        Place kaduna = assertPlace(r, "Kaduna", "NGA", 10.4, 7.7);
        assertEquals("admin1", kaduna.precision(), "Kaduna state, not the city of Kaduna");
    }

    @Test
    void directionBeforeACountryNamesItsRegion() {
        R r = resolve("Israeli troops pushed deeper into southern Lebanon on Tuesday.", Map.of("Lebanon", LOC));
        Place south = assertPlace(r, "southern Lebanon", "LBN", 33.27, 35.40);
        assertEquals("South Lebanon", south.name());
        R nigeria = resolve("Floods displaced thousands in north-east Nigeria last month.");
        assertPlace(nigeria, "north-east Nigeria", "NGA", 11.5, 12.5);
        // no region of that name: the country alone
        R chad = resolve("Herders moved into eastern Chad after the rains.", Map.of("Chad", LOC));
        assertPlace(chad, "Chad", "TCD", 15.0, 19.0);
    }

    @Test
    void administeredKashmirIsOneRegion() {
        R r = resolve("Missiles hit two towns in Pakistan-administered Kashmir overnight.", Map.of("Kashmir", LOC));
        assertPlace(r, "Pakistan-administered Kashmir", "PAK", 34.0, 73.8);
        R india = resolve("Police searched villages in Indian-administered Kashmir.", Map.of("Kashmir", LOC));
        assertPlace(india, "Indian-administered Kashmir", "IND", 33.5, 75.0);
    }

    @Test
    void arabicArticleInsideANameKeepsTheNameWhole() {
        R r = resolve("Tribal fighters entered Deir ez-Zor on Friday as the garrison withdrew.");
        assertPlace(r, "Deir ez-Zor", "SYR", 35.34, 40.14);
    }

    @Test
    void nameShownToBeAPlaceIsAPlaceAfterALocativeEvenTaggedAsAPerson() {
        R r = resolve("Fighting spread across the province of Niassa in May. Aid convoys later reached Niassa.",
                Map.of("Niassa", "PERSON"));
        assertEquals(2, r.rp().mentions().stream().filter(m -> m.span().of(r.text()).equals("Niassa")).count(),
                () -> "both mentions of Niassa: " + r.rp().mentions());
    }

    @Test
    void departmentEndsARegionName() {
        R r = resolve("The government declared a curfew in the West department on Sunday.");
        assertPlace(r, "West department", "HTI", 18.5, -72.3);
    }
}
