package org.faultline.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class GazetteerTest {

    static Gazetteer gaz;

    @BeforeAll
    static void load() {
        long t0 = System.nanoTime();
        gaz = Gazetteer.loadDefault();
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.printf("[geo] gazetteer: %d entries, %d keys, %.1f MB index, loaded in %d ms (first call %d ms)%n",
                gaz.size(), gaz.keyCount(), gaz.indexBytes() / 1e6, gaz.loadMillis(), ms);
    }

    @Test
    void loadedOnceAndLarge() {
        assertSame(gaz, Gazetteer.loadDefault());
        assertTrue(gaz.size() > 190_000, "cities500 + admin1 + countries + supplement");
    }

    @Test
    void variantsFindTheSameCity() {
        for (String s : List.of("Fallujah", "Falluja", "al-Fallujah", "Al Fallūjah", "Fallouja")) {
            assertTrue(ids(s).contains("gn:99454"), s);
        }
        for (String s : List.of("Raqqa", "Ar Raqqah", "Raqqah", "Rakka")) {
            assertTrue(ids(s).contains("gn:172955"), s);
        }
        assertTrue(ids("Hodeidah").contains("gn:79415"));
        assertTrue(ids("Hudaydah").contains("gn:79415"));
        assertTrue(ids("Kobani").contains("gn:172256"));
        assertTrue(ids("Stepanakert").contains("gn:146970"));
        assertTrue(ids("Misurata").contains("gn:2214846"));
    }

    @Test
    void countriesByVariantNames() {
        assertCountry("Ivory Coast", "CIV");
        assertCountry("Côte d'Ivoire", "CIV");
        assertCountry("Cote d’Ivoire", "CIV");
        assertCountry("Burma", "MMR");
        assertCountry("Myanmar", "MMR");
        assertCountry("DR Congo", "COD");
        assertCountry("DRC", "COD");
        assertCountry("Democratic Republic of the Congo", "COD");
        assertCountry("Congo-Brazzaville", "COG");
        assertCountry("Türkiye", "TUR");
        assertCountry("Turkey", "TUR");
        assertCountry("the United States", "USA");
        assertCountry("Britain", "GBR");
        assertEquals("IRQ", gaz.iso3("IQ"));
        assertEquals("HKG", gaz.iso3("HK"));
        assertEquals("XKX", gaz.iso3("XK"));
        GeoCandidate aze = gaz.country("AZE").orElseThrow();
        assertEquals(GeoKind.COUNTRY, aze.kind());
        assertEquals("country", aze.precision());
        assertFalse(gaz.country("XYZ").isPresent());
    }

    @Test
    void supplementEntries() {
        GeoCandidate gaza = only("the Gaza Strip");
        assertEquals("sup:Gaza Strip", gaza.id());
        assertEquals("PSE", gaza.country());
        GeoCandidate nk = only("Nagorno-Karabakh");
        assertEquals("AZE", nk.country());
        assertEquals("admin1", nk.precision());
        GeoCandidate euphrates = only("Euphrates");
        assertEquals("region", euphrates.precision());
        assertEquals(GeoKind.DISTRICT, only("Green Zone").kind());
        assertEquals(GeoKind.CROSSING, only("Bab al-Hawa").kind());
        assertEquals("S", only("Bab al-Hawa").featureClass());
    }

    @Test
    void divisionWordsFallBackToTheBareName() {
        List<GeoCandidate> helmand = gaz.lookup("Helmand province");
        assertFalse(helmand.isEmpty());
        assertTrue(helmand.stream().allMatch(c -> c.kind() == GeoKind.ADMIN1 && "AFG".equals(c.country())));
        assertTrue(gaz.lookup("Idlib province").stream().anyMatch(c -> c.id().equals("sup:Idlib province")));
    }

    @Test
    void commonWordsAreFlaggedAndAlternatesCleaned() {
        GeoCandidate hit = gaz.lookup("Hit").stream().filter(c -> c.geonameId() == 95788).findFirst().orElseThrow();
        assertTrue(hit.commonWord());
        assertFalse(gaz.lookup("Mosul").get(0).commonWord());
        GeoCandidate baghdad = gaz.lookup("Baghdad").stream().filter(c -> c.geonameId() == 98182).findFirst().orElseThrow();
        List<String> names = gaz.names(baghdad);
        assertTrue(names.contains("Bagdad"));
        assertFalse(names.contains("BGW"));
        assertTrue(names.stream().allMatch(n -> n.codePoints().filter(Character::isLetter)
                .allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN)), names.toString());
        assertTrue(gaz.lookup("nonexistentplacename").isEmpty());
    }

    private static void assertCountry(String surface, String iso3) {
        assertTrue(gaz.lookup(surface).stream().anyMatch(c -> c.kind() == GeoKind.COUNTRY && iso3.equals(c.country())),
                surface + " -> " + iso3);
    }

    private static GeoCandidate only(String surface) {
        List<GeoCandidate> l = gaz.lookup(surface).stream().filter(c -> c.kind().curated()).toList();
        assertEquals(1, l.size(), surface);
        return l.get(0);
    }

    private static List<String> ids(String surface) {
        return gaz.lookup(surface).stream().map(GeoCandidate::id).toList();
    }
}
