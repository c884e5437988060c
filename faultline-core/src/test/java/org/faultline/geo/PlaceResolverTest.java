package org.faultline.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.faultline.analysis.Place;
import org.faultline.analysis.Span;
import org.faultline.nlp.AnnotatedArticle;
import org.junit.jupiter.api.Test;

class PlaceResolverTest {

    static final PlaceResolver RESOLVER = new PlaceResolver(Gazetteer.loadDefault());
    static final String LOC = "LOCATION";

    // ------------------------------------------------------------------ Iraq, Syria, Libya

    static final String ISIS = """
            The Islamic State of Iraq and Syria (Isis) is under attack in and around the last big three cities \
            it holds in Iraq and Syria – Fallujah, Mosul and Raqqa – and is also struggling to hold on to Sirte, \
            its main base in Libya.
            Fallujah is the scene of the most intense fighting, as the Iraqi army and Shia militias attempt to \
            drive Isis out. The battle for Fallujah is a useful diversion for the regime in Baghdad. The Green \
            Zone – the seat of central government – was stormed twice by poor Shias.
            It is two years since Isis hit world headlines by capturing Mosul, having already conquered Falluja, \
            40 miles west of Baghdad. The Turkish regime refuses to close off Isis's access to the wider world.
            The SDF recently launched an offensive against the town of Manbij, west of the Euphrates, close to \
            the Turkish border. The ultimate aim is to dislodge Isis from Raqqa.
            Militias aligned with the UN-backed government advance from Misrata, in western Libya. The \
            parliament in Tobruk refused to cooperate with the UN-backed government in Tripoli.
            """;

    @Test
    void iraqSyriaLibya() {
        R r = resolve(ISIS, Map.of("Turkish", "MISC", "Isis", "ORGANIZATION", "SDF", "ORGANIZATION"));
        Place fallujah = assertPlace(r, "Fallujah", "IRQ", 33.3494, 43.7861);
        assertEquals(fallujah.id(), placeOf(r, "Falluja").id(), "Falluja and Fallujah are one place");
        assertEquals(4, fallujah.mentions().size());
        assertEquals("point", fallujah.precision());
        assertEquals(99454L, fallujah.geonamesId());
        assertPlace(r, "Mosul", "IRQ", 36.335, 43.1189);
        assertPlace(r, "Raqqa", "SYR", 35.9528, 39.0079);
        assertPlace(r, "Sirte", "LBY", 31.2089, 16.5887);
        assertPlace(r, "Baghdad", "IRQ", 33.3406, 44.4009);
        assertPlace(r, "Manbij", "SYR", 36.5281, 37.9549);
        assertPlace(r, "Misrata", "LBY", 32.3754, 15.0925);
        assertPlace(r, "Tobruk", "LBY", 32.0836, 23.9764);
        assertPlace(r, "Tripoli", "LBY", 32.8872, 13.1913);
        assertEquals("country", assertPlace(r, "Iraq", "IRQ", 33.0, 44.0).precision());
        assertPlace(r, "Syria", "SYR", 35.0, 38.0);
        assertPlace(r, "Libya", "LBY", 27.0, 17.0);
        Place greenZone = assertPlace(r, "Green Zone", "IRQ", 33.3128, 44.3867);
        assertEquals("sup:Green Zone", greenZone.id());
        Place euphrates = assertPlace(r, "Euphrates", null, 35.0, 40.0);
        assertEquals("region", euphrates.precision());
        assertNoPlace(r, "Isis");
        assertNoPlace(r, "Iraqi");
        assertNoPlace(r, "Turkish");
        assertNoPlace(r, "Shia");
        assertNoPlace(r, "Shias");
        assertNoPlace(r, "hit");
        assertNoPlace(r, "SDF");
        assertUniqueAndOrdered(r);
    }

    @Test
    void hitIsAVerbUnlessNamedAsAPlace() {
        R verb = resolve("Hit hard by sanctions, Iran cut its budget. Isis hit world headlines again.");
        assertNoPlace(verb, "Hit");
        assertNoPlace(verb, "hit");
        assertPlace(verb, "Iran", "IRN", 32.0, 53.0);
        R town = resolve("Iraqi forces retook the town of Hit, in Anbar province, on Thursday.");
        assertPlace(town, "Hit", "IRQ", 33.6366, 42.8277);
        R ner = resolve("Fighting continued near Hit as the army advanced.", Map.of("Hit", LOC));
        assertPlace(ner, "Hit", "IRQ", 33.6366, 42.8277);
    }

    @Test
    void kobani() {
        R r = resolve("Islamic State fighters withdrew from the Kurdish town of Kobani after months of "
                + "fighting near the Turkish border.");
        assertPlace(r, "Kobani", "SYR", 36.891, 38.354);
        assertNoPlace(r, "Kurdish");
    }

    // ------------------------------------------------------------------ Tripoli, Georgia, Paris

    @Test
    void tripoliInLibyaContext() {
        R r = resolve("Rival militias clashed in Tripoli overnight. The UN envoy to Libya urged "
                + "calm as fighting spread south of the Libyan capital.");
        assertPlace(r, "Tripoli", "LBY", 32.8872, 13.1913);
    }

    @Test
    void tripoliInLebanonContext() {
        R r = resolve("Clashes erupted in Tripoli between Sunni gunmen and Alawite residents, "
                + "the worst violence Lebanon has seen this year. Troops were sent from Beirut.");
        assertPlace(r, "Tripoli", "LBN", 34.4335, 35.8442);
        R cue = resolve("Clashes erupted in Tripoli, in northern Lebanon, on Sunday.");
        assertPlace(cue, "Tripoli", "LBN", 34.4335, 35.8442);
    }

    @Test
    void georgiaNextToTbilisiIsTheCountry() {
        R r = resolve("Protesters gathered in Tbilisi as Georgia braced for a disputed election.");
        Place georgia = assertPlace(r, "Georgia", "GEO", 42.0, 43.5);
        assertEquals("country", georgia.precision());
        assertPlace(r, "Tbilisi", "GEO", 41.6941, 44.8337);
    }

    @Test
    void georgiaNextToAtlantaIsTheState() {
        R r = resolve("Voters queued for hours in Atlanta as Georgia counted ballots.");
        Place georgia = assertPlace(r, "Georgia", "USA", 32.9, -83.4);
        assertEquals("admin1", georgia.precision());
        assertPlace(r, "Atlanta", "USA", 33.749, -84.388);
        R comma = resolve("The rally was held in Atlanta, Georgia, on Saturday.");
        assertPlace(comma, "Georgia", "USA", 32.9, -83.4);
    }

    @Test
    void parisInFrance() {
        R r = resolve("Police in Paris arrested three men, the French interior ministry said, as "
                + "France raised its terror alert.");
        assertPlace(r, "Paris", "FRA", 48.8534, 2.3488);
        assertPlace(r, "France", "FRA", 46.0, 2.0);
        assertNoPlace(r, "French");
    }

    // ------------------------------------------------------------------ Yemen

    static final String YEMEN = """
            Warring parties in Yemen agree ceasefire for Hodeidah after Sweden talks
            Yemen's government and the Houthi rebels agreed on Thursday to a ceasefire in the Red Sea port city \
            of Hodeidah, the United Nations envoy Martin Griffiths announced at the close of a week of talks in \
            Rimbo, north of Stockholm.
            The Saudi-led coalition, which backs President Abd-Rabbu Mansour Hadi, launched an offensive to \
            capture Hodeidah in June.
            The Houthis, who seized the capital Sanaa in September 2014, accused the coalition of targeting \
            civilians. In August, a coalition air strike on a school bus in Dahyan, in Saada province, killed 51 \
            people. On Tuesday, Houthi fighters fired a ballistic missile towards the Saudi city of Jizan.
            """;

    @Test
    void yemen() {
        R r = resolve(YEMEN, Map.of("Martin Griffiths", "PERSON", "Abd-Rabbu Mansour Hadi", "PERSON",
                "United Nations", "ORGANIZATION", "Houthi", "MISC", "Houthis", "ORGANIZATION"));
        assertPlace(r, "Yemen", "YEM", 15.5, 47.5);
        assertPlace(r, "Hodeidah", "YEM", 14.7978, 42.9545);
        assertPlace(r, "Rimbo", "SWE", 59.7464, 18.3622);
        assertPlace(r, "Stockholm", "SWE", 59.3293, 18.0686);
        assertPlace(r, "Sanaa", "YEM", 15.3547, 44.2067);
        assertPlace(r, "Saada province", "YEM", 16.9402, 43.7639);
        assertPlace(r, "Jizan", "SAU", 16.8892, 42.5511);
        assertPlace(r, "Dahyan", "YEM", 17.03, 43.58);
        assertPlace(r, "Red Sea", null, 20.0, 38.5);
        assertPlace(r, "Sweden", "SWE", 62.0, 15.0);
        assertNoPlace(r, "Saudi");
        assertNoPlace(r, "Hadi");
        assertNoPlace(r, "Houthi");
        assertUniqueAndOrdered(r);
    }

    // ------------------------------------------------------------------ Karabakh

    static final String KARABAKH = """
            Armenia, Azerbaijan and Russia signed an agreement late on Monday to end six weeks of fighting over \
            Nagorno-Karabakh, under which Moscow will deploy about 2,000 peacekeepers along the front line.
            Hundreds of protesters stormed the government headquarters in Yerevan early on Tuesday.
            On Sunday, Azerbaijani forces captured Shusha, the region's second town, which overlooks the regional \
            capital Stepanakert.
            Stepanakert was shelled repeatedly, and Armenian missile strikes on the Azerbaijani city of Ganja killed \
            at least 25 civilians in October. The Karabakh war ended. Moscow accepted the apology.
            """;

    @Test
    void karabakh() {
        R r = resolve(KARABAKH, Map.of("Stepanakert", LOC, "Moscow", LOC, "Yerevan", LOC,
                "Armenian", "MISC", "Azerbaijani", "MISC"));
        Place nk = assertPlace(r, "Nagorno-Karabakh", "AZE", 39.82, 46.75);
        assertEquals(nk.id(), placeOf(r, "Karabakh").id());
        assertPlace(r, "Armenia", "ARM", 40.0, 45.0);
        assertPlace(r, "Azerbaijan", "AZE", 40.5, 47.5);
        assertPlace(r, "Yerevan", "ARM", 40.1811, 44.5136);
        assertPlace(r, "Shusha", "AZE", 39.7583, 46.7486);
        assertPlace(r, "Stepanakert", "AZE", 39.8153, 46.7519);
        Place ganja = assertPlace(r, "Ganja", "AZE", 40.6828, 46.3606);
        assertEquals(586523L, ganja.geonamesId());
        assertNoPlace(r, "Moscow"); // the government, not the city
        assertNoPlace(r, "Armenian");
    }

    // ------------------------------------------------------------------ Hong Kong

    @Test
    void hongKong() {
        String text = """
                Hong Kong's chief executive, Carrie Lam, announced on Wednesday that her government would withdraw \
                the bill. It would have allowed suspects to be sent to mainland China for trial. On 1 July \
                protesters stormed and vandalised the Legislative Council building. On Saturday officers charged \
                into a train carriage at Prince Edward station.
                Beijing has accused foreign forces of fuelling the unrest, and Chinese troops held drills in \
                Shenzhen, across the border. Washington denied any role and urged Beijing to respect the city's \
                autonomy.
                """;
        R r = resolve(text, Map.of("Carrie Lam", "PERSON", "Prince Edward", "PERSON",
                "Beijing", LOC, "Washington", LOC, "Hong Kong", LOC));
        assertPlace(r, "Hong Kong", "HKG", 22.2783, 114.1747);
        assertPlace(r, "China", "CHN", 35.0, 105.0);
        assertPlace(r, "Shenzhen", "CHN", 22.5455, 114.0683);
        assertPlace(r, "Legislative Council building", "HKG", 22.2812, 114.1657);
        assertPlace(r, "Prince Edward station", "HKG", 22.3245, 114.1685);
        assertNoPlace(r, "Beijing");
        assertNoPlace(r, "Washington");
        assertNoPlace(r, "Carrie Lam");
        assertNoPlace(r, "Lam");
    }

    @Test
    void mixedConflictNewsWithoutNer() {
        R r = resolve("""
                Russian forces pounded Bakhmut and Avdiivka overnight, Ukraine's military said. In Kherson, \
                residents queued for water. Washington announced a new aid package, while Berlin said it would \
                send more tanks.
                Fighting in Sudan's capital Khartoum and the western region of Darfur has displaced millions. \
                Gunmen attacked a checkpoint in Helmand province. Israeli troops raided Jenin in the occupied West \
                Bank, and Egypt opened the Rafah crossing.
                Clashes broke out in Sittwe, the capital of Rakhine State. Michael Jordan visited the team. \
                May saw a sharp rise in violence. Police in Lagos fired tear gas. But Jordan refused.
                """);
        assertPlace(r, "Bakhmut", "UKR", 48.5944, 37.9998);
        assertPlace(r, "Avdiivka", "UKR", 48.1399, 37.7426);
        assertPlace(r, "Kherson", "UKR", 46.6370, 32.6146);
        assertPlace(r, "Khartoum", "SDN", 15.5518, 32.5324);
        assertPlace(r, "Darfur", "SDN", 13.5, 24.0);
        assertEquals("admin1", assertPlace(r, "Helmand province", "AFG", 31.5, 64.1).precision());
        assertPlace(r, "Jenin", "PSE", 32.4594, 35.3009);
        assertPlace(r, "West Bank", "PSE", 31.95, 35.25);
        assertEquals("point", assertPlace(r, "Rafah crossing", "PSE", 31.2477, 34.2594).precision());
        assertPlace(r, "Sittwe", "MMR", 20.1462, 92.8984);
        assertPlace(r, "Rakhine State", "MMR", 20.0, 93.5);
        assertPlace(r, "Lagos", "NGA", 6.4541, 3.3947);
        assertNoPlace(r, "Washington");
        assertNoPlace(r, "Berlin");
        assertNoPlace(r, "May");
        assertNoPlace(r, "Police");
        assertEquals(1, r.rp().places().stream().filter(p -> "JOR".equals(p.country())).findFirst().orElseThrow()
                .mentions().size(), "Michael Jordan is a person; 'But Jordan refused' the country");
    }

    @Test
    void landmarkNeedsItsCountry() {
        R r = resolve("Members of the Legislative Council voted against the budget on Tuesday.");
        assertTrue(r.rp().places().isEmpty(), r.rp().places().toString());
    }

    // ------------------------------------------------------------------ names and entities

    @Test
    void countriesByVariantNames() {
        R r = resolve("Refugees crossed from Burma into Bangladesh. Troops from Côte d'Ivoire, DR Congo "
                + "and Congo-Brazzaville joined the mission. Talks were held in Türkiye, and aid reached the Gaza Strip.");
        assertPlace(r, "Burma", "MMR", 21.0, 96.0);
        assertPlace(r, "Côte d'Ivoire", "CIV", 7.5, -5.5);
        assertPlace(r, "DR Congo", "COD", -2.5, 23.5);
        assertPlace(r, "Congo-Brazzaville", "COG", -1.0, 15.0);
        assertPlace(r, "Türkiye", "TUR", 39.0, 35.0);
        assertEquals("sup:Gaza Strip", assertPlace(r, "Gaza Strip", "PSE", 31.42, 34.38).id());
    }

    @Test
    void organisationsAndAdjectivesAreNotPlaces() {
        R r = resolve("The Turkish government and Human Rights Watch criticised the US-backed forces. "
                + "Hezbollah fighters crossed into Syria, the Kurdish Hezbollah said.",
                Map.of("Turkish", "MISC", "Human Rights Watch", "ORGANIZATION", "Hezbollah", "ORGANIZATION"));
        assertNoPlace(r, "Turkish");
        assertNoPlace(r, "US");
        assertNoPlace(r, "Hezbollah");
        assertPlace(r, "Syria", "SYR", 35.0, 38.0);
        R org = resolve("The Iraq Body Count project said violence fell, a count held in Iraq showed.",
                Map.of("Iraq Body Count", "ORGANIZATION", "Iraq", "ORGANIZATION"));
        List<Span> iraq = org.rp().places().stream().filter(p -> "IRQ".equals(p.country())).findFirst().orElseThrow().mentions();
        assertEquals(1, iraq.size(), "only the Iraq after 'in'");
        R us = resolve("Aid flights landed in the US on Monday.");
        assertPlace(us, "US", "USA", 39.0, -98.0);
    }

    @Test
    void actorCountryHintsBreakTies() {
        String text = "Shelling hit Tripoli overnight.";
        AnnotatedArticle doc = TestArticles.of(text);
        R lb = new R(text, RESOLVER.resolve(doc, List.of("LBN")));
        assertEquals("LBN", placeOf(lb, "Tripoli").country());
        R none = new R(text, RESOLVER.resolve(doc, List.of()));
        assertEquals("LBY", placeOf(none, "Tripoli").country());
    }

    @Test
    void emptyArticle() {
        R r = resolve("Nothing happened today.");
        assertTrue(r.rp().places().isEmpty());
        assertTrue(r.rp().mentions().isEmpty());
    }

    // ------------------------------------------------------------------ helpers

    /** An article's text with its resolution, so mentions can be read back as text. */
    record R(String text, ResolvedPlaces rp) {
    }

    static R resolve(String text) {
        return resolve(text, Map.of());
    }

    static R resolve(String text, Map<String, String> ner) {
        return new R(text, RESOLVER.resolve(TestArticles.of(text, ner), List.of()));
    }

    /** The place one of whose mentions reads {@code text}; asserts country and distance (161 km). */
    static Place assertPlace(R r, String text, String iso3, double lat, double lon) {
        Place p = placeOf(r, text);
        assertNotNull(p, () -> "no place for '" + text + "' in " + summary(r));
        if (iso3 == null) {
            assertNull(p.country(), text);
        } else {
            assertEquals(iso3, p.country(), () -> text + ": " + p);
        }
        double km = Geo.km(lat, lon, p.lat(), p.lon());
        assertTrue(km <= 161, () -> text + " is " + Math.round(km) + " km from the gold point: " + p);
        return p;
    }

    static void assertNoPlace(R r, String text) {
        Place p = placeOf(r, text);
        assertNull(p, () -> "'" + text + "' should not be a place: " + p);
    }

    static Place placeOf(R r, String text) {
        for (PlaceMention m : r.rp().mentions()) {
            if (text.equals(m.span().of(r.text()))) {
                return m.place();
            }
        }
        return null;
    }

    static void assertUniqueAndOrdered(R r) {
        Set<String> ids = new HashSet<>();
        for (Place p : r.rp().places()) {
            assertTrue(ids.add(p.id()), "duplicate place " + p.id());
        }
        int last = -1;
        for (PlaceMention m : r.rp().mentions()) {
            assertTrue(m.span().start() >= last, "mentions out of order");
            last = m.span().start();
            assertTrue(m.place().mentions().contains(m.span()), "place carries its mention");
            assertTrue(r.rp().places().contains(m.place()), "mention's place is listed");
        }
    }

    static String summary(R r) {
        StringBuilder sb = new StringBuilder();
        for (PlaceMention m : r.rp().mentions()) {
            sb.append("\n  ").append(m.span().of(r.text())).append(" -> ").append(m.place().id()).append(' ')
                    .append(m.place().name()).append(' ').append(m.place().country());
        }
        return sb.toString();
    }
}
