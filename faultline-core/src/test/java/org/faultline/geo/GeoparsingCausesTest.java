package org.faultline.geo;

import static org.faultline.geo.PlaceResolverTest.assertNoPlace;
import static org.faultline.geo.PlaceResolverTest.assertPlace;
import static org.faultline.geo.PlaceResolverTest.placeOf;
import static org.faultline.geo.PlaceResolverTest.resolve;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.faultline.analysis.Place;
import org.faultline.geo.PlaceResolverTest.R;
import org.junit.jupiter.api.Test;

/**
 * The measured causes of geoparsing errors (issue 13), one group of tests each, on sentences written
 * for these tests: article focus against a strong prior, explicit qualifiers and abbreviations,
 * second-level divisions, fragments of longer names, short forms and person names, and the points of
 * states.
 */
class GeoparsingCausesTest {

    static final String LOC = "LOCATION";

    // ------------------------------------------------------------------ 1. focus against prior

    @Test
    void countryNameStaysTheCountryInALocalArticle() {
        R r = resolve("Port officials in Beaumont and Houston said shipments of rice to China fell again.",
                Map.of("Beaumont", LOC, "Houston", LOC, "China", LOC));
        Place china = assertPlace(r, "China", "CHN", 35.0, 105.0);
        assertEquals("country", china.precision());
        assertEquals("prior", china.resolvedBy(), "China, Texas needs a qualifier, not a nearby Beaumont");
    }

    @Test
    void townNamedLikeACountryNeedsALocalArticle() {
        R r = resolve("Palestine police said the Anderson County jail in Texas is full.",
                Map.of("Palestine", LOC, "Anderson County", LOC, "Texas", LOC));
        assertPlace(r, "Palestine", "USA", 31.7621, -95.6308); // the seat of Anderson County, Texas
        R world = resolve("Aid convoys reached Palestine and Jordan.", Map.of("Palestine", LOC, "Jordan", LOC));
        assertEquals("PSE", placeOf(world, "Palestine").country());
    }

    @Test
    void countySeatAndCountySettleTogether() {
        // Athens, Texas is the seat of Henderson County; Athens, Greece has the larger prior
        R r = resolve("Voters in Athens and the rest of Henderson County will elect a new sheriff.",
                Map.of("Athens", LOC, "Henderson County", LOC));
        Place athens = assertPlace(r, "Athens", "USA", 32.2049, -95.8555);
        assertEquals("context", athens.resolvedBy());
        assertPlace(r, "Henderson County", "USA", 32.2049, -95.8555);
    }

    @Test
    void famousPlaceWinsWithoutContext() {
        R r = resolve("The exhibition moves to Athens next spring.", Map.of("Athens", LOC));
        assertEquals("prior", assertPlace(r, "Athens", "GRC", 37.98, 23.72).resolvedBy());
    }

    // ------------------------------------------------------------------ 2. qualifiers and abbreviations

    @Test
    void abbreviatedStateQualifiesTheTown() {
        R r = assertQualified("PARIS, Mo. A grain elevator burned overnight, the fire chief said.", "PARIS",
                39.4809, -92.0010, "Missouri");
        assertEquals("Missouri", placeOf(r, "Mo.").name(), "the abbreviation names the state");
        assertQualified("Flooding closed two bridges near London, KY on Tuesday.", "London", 37.1290, -84.0833,
                "Kentucky");
    }

    /** The town named before a state abbreviation is the one in that state, chosen for the qualifier. */
    private static R assertQualified(String text, String town, double lat, double lon, String state) {
        R r = resolve(text, Map.of(town, LOC));
        Place p = assertPlace(r, town, "USA", lat, lon);
        assertEquals(state, p.admin1());
        assertEquals("qualifier", p.resolvedBy());
        return r;
    }

    @Test
    void fullStateNameQualifiesAndIsTheState() {
        R r = resolve("The band played two nights in Athens, Georgia before the tour ended.",
                Map.of("Athens", LOC, "Georgia", LOC));
        assertPlace(r, "Athens", "USA", 33.9609, -83.3779);
        Place georgia = assertPlace(r, "Georgia", "USA", 32.75, -83.5);
        assertEquals("admin1", georgia.precision(), "the state that holds an Athens, not the country");
    }

    @Test
    void abbreviationsAreNotPlacesOnTheirOwn() {
        R r = resolve("Delegates from the Fla. and Kan. chapters voted. WA was not represented.");
        assertNoPlace(r, "Fla");
        assertNoPlace(r, "Kan");
        assertNoPlace(r, "WA");
    }

    // ------------------------------------------------------------------ 3. second-level divisions

    @Test
    void countyIsItsOwnPlace() {
        R r = resolve("Deputies searched a farm in Laurel County after the theft.", Map.of("Laurel County", LOC));
        Place laurel = assertPlace(r, "Laurel County", "USA", 37.1290, -84.0833);
        assertEquals("admin2", laurel.precision());
        assertEquals("Kentucky", laurel.admin1(), "not Laurel, Maryland");
    }

    @Test
    void countyNotTheTownOfTheBareName() {
        R r = resolve("Schools in Barrow County closed early because of ice.", Map.of("Barrow County", LOC));
        assertPlace(r, "Barrow County", "USA", 33.99, -83.71); // Georgia, not Barrow (Utqiagvik), Alaska
    }

    @Test
    void districtOutsideTheUnitedStates() {
        R r = resolve("Gunmen abducted worshippers in Chikun, in Kaduna State, on Sunday.",
                Map.of("Chikun", LOC, "Kaduna State", LOC));
        Place chikun = assertPlace(r, "Chikun", "NGA", 10.3, 7.1);
        assertEquals("Kaduna State", chikun.admin1());
    }

    // ------------------------------------------------------------------ 4. fragments of longer names

    @Test
    void commonWordsInsideLongerNamesAreNotPlaces() {
        R r = resolve("Tension on the Korean Peninsula recalls the Soviet Union. A car hit a pole on Main Street.",
                Map.of("Korean Peninsula", LOC, "Soviet Union", LOC, "Main Street", LOC));
        assertNoPlace(r, "Peninsula");
        assertNoPlace(r, "Union");
        assertNoPlace(r, "Street");
    }

    @Test
    void nameFollowedByAValleyOrRoadIsAnotherPlace() {
        R r = resolve("Police in the Thames Valley closed Dublin Road for the night.");
        assertNoPlace(r, "Thames");
        assertNoPlace(r, "Dublin");
    }

    // ------------------------------------------------------------------ 5. short forms and persons

    @Test
    void dottedShortFormIsTheCountryEvenAsAModifier() {
        R r = resolve("U.S. troops joined the U.S.-led patrol.");
        Place us = placeOf(r, "U.S.");
        assertNotNull(us, "U.S. as a modifier");
        assertEquals("USA", us.country());
        assertEquals(2, us.mentions().size());
    }

    @Test
    void undottedShortFormNeedsALocative() {
        R r = resolve("US forces withdrew. Aid flowed to the US later.");
        assertEquals(1, placeOf(r, "US").mentions().size(), "only 'to the US' is a place");
    }

    @Test
    void surnameOfAPersonIsNotAPlace() {
        R r = resolve("Elizabeth Fairfield was charged in June. Fairfield's lawyers asked for a delay.",
                Map.of("Elizabeth Fairfield", "PERSON"));
        assertNoPlace(r, "Fairfield");
    }

    @Test
    void placeCueBeatsAPersonTag() {
        R r = resolve("Insurgents attacked the province of Cabo Delgado. Gharyan, about 80 km south, fell later.",
                Map.of("Cabo Delgado", "PERSON", "Gharyan", "PERSON"));
        assertPlace(r, "Cabo Delgado", "MOZ", -12.33, 39.32);
        assertPlace(r, "Gharyan", "LBY", 32.17, 13.02);
    }

    @Test
    void joinedNameIsOneName() {
        R r = resolve("Troops retook the port of Mocimboa da Praia.", Map.of("Mocimboa da Praia", LOC));
        assertPlace(r, "Mocimboa", "MOZ", -11.35, 40.35);
        assertNoPlace(r, "Praia"); // not the capital of Cape Verde
    }

    @Test
    void stateNamedInAPublicBodyIsAPlaceButNoEventSite() {
        R r = resolve("Cases rose, the Texas Department of State Health Services said.",
                Map.of("Texas Department of State Health Services", "ORGANIZATION"));
        assertPlace(r, "Texas", "USA", 31.25, -99.25);
        assertTrue(r.rp().mentions().stream().allMatch(PlaceMention::inName));
        R ship = resolve("The Gibraltar Eagle was struck off Aden.", Map.of("Gibraltar Eagle", "ORGANIZATION"));
        assertNoPlace(ship, "Gibraltar");
        R school = resolve("She studies at the University of Georgia.", Map.of("University of Georgia", "ORGANIZATION"));
        assertNoPlace(school, "University"); // a common word, though a Florida town bears it
        assertNotNull(placeOf(school, "Georgia"), "the place the university is named after");
    }

    // ------------------------------------------------------------------ 6. points of states

    @Test
    void statesSitNearTheirGeoNamesPoints() {
        R r = resolve("Storms crossed Texas, Nebraska and New York this week.",
                Map.of("Texas", LOC, "Nebraska", LOC, "New York", LOC));
        assertPlace(r, "Texas", "USA", 31.25044, -99.25061);
        assertPlace(r, "Nebraska", "USA", 41.50028, -99.75067);
        assertPlace(r, "New York", "USA", 43.00035, -75.4999);
    }
}
