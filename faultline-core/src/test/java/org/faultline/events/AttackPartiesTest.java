package org.faultline.events;

import static org.faultline.TestPipeline.analyze;
import static org.faultline.TestPipeline.event;
import static org.faultline.TestPipeline.events;
import static org.faultline.TestPipeline.has;
import static org.faultline.TestPipeline.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.faultline.analysis.Analysis;
import org.faultline.analysis.Event;
import org.junit.jupiter.api.Test;

/**
 * Who an attack hit when news prose names the victims away from the attack's trigger: the outcome of a
 * blast told in a participle without a killer. Sentences written for the test.
 */
class AttackPartiesTest {

    @Test
    void victimsOfAKillingWithoutAKillerAreTheAttacksTarget() {
        Analysis a = analyze("A bomb exploded near a bus in Herat on Monday, killing five passengers.", "2024-03-10");
        assertEquals(1, events(a, "ASSAULT").size(), "the killing is the blast's outcome: " + a.events());
        Event e = event(a, "ASSAULT", "bomb");
        assertTrue(has(e.target(), "passengers"), names(e.target()));
    }

    @Test
    void aCasualtyFigureWithoutAnAttackIsNoEvent() {
        Analysis a = analyze("More than 300 soldiers have been killed in Herat province since January.", "2024-03-10");
        assertTrue(events(a, "ASSAULT").isEmpty(), "a toll, not an act: " + a.events());
    }

    @Test
    void anActorInsideTheSubjectsRelativeClauseDidNotKill() {
        Analysis a = analyze("The blast, which targeted a convoy of foreign troops, killed two civilians in Herat.", "2024-03-10");
        for (Event e : events(a, "ASSAULT")) {
            assertFalse(has(e.source(), "troops"), "the troops were the blast's aim, not its author: " + e);
        }
    }

    @Test
    void whatAnAttackWasAimedAtIsNotItsAuthor() {
        Event e = event(analyze("The attack on the Italian embassy in Kabul killed three guards.", "2024-03-10"),
                "ASSAULT", "attack");
        assertTrue(e.source().isEmpty(), "the embassy was attacked: " + names(e.source()));
        assertTrue(has(e.target(), "embassy"), names(e.target()));
    }

    @Test
    void committingAnAttackOrJoiningAProtestStatesIt() {
        Event attack = event(analyze("Investigators said Omar Haddad committed the attack in Lyon.", "2024-03-10"),
                "ASSAULT", "attack");
        assertTrue(has(attack.source(), "Omar Haddad"), names(attack.source()));
        Event protest = event(analyze("Thousands of teachers joined the protests in Lima on Monday.", "2024-03-10"),
                "PROTEST", "protests");
        assertTrue(has(protest.source(), "teachers"), names(protest.source()));
    }

    @Test
    void whoCondemnsOrArrestsAfterAnAttackDidNotCarryItOut() {
        Analysis a = analyze("Gunmen opened fire on a wedding party in Zamfara on Saturday, killing nine guests."
                + " Governor Bello Matawalle condemned the attack. Police arrested four suspects after the shooting.",
                "2024-03-10");
        for (Event e : events(a, "ASSAULT")) {
            assertFalse(has(e.source(), "Matawalle") || has(e.source(), "Police") || has(e.source(), "police"),
                    "the governor and the police did not shoot: " + e);
        }
        Event arrest = event(a, "COERCE", "arrested");
        assertTrue(has(arrest.target(), "suspects"), names(arrest.target()));
    }

    @Test
    void thePassiveSubjectOfAWoundingIsHitByTheExplosion() {
        Analysis a = analyze("A car bomb exploded outside a hotel in Mogadishu on Sunday. Two other guests were"
                + " wounded in the explosion.", "2024-03-10");
        for (Event e : events(a, "ASSAULT")) {
            assertFalse(has(e.source(), "guests"), "the guests were wounded: " + e);
        }
    }

    @Test
    void policeRaidsAreArrestsNotAssaults() {
        Analysis a = analyze("Police raided four homes in Leeds on Tuesday.", "2024-03-10");
        assertTrue(events(a, "ASSAULT").isEmpty(), a.events().toString());
        assertEquals("arrest", event(a, "COERCE", "raided").mode());
    }

    @Test
    void citizensAskedToActAreTheRequestsTarget() {
        Analysis a = analyze("The opposition called for a general strike, asking citizens to stay at home on"
                + " Monday.", "2024-03-10");
        assertTrue(events(a, "REQUEST").stream().anyMatch(e -> has(e.target(), "citizens")), a.events().toString());
    }

    @Test
    void heTakesUpTheGunmanNotTheOtherClausesSubject() {
        Event e = event(analyze("Soldiers shot dead the gunman after he killed three people at a checkpoint in"
                + " Maiduguri.", "2024-03-10"), "ASSAULT", "killed");
        assertTrue(has(e.source(), "gunman"), names(e.source()));
        assertFalse(has(e.source(), "Soldiers"), names(e.source()));
    }

    @Test
    void aGroupThatClaimsTheAttackIsItsAuthor() {
        Analysis a = analyze("A suicide bomber blew himself up at a market in Maiduguri on Friday, killing 12 traders."
                + " Boko Haram claimed responsibility for the attack.", "2024-03-10");
        Event e = event(a, "ASSAULT", "attack");
        assertTrue(has(e.source(), "Boko Haram"), names(e.source()));
        assertTrue(has(e.target(), "traders"), "the restated attack keeps its victims: " + names(e.target()));
    }

    @Test
    void aBomberAmongACrowdHitsTheCrowd() {
        Event e = event(analyze("A suicide bomber blew himself up among a crowd of mourners in Jalalabad on Sunday.",
                "2024-03-10"), "ASSAULT", "bomber");
        assertTrue(has(e.target(), "crowd") || has(e.target(), "mourners"), names(e.target()));
    }

    @Test
    void compellingPeopleIsCoercion() {
        Event e = event(analyze("The militia compelled the villagers to pay a tax in Kidal.", "2024-03-10"),
                "COERCE", "compelled");
        assertTrue(has(e.target(), "villagers"), names(e.target()));
    }

    @Test
    void theyIsNoSinglePresident() {
        Analysis a = analyze("The president met the rebels in Bangui on Friday. They attacked a checkpoint near"
                + " Bria on Monday.", "2024-03-10");
        Event e = event(a, "ASSAULT", "attacked");
        assertFalse(has(e.source(), "president"), names(e.source()));
    }

    @Test
    void theBuildingABlastHitNamesItsVictimsNotItsAuthor() {
        Event e = event(analyze("The explosion at the police headquarters in Kismayo killed eight officers.",
                "2024-03-10"), "ASSAULT", "explosion");
        assertTrue(e.source().isEmpty(), "the police were hit: " + names(e.source()));
    }

    @Test
    void theVehicleAttackedStandsForThePeopleItCarried() {
        Event e = event(analyze("The attackers targeted a bus carrying Shiite pilgrims in Mastung.", "2024-03-10"),
                "ASSAULT", "targeted");
        assertTrue(has(e.target(), "pilgrims"), names(e.target()));
    }

    @Test
    void anAllyNamedBesideTheSubjectIsNoTarget() {
        Event e = event(analyze("The Kurdish fighters, with American air support, are advancing on the Islamic State's last"
                + " stronghold.", "2024-03-10"), "ASSAULT", "advancing");
        assertFalse(has(e.target(), "American"), "the air support is an ally: " + names(e.target()));
        assertTrue(has(e.target(), "ISIS"), names(e.target()));
    }

    @Test
    void aFlagShowsAllegianceAndNamesNoParty() {
        Event e = event(analyze("On 3 May thousands of supporters of the junta, some waving Russian flags, marched on the"
                + " French embassy in Bamako.", "2024-05-04"), "PROTEST", "marched");
        assertFalse(has(e.source(), "RUS"), "the flags are Russian, the marchers are not: " + names(e.source()));
    }

    @Test
    void aNamedOrDeterminedIncidentModifyingANounRestatesTheAttack() {
        String blast = "A suicide bomber blew himself up at a market in Maiduguri on Friday, killing 12 traders.";
        Analysis named = analyze(blast + " Police arrested two Maiduguri bombing suspects on Sunday.", "2024-03-10");
        Event e = event(named, "ASSAULT", "bombing");
        assertTrue(has(e.source(), "bomber"), "the suspects the noun modifies did not restate it: " + names(e.source()));
        Analysis modifier = analyze(blast + " On Sunday police questioned the bombing suspects.", "2024-03-10");
        assertTrue(has(event(modifier, "ASSAULT", "bombing").target(), "traders"), modifier.events().toString());
        Analysis generic = analyze("Police questioned two bombing suspects on Sunday.", "2024-03-10");
        assertTrue(events(generic, "ASSAULT").isEmpty(), "no incident is told: " + generic.events());
    }

    @Test
    void aWeaponOrShellingThatKillsIsTheAttack() {
        Event shelling = event(analyze("Shelling killed four civilians in Kharkiv on Monday.", "2024-03-14"), "ASSAULT", "Shelling");
        assertTrue(has(shelling.target(), "civilians"), names(shelling.target()));
        Event grenade = event(analyze("A grenade wounded 17 people at a bar in Bujumbura on Sunday.", "2024-03-14"), "ASSAULT",
                "grenade");
        assertEquals("explosives", grenade.mode(), grenade.toString());
        assertEquals(Long.valueOf(17), grenade.counts().get("wounded"), grenade.counts().toString());
        assertTrue(events(analyze("A car hit a pedestrian in Nairobi on Sunday.", "2024-03-14"), "ASSAULT").isEmpty(),
                "a road accident is no attack");
    }
}
