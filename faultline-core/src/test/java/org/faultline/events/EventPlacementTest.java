package org.faultline.events;

import static org.faultline.TestPipeline.analyze;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import org.faultline.analysis.Analysis;
import org.faultline.analysis.Event;
import org.faultline.analysis.PlaceRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Where events are placed, one construction per test, on articles written for the tests: "the
 * capital" and "the country" of the article's own country, a place where something was only said, a
 * state as the agent of a passive, a party the act lands on, a region around a party, and a state
 * acting abroad.
 */
class EventPlacementTest {

    /** Analyses {@code text}; the place of its first event whose evidence contains {@code words}. */
    private static PlaceRef placed(String text, String published, String words) {
        Analysis a = analyze(text, published);
        List<Event> es = a.events().stream().filter(e -> e.evidence().of(text).contains(words)).toList();
        assertFalse(es.isEmpty(), () -> "no event in '" + words + "': " + a.events());
        PlaceRef p = es.get(0).place();
        assertNotNull(p, () -> "no place for " + es.get(0));
        return p;
    }

    /** The event's place is in {@code iso3}, chosen on {@code basis}. */
    private static void assertPlacedIn(String text, String published, String words, String iso3, String basis) {
        PlaceRef p = placed(text, published, words);
        assertEquals(iso3, p.place().country(), p.toString());
        assertEquals(basis, p.basis(), p.toString());
    }


    /** "the capital" and "the country" of a Haiti article that named Kenya and Nairobi last. */
    @ParameterizedTest
    @CsvSource({
        "On Wednesday the national penitentiary in the capital was stormed by gunmen., penitentiary",
        "Gunmen attacked a hospital in the south of the country on Tuesday., hospital"})
    void theCapitalAndTheCountryAreTheFocusCountrys(String sentence, String words) {
        String text = "Gangs attacked police stations across Port-au-Prince on Monday, and police fought them in "
                + "Port-au-Prince and across Haiti. Officers training in Kenya would fly from Nairobi next month, "
                + "police said. " + sentence;
        assertPlacedIn(text, "2024-03-08", words, "HTI", "reference");
    }

    @Test
    void placeWhereSomethingWasSaidIsNotWhereItHappened() {
        String text = "Insurgents seized the town of Kidal on Friday. The army later told reporters in Bamako "
                + "that its troops had recaptured the town.";
        PlaceRef p = placed(text, "2023-11-20", "recaptured");
        assertEquals("Kidal", p.mention().of(text), p.toString());
    }

    @Test
    void stateBackingAnActorIsNotThePlace() {
        String text = "Fighting continued in Basra. The militia, which is backed by Iran, fired rockets at an "
                + "army base on Sunday.";
        PlaceRef p = placed(text, "2020-01-06", "fired rockets");
        assertEquals("IRQ", p.place().country(), p.toString());
    }

    @Test
    void partyTheActLandsOnIsThePlace() {
        String text = "Hezbollah, which is based in Lebanon, fired rockets on Israel on Sunday.";
        PlaceRef p = placed(text, "2023-10-09", "fired rockets on");
        assertEquals("ISR", p.place().country(), p.toString());
    }

    @Test
    void regionAroundATargetStateIsThePlace() {
        String text = "Israeli troops invaded southern Lebanon on Tuesday.";
        PlaceRef p = placed(text, "2024-10-02", "invaded");
        assertEquals("southern Lebanon", p.mention().of(text), p.toString());
        assertEquals("LBN", p.place().country());
    }

    @Test
    void stateActingAbroadActsWhereTheArticleIs() {
        String text = "The Houthis have attacked ships off Yemen for months, and the United States has vowed to "
                + "stop them. On Monday US forces struck 14 Houthi missiles.";
        PlaceRef p = placed(text, "2024-01-23", "struck");
        assertEquals("YEM", p.place().country(), p.toString());
    }

    @Test
    void foreignForcesActInTheProvinceTheArticleIsAbout() {
        // the sentence names no place; the article is about Idlib province, not about Turkey
        String text = "Rebels shelled villages across Idlib province on Monday, and fighting spread around Idlib "
                + "province. Turkey, which backs the rebels, has promised more help. Later Turkish forces shelled "
                + "a convoy.";
        assertPlacedIn(text, "2020-02-10", "shelled a convoy", "SYR", "article");
    }

    @Test
    void theSameWatersAreThePlaceNamedLast() {
        String text = "A drone hit a bulk carrier in the Gulf of Aden on Wednesday. On Monday another vessel was "
                + "struck in the same waters by a missile fired by the Houthis.";
        PlaceRef p = placed(text, "2024-01-18", "struck in the same");
        assertEquals("Gulf of Aden", p.mention().of(text), p.toString());
        assertEquals("reference", p.basis());
    }
}
