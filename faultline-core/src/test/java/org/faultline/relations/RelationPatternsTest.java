package org.faultline.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.faultline.TestPipeline;
import org.faultline.analysis.Analysis;
import org.faultline.analysis.Relation;
import org.junit.jupiter.api.Test;

/** Each relation construction on a sentence written for the test. */
class RelationPatternsTest {

    private static boolean has(Analysis a, String type, String source, String target) {
        List<Relation> rels = a.relations();
        return rels.stream().anyMatch(r -> r.type().equals(type) && matches(r.source().id(), r.source().text(), source)
                && (r.targetPlace() != null ? r.targetPlace().mention().of(a.article().text()).contains(target)
                : matches(r.target().id(), r.target().text(), target)));
    }

    private static boolean matches(String id, String text, String want) {
        return id.equals(want) || text.contains(want);
    }

    private static void assertRelation(String text, String type, String source, String target) {
        Analysis a = TestPipeline.analyze(text, "2023-06-01");
        assertTrue(has(a, type, source, target), type + " " + source + " -> " + target + " not in " + a.relations());
    }

    @Test
    void hyphenatedBacking() {
        assertRelation("Emirati-backed Southern Transitional Council forces seized Aden.", "SUPPORTS", "ARE", "forces");
    }

    @Test
    void backedByPhrase() {
        assertRelation("The Syrian Democratic Forces, backed by US air strikes, attacked Raqqa.", "SUPPORTS", "US", "SDF");
    }

    @Test
    void withBackingPhrase() {
        assertRelation("The Syrian army, with Russian airpower backing, advanced on Palmyra.", "SUPPORTS", "RUS/MIL", "Syrian army");
    }

    @Test
    void alliedModifier() {
        assertRelation("Turkish troops and their allied Syrian National Army fighters attacked Afrin.", "ALLIED",
                "Turkish troops", "SNA_SYRIA");
    }

    @Test
    void alignedWith() {
        assertRelation("Hezbollah fighters aligned with the Government of National Accord advanced on Sirte.", "ALLIED",
                "Hezbollah", "GNA_LIBYA");
    }

    @Test
    void possessiveOpponent() {
        assertRelation("Saudi Arabia is wary of any gains by allies of Iran, its main rival in the region.", "HOSTILE",
                "SAU", "IRN");
    }

    @Test
    void ledBy() {
        assertRelation("The Syrian Democratic Forces, led by the YPG, took the town.", "PART_OF", "YPG", "SDF");
    }

    @Test
    void wingOf() {
        assertRelation("Jabhat al-Nusra, the Syrian wing of al-Qaeda, claimed the attack.", "PART_OF", "NUSRA", "AQ");
    }

    @Test
    void citiesItHolds() {
        assertRelation("Al-Shabaab still holds Jilib and Buale in southern Somalia.", "CONTROLS", "AL_SHABAAB", "Jilib");
    }

    @Test
    void holdingAMeetingIsNoControl() {
        Analysis a = TestPipeline.analyze("The African Union said its leaders would hold a summit in Addis Ababa on "
                + "Friday.", "2023-06-01");
        assertTrue(a.relations().stream().noneMatch(r -> r.type().equals("CONTROLS")), a.relations().toString());
        assertRelation("Al-Shabaab still holds the port city of Kismayo.", "CONTROLS", "AL_SHABAAB", "Kismayo");
    }

    @Test
    void seizedCapital() {
        assertRelation("The Taliban seized Kabul on 15 August 2021.", "CONTROLS", "TALIBAN", "Kabul");
    }

    @Test
    void armingVerbAndAid() {
        assertRelation("Iran has long armed the Houthis, according to UN experts.", "SUPPORTS", "IRN", "HOUTHIS");
        assertRelation("Turkey supplied Azerbaijan with armed drones last year.", "SUPPORTS", "TUR", "AZE");
    }

    @Test
    void warIsHostility() {
        assertRelation("The Sudanese army has been at war with the Rapid Support Forces since April.", "HOSTILE",
                "SDN/MIL", "RSF_SUDAN");
    }

    private static void assertNoRelation(String text, String type, String source, String target) {
        Analysis a = TestPipeline.analyze(text, "2023-06-01");
        assertFalse(has(a, type, source, target), type + " " + source + " -> " + target + " in " + a.relations());
    }

    private static Relation find(Analysis a, String type, String source) {
        return a.relations().stream().filter(r -> r.type().equals(type) && matches(r.source().id(), r.source().text(),
                source)).findFirst().orElseThrow(() -> new AssertionError(type + " of " + source + " not in " + a.relations()));
    }

    @Test
    void titleBeforeANameIsMembership() {
        assertRelation("Hezbollah leader Hassan Nasrallah spoke to supporters in Beirut on Friday.", "PART_OF",
                "Nasrallah", "Hezbollah");
    }

    @Test
    void whoLeadsIsMembershipAndUntilEndsIt() {
        Analysis a = TestPipeline.analyze("Abubakar Shekau, who led Boko Haram until 2021, was a feared commander.",
                "2023-06-01");
        assertTrue(has(a, "PART_OF", "Shekau", "BOKO_HARAM"), a.relations().toString());
        assertEquals("2021", find(a, "PART_OF", "Shekau").end());
    }

    @Test
    void possessiveRivalBeforeItsName() {
        assertRelation("Officials blamed al-Shabaab, though its rival, the Islamic State, is also active in Puntland.",
                "HOSTILE", "AL_SHABAAB", "ISIS");
    }

    @Test
    void fightingAlongside() {
        assertRelation("Hezbollah fighters fought alongside the Syrian army near Qusayr.", "ALLIED", "Hezbollah",
                "Syrian army");
    }

    @Test
    void passiveBackedBy() {
        assertRelation("The Houthis are backed by Iran, according to Western officials.", "SUPPORTS", "IRN", "HOUTHIS");
    }

    @Test
    void proppedUpInARelativeClause() {
        assertRelation("Russia, which had propped up the Syrian government for years, withdrew its jets.", "SUPPORTS",
                "RUS", "Syrian government");
    }

    @Test
    void aPlaceHeldBy() {
        assertRelation("Heavy fighting continued around Bakhmut, a city held by the Wagner Group.", "CONTROLS", "WAGNER",
                "Bakhmut");
    }

    @Test
    void capturingTheTownOf() {
        assertRelation("Al-Shabaab fighters captured the town of Baidoa on Monday.", "CONTROLS", "AL_SHABAAB", "Baidoa");
    }

    @Test
    void aCaptureEndsTheHoldersControlAndMakesThemHostile() {
        Analysis a = TestPipeline.analyze("Al-Shabaab had held the port of Kismayo for years. "
                + "Kenyan troops captured Kismayo on 28 September 2012.", "2012-10-01");
        assertTrue(has(a, "HOSTILE", "Kenyan", "AL_SHABAAB") || has(a, "HOSTILE", "AL_SHABAAB", "Kenyan"),
                a.relations().toString());
        Relation held = find(a, "CONTROLS", "AL_SHABAAB");
        assertEquals("2012-09-28", held.end());
    }

    @Test
    void lostControlEndsControl() {
        Analysis a = TestPipeline.analyze("Taliban fighters controlled Kandahar in 2001. "
                + "The Taliban lost control of Kandahar in December 2001.", "2002-01-10");
        assertEquals("2001-12", find(a, "CONTROLS", "TALIBAN").end());
    }

    @Test
    void aLossWithNoEarlierHoldingIsControlUntilThen() {
        Analysis a = TestPipeline.analyze("Government troops withdrew from Palma on 5 April 2021, officials said.",
                "2021-04-08");
        Relation lost = a.relations().stream().filter(r -> r.type().equals("CONTROLS")).findFirst()
                .orElseThrow(() -> new AssertionError("no CONTROLS in " + a.relations()));
        assertEquals("Palma", lost.targetPlace().mention().of(a.article().text()));
        assertEquals(null, lost.date(), "the text does not say since when they held it");
        assertEquals("2021-04-05", lost.end());
        assertEquals("withdrew", lost.trigger().of(a.article().text()));
    }

    @Test
    void aDescriptionTakesTheNameTheArticleGivesIt() {
        Analysis a = TestPipeline.analyze("The militants, known locally as Boko Haram, seized Gwoza in August.",
                "2014-09-01");
        assertTrue(has(a, "CONTROLS", "BOKO_HARAM", "Gwoza"), a.relations().toString());
    }

    @Test
    void bareAgentNounsTakeNoRelation() {
        Analysis a = TestPipeline.analyze("Gunmen loyal to the government seized Gwoza, and residents backed by "
                + "Nigeria fled to Maiduguri.", "2014-09-01");
        assertTrue(a.relations().stream().noneMatch(r -> r.source().id().startsWith("generic:")
                || r.target() != null && r.target().id().startsWith("generic:")), a.relations().toString());
    }

    @Test
    void relationsAreDatedByTheirClause() {
        Analysis a = TestPipeline.analyze("The Taliban seized Kabul on 15 August 2021.", "2021-09-01");
        assertEquals("2021-08-15", find(a, "CONTROLS", "TALIBAN").date());
    }

    // --- constructions of issue 15, one sentence each, written for the test

    @Test
    void chairedByIsMembership() {
        assertRelation("The African Union, chaired by Senegal's President Macky Sall, called for talks.", "PART_OF",
                "Macky Sall", "AU");
    }

    @Test
    void possessiveLeaderBeforeTheName() {
        assertRelation("Hamas's leader Yahya Sinwar was killed in Rafah.", "PART_OF", "Sinwar", "HAMAS");
        assertRelation("The leader of Hezbollah, Hassan Nasrallah, gave a speech in Beirut.", "PART_OF", "Nasrallah",
                "HEZBOLLAH");
    }

    @Test
    void declaredHimselfHeadOf() {
        assertRelation("Yevgeny Prigozhin declared himself head of the Wagner Group in 2014.", "PART_OF", "Prigozhin",
                "WAGNER");
    }

    @Test
    void joinedAndMemberOf() {
        assertRelation("Sweden joined NATO in March 2024.", "PART_OF", "SWE", "NATO");
        assertRelation("NATO member Turkey blocked the vote.", "PART_OF", "TUR", "NATO");
        assertRelation("Turkey is a member of NATO.", "PART_OF", "TUR", "NATO");
    }

    @Test
    void headsIsMembership() {
        assertRelation("Yahya Sinwar heads Hamas in Gaza.", "PART_OF", "Sinwar", "HAMAS");
    }

    @Test
    void possessiveBranchBeforeItsName() {
        assertRelation("Al-Qaeda's Yemeni branch, AQAP, claimed the attack.", "PART_OF", "AQAP", "AQ");
    }

    @Test
    void appositiveAllyRivalBackerProxy() {
        assertRelation("Hezbollah, an ally of Iran, fired rockets into Israel.", "ALLIED", "HEZBOLLAH", "IRN");
        assertRelation("Iran's ally Hezbollah fired rockets at Israel.", "ALLIED", "IRN", "HEZBOLLAH");
        assertRelation("The Islamic State, a rival of al-Qaeda, claimed the bombing.", "HOSTILE", "ISIS", "AQ");
        assertRelation("Iran, the main backer of the Houthis, denied involvement.", "SUPPORTS", "IRN", "HOUTHIS");
        assertRelation("The Houthis, a proxy of Iran, attacked the ship.", "SUPPORTS", "IRN", "HOUTHIS");
    }

    @Test
    void alliesAndAnAllianceBetween() {
        assertRelation("Russia and Iran are allies.", "ALLIED", "RUS", "IRN");
        assertRelation("The alliance between Russia and Iran has deepened since 2022.", "ALLIED", "RUS", "IRN");
    }

    @Test
    void supportForAndDeployingAtTheRequestOf() {
        assertRelation("Iran's support for Hamas has drawn new sanctions.", "SUPPORTS", "IRN", "HAMAS");
        assertRelation("Chad deployed soldiers to Niger at the request of Niger's government.", "SUPPORTS", "TCD",
                "NER/GOV");
        assertRelation("Kenya began deploying police officers to Haiti in June at the request of the Haitian "
                + "government.", "SUPPORTS", "KEN", "Haitian government");
    }

    @Test
    void proppedUpWithAPartnerInARelativeClause() {
        Analysis a = TestPipeline.analyze("Iran, which with Russia had propped up the Syrian government for years, "
                + "called for talks.", "2023-06-01");
        assertTrue(has(a, "SUPPORTS", "IRN", "Syrian government"), a.relations().toString());
        assertTrue(has(a, "SUPPORTS", "RUS", "Syrian government"), a.relations().toString());
        assertFalse(has(a, "SUPPORTS", "RUS", "IRN"), "the relative pronoun is no object: " + a.relations());
    }

    @Test
    void aSubjectTheParserLostStillBacks() {
        assertRelation("Russia and China, permanent members whose envoys hold a veto in the council, have backed the "
                + "Myanmar government.", "SUPPORTS", "CHN", "Myanmar government");
    }

    @Test
    void hostilityFromATruceFightingAndAnOffensive() {
        assertRelation("A truce between Armenia and Azerbaijan collapsed within hours.", "HOSTILE", "ARM", "AZE");
        assertRelation("The Sudanese army and the Rapid Support Forces have fought since April 2023.", "HOSTILE",
                "SDN/MIL", "RSF_SUDAN");
        assertRelation("Ethiopia launched an offensive against the Tigray People's Liberation Front in November.",
                "HOSTILE", "Ethiopia", "TPLF");
    }

    @Test
    void attacksEitherWayRoundAreHostility() {
        Analysis a = TestPipeline.analyze("Israel struck Hezbollah targets in Lebanon on Monday. Hezbollah fired "
                + "rockets at Israel on Tuesday.", "2023-06-01");
        assertTrue(has(a, "HOSTILE", "HEZBOLLAH", "ISR") || has(a, "HOSTILE", "ISR", "HEZBOLLAH"),
                a.relations().toString());
        assertNoRelation("Israel struck Hezbollah targets in Lebanon on Monday.", "HOSTILE", "ISR", "HEZBOLLAH");
    }

    @Test
    void fellToAndSweptIntoAreCaptures() {
        assertRelation("Goma fell to M23 rebels in January.", "CONTROLS", "M23", "Goma");
        assertRelation("Taliban fighters swept into Kabul on Sunday.", "CONTROLS", "TALIBAN", "Kabul");
    }

    @Test
    void underTheControlOfAndControlledBy() {
        assertRelation("Mosul remained under the control of the Islamic State until 2017.", "CONTROLS", "ISIS", "Mosul");
        assertRelation("Mosul, a city controlled by the Islamic State, was bombed.", "CONTROLS", "ISIS", "Mosul");
        assertRelation("Al-Shabaab took control of Kismayo in 2008.", "CONTROLS", "AL_SHABAAB", "Kismayo");
    }

    @Test
    void heldAndBackedByAStateAdjective() {
        assertRelation("Shelling hit the Russian-held city of Donetsk.", "CONTROLS", "RUS", "Donetsk");
        assertRelation("Iranian-backed Houthi rebels attacked a ship.", "SUPPORTS", "IRN", "HOUTHIS");
        assertRelation("Turkish-backed factions of the Syrian National Army attacked Kobani.", "SUPPORTS", "TUR",
                "SNA_SYRIA");
    }

    @Test
    void genericFightersTakeNoRelation() {
        Analysis a = TestPipeline.analyze("Kurdish fighters loyal to the PKK attacked the base.", "2023-06-01");
        assertTrue(a.relations().isEmpty(), a.relations().toString());
    }
}
