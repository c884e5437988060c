package org.faultline.events;

import static org.faultline.TestPipeline.analyze;
import static org.faultline.TestPipeline.event;
import static org.faultline.TestPipeline.events;
import static org.faultline.TestPipeline.has;
import static org.faultline.TestPipeline.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.faultline.analysis.Analysis;
import org.faultline.analysis.Event;
import org.junit.jupiter.api.Test;

/**
 * Who set off the bomb and who was hit, in the constructions news prose uses for victims: objects of an
 * earlier participle, raised and conjoined passives, headline passives, suspects described by what they are
 * accused of, and attacks named again by their date. Sentences written for the test.
 */
class VictimRolesTest {

    @Test
    void theVictimsOfOneParticipleAreNotTheSubjectOfTheNext() {
        Analysis a = analyze("A car bomb exploded outside a market in Kandahar on Monday, killing four soldiers and"
                + " injuring 12 civilians.", "2024-03-10");
        assertFalse(events(a, "ASSAULT").isEmpty(), "no assault: " + a.events());
        for (Event e : events(a, "ASSAULT")) {
            assertFalse(has(e.source(), "soldiers"), "the soldiers were killed, they did not injure: " + e);
        }
    }

    @Test
    void aListOfActsKeepsItsSubject() {
        Event e = event(analyze("Armed men roamed the villages, threatening farmers and traders, beating local officials"
                + " and burning houses.", "2024-03-10"), "ASSAULT", "beating");
        assertTrue(has(e.source(), "Armed men"), "the armed men beat them: " + names(e.source()));
        assertFalse(has(e.source(), "farmers"), names(e.source()));
    }

    @Test
    void aRaisedPassiveSubjectIsTheVictim() {
        Analysis a = analyze("The Wagner commander appears to have been shot near Gao on Sunday.", "2024-03-10");
        Event e = event(a, "ASSAULT", "shot");
        assertTrue(e.source().isEmpty(), "the commander was shot: " + names(e.source()));
        assertTrue(has(e.target(), "Wagner"), names(e.target()));
    }

    @Test
    void theNounOfAReducedRelativeUndergoesIt() {
        Event e = event(analyze("The government said no ransom was paid for the 40 pupils abducted from a school in"
                + " Katsina last week.", "2024-03-10"), "ASSAULT", "abducted");
        assertFalse(has(e.source(), "pupils"), "the pupils were abducted: " + names(e.source()));
        assertTrue(has(e.target(), "pupils"), names(e.target()));
    }

    @Test
    void aPastTenseAfterACommaIsTheMainVerbNotAReducedRelative() {
        Event e = event(analyze("Two days later the Security Council, in its first statement on Myanmar in nine years,"
                + " called for immediate steps to end the violence.", "2017-09-15"), "REQUEST", "called");
        assertTrue(has(e.source(), "Security Council"), "the council called: " + names(e.source()));
        assertFalse(has(e.target(), "Security Council"), names(e.target()));
    }

    @Test
    void aHeadlinePassiveNamesVictimsNotKillers() {
        Analysis a = analyze("12 Malian soldiers killed in ambush near Gao", "2024-03-10");
        for (Event e : a.events()) {
            assertFalse(has(e.source(), "soldiers") || has(e.source(), "MLI"), "the soldiers were killed: " + e);
        }
    }

    @Test
    void theAccusedIsTheActorOfWhatTheyAreAccusedOf() {
        Event e = event(analyze("Kenya accused Eritrea of arming the rebels in the north.", "2024-03-10"), "AID", "arming");
        assertTrue(has(e.source(), "ERI") || has(e.source(), "Eritrea"), names(e.source()));
        assertFalse(has(e.source(), "Kenya"), names(e.source()));
    }

    @Test
    void aSuspectDescribedByAnAppositionCarriedOutTheAttack() {
        Analysis a = analyze("Ibrahim Musa, the preacher who carried out the bombing of the church in Jos, was sentenced"
                + " on Monday.", "2024-03-10");
        Event e = event(a, "ASSAULT", "bombing");
        assertTrue(has(e.source(), "Ibrahim Musa"), names(e.source()));
    }

    @Test
    void anAttackNamedAgainByItsDayIsAnEvent() {
        Analysis a = analyze("Police arrested six men in connection with Friday's attack on a hotel in Nairobi.",
                "2024-03-10");
        Event e = event(a, "ASSAULT", "attack");
        assertEquals("2024-03-08", e.date() == null ? null : e.date().value(), String.valueOf(e.date()));
    }

    @Test
    void anAttackNamedAgainTakesThePartiesOfTheAttackToldBefore() {
        Analysis a = analyze("Al-Shabaab fighters attacked a hotel in Mogadishu on Friday. Police arrested three men on"
                + " Monday in connection with the attack.", "2024-03-10");
        int second = a.article().text().indexOf("Police");
        List<Event> restated = events(a, "ASSAULT").stream().filter(e -> e.evidence().start() >= second).toList();
        assertEquals(1, restated.size(), "the attack named again: " + a.events());
        assertTrue(has(restated.get(0).source(), "Shabaab"), names(restated.get(0).source()));
        assertTrue(restated.get(0).place() != null && restated.get(0).place().place().name().contains("Mogadishu"),
                String.valueOf(restated.get(0).place()));
    }

    @Test
    void aDefiniteAttackWithNothingToldBeforeOrAWarIsNoEvent() {
        Analysis a = analyze("Police arrested three men on Monday in connection with the attack.", "2024-03-10");
        assertTrue(events(a, "ASSAULT").isEmpty(), "nothing told before: " + a.events());
        Analysis war = analyze("Rebels attacked Goma on Friday. Thousands fled the war.", "2024-03-10");
        int second = war.article().text().indexOf("Thousands");
        assertTrue(events(war, "ASSAULT").stream().noneMatch(e -> e.evidence().start() >= second),
                "a war is not an incident named again: " + war.events());
    }

    @Test
    void whoCommittedTheAttackCarriedItOut() {
        Event e = event(analyze("Witnesses said the gunman, a former soldier, committed the attack alone.", "2024-03-10"),
                "ASSAULT", "committed");
        assertTrue(has(e.source(), "gunman"), names(e.source()));
    }

    @Test
    void aPlacesProtestsAreNotProtestsByItsState() {
        Analysis a = analyze("Nicaragua's protests have grown since April.", "2024-03-10");
        assertFalse(events(a, "PROTEST").isEmpty(), "the protests are dated: " + a.events());
        for (Event e : events(a, "PROTEST")) {
            assertFalse(has(e.source(), "NIC") || has(e.source(), "Nicaragua"), "the state does not protest: " + e);
        }
    }

    @Test
    void peopleNamedByACountOrAnAgeAreTheVictims() {
        Event hanged = event(analyze("Iran hanged a 23-year-old man in Isfahan on Monday.", "2024-03-14"), "ASSAULT", "hanged");
        assertTrue(has(hanged.target(), "23-year-old man"), names(hanged.target()));
        assertEquals("2024-03-11", hanged.date().value(), "the age is no date: " + hanged.date());
        Event shot = event(analyze("Gunmen shot dead three young men at a bus stop in Kaduna.", "2024-03-14"), "ASSAULT", "shot");
        assertTrue(has(shot.target(), "three young men"), names(shot.target()));
        Analysis bare = analyze("A man told reporters that gunmen had attacked the village.", "2024-03-14");
        assertTrue(bare.actors().stream().noneMatch(x -> x.name().equals("man")), "a bare 'a man' names no party: " + bare.actors());
        assertFalse(bare.actors().isEmpty(), "the gunmen are: " + bare.actors());
    }
}
