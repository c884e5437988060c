package org.faultline.events;

import static org.faultline.TestPipeline.analyze;
import static org.faultline.TestPipeline.events;
import static org.faultline.TestPipeline.has;
import static org.faultline.TestPipeline.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.faultline.analysis.ActorRef;
import org.faultline.analysis.Analysis;
import org.faultline.analysis.Event;
import org.faultline.analysis.RoleBasis;
import org.junit.jupiter.api.Test;

/** Each construction the event extractor must handle, on sentences written for the test. */
class ConstructionsTest {

    private static Event only(Analysis a, String type) {
        List<Event> es = events(a, type);
        assertFalse(es.isEmpty(), "no " + type + " event in " + a.events());
        return es.get(0);
    }

    @Test
    void activeVoice() {
        Event e = only(analyze("Rapid Support Forces fighters attacked the army headquarters in Khartoum on Monday.",
                "2023-04-19"), "ASSAULT");
        assertTrue(has(e.source(), "RSF_SUDAN"), names(e.source()));
        assertEquals("2023-04-17", e.date().value());
    }

    @Test
    void passiveVoiceWithAgent() {
        Event e = only(analyze("The village was shelled by Russian forces overnight.", "2022-05-02"), "ASSAULT");
        assertTrue(has(e.source(), "RUS/MIL") || has(e.source(), "RUS"), names(e.source()));
        assertEquals("heavy-weapons", e.mode());
    }

    @Test
    void conjoinedSources() {
        Event e = only(analyze("Al-Shabaab and allied clan militias attacked an African Union base near Mogadishu.",
                "2021-03-01"), "ASSAULT");
        assertTrue(has(e.source(), "AL_SHABAAB"), names(e.source()));
        assertTrue(e.source().size() >= 2, names(e.source()));
    }

    @Test
    void nominalEventWithNationalityAndOnPhrase() {
        Event e = only(analyze("Israeli air strikes on Gaza City killed at least 12 people on Tuesday.", "2023-10-12"),
                "ASSAULT");
        assertTrue(has(e.source(), "ISR/MIL") || has(e.source(), "ISR"), names(e.source()));
        assertEquals("aerial", e.mode());
        assertEquals(12L, e.counts().get("killed"));
    }

    @Test
    void controlVerbPassesItsSubject() {
        Event e = only(analyze("Government troops tried to retake the town of Bakhmut from Wagner fighters.",
                "2023-01-10"), "ASSAULT");
        assertFalse(e.source().isEmpty(), "the subject of 'tried' retakes the town");
    }

    @Test
    void relativeClauseSubject() {
        Analysis a = analyze("The Taliban, who seized Kabul in August 2021, arrested two journalists on Sunday.",
                "2022-01-12");
        Event arrest = only(a, "COERCE");
        assertTrue(has(arrest.source(), "TALIBAN"), names(arrest.source()));
        assertEquals("2022-01-09", arrest.date().value());
        assertTrue(a.events().stream().anyMatch(x -> x.date() != null && x.date().value().equals("2021-08")),
                "the seizure is dated August 2021");
    }

    @Test
    void pronounResolvesToTheLastOrganisation() {
        Analysis a = analyze("M23 rebels advanced on Goma last week. On Friday it captured the town of Sake.",
                "2024-02-12");
        assertTrue(a.events().stream().anyMatch(e -> e.trigger().of(a.article().text()).contains("captured")
                && has(e.source(), "M23")), a.events().toString());
    }

    @Test
    void symmetricFightingCodesBothSides() {
        Event e = only(analyze("The Turkish army is fighting a long war with the PKK in the southeast.", "2016-06-09"),
                "ASSAULT");
        assertTrue(e.source().stream().anyMatch(a -> "TUR".equals(a.country())), e.toString());
        assertTrue(has(e.source(), "PKK") || has(e.target(), "PKK"), e.toString());
    }

    @Test
    void modalityIsMarked() {
        assertEquals("future", only(analyze("Russia will deploy 2,000 peacekeepers to the region.", "2020-11-10"),
                "MOBILIZE").modality());
        assertTrue(events(analyze("If the rebels attack Goma, the army could collapse.", "2024-02-12"), "ASSAULT")
                .isEmpty(), "hypothetical acts are not events");
        assertEquals("alleged", only(analyze("Wagner fighters allegedly executed 30 villagers in central Mali.",
                "2022-04-05"), "ASSAULT").modality());
    }

    @Test
    void refusalBecomesReject() {
        Event e = only(analyze("The Tobruk parliament refused to cooperate with the government in Tripoli.",
                "2016-06-09"), "REJECT");
        assertEquals("asserted", e.modality());
    }

    @Test
    void countsWithQualifiersAndWords() {
        Analysis a = analyze("More than 1,300 soldiers have been killed and three officers were abducted near Kidal.",
                "2023-05-01");
        assertTrue(a.counts().stream().anyMatch(c -> c.type().equals("killed") && c.number() == 1300
                && "more than".equals(c.qualifier())), a.counts().toString());
        assertTrue(a.counts().stream().anyMatch(c -> c.type().equals("abducted") && c.number() == 3), a.counts().toString());
    }

    @Test
    void vagueAmountsAndPopulationsAreNotCounts() {
        Analysis a = analyze("Thousands of people fled the fighting in a city of 2 million residents.", "2023-05-01");
        assertTrue(a.counts().isEmpty(), a.counts().toString());
    }

    @Test
    void genericStatementsAreNotEvents() {
        Analysis a = analyze("Violence can evolve in many ways.", "2023-05-01");
        assertTrue(a.events().isEmpty(), a.events().toString());
    }

    @Test
    void protestersStormingIsProtest() {
        Analysis a = analyze("Hundreds of protesters stormed the parliament building in Baghdad on Saturday.",
                "2022-08-01");
        assertFalse(events(a, "PROTEST").isEmpty(), a.events().toString());
    }

    @Test
    void attributionKeepsWhoSaidIt() {
        Event e = only(analyze("Amnesty International said Nigerian soldiers killed 40 villagers in Zamfara on Friday.",
                "2022-03-07"), "ASSAULT");
        assertTrue(e.attribution() != null && e.attribution().text().contains("Amnesty"), String.valueOf(e.attribution()));
        assertTrue(has(e.source(), "NGA/MIL"), names(e.source()));
    }

    @Test
    void unknownOrganisationsKeepTheirDefinedAcronymAndOwnTheirFighters() {
        Analysis a = analyze("Fighters of the Ituri Patriotic Front (IPF) attacked the village of Djugu on Monday. "
                + "The IPF later withdrew from the area.", "2023-03-01");
        Event attack = only(a, "ASSAULT");
        assertTrue(has(attack.source(), "unknown:ituri patriotic front"), names(attack.source()));
        Event retreat = only(a, "RETREAT");
        assertEquals(attack.source().get(0).id(), retreat.source().get(0).id());
        assertFalse(retreat.source().get(0).known());
    }

    @Test
    void statesCapturingPeopleArrestThemOthersAbductThemAndCapturingAPlaceIsAnAttack() {
        Event people = only(analyze("Soldiers captured three ISWAP fighters near Maiduguri on Monday.", "2024-03-10"), "COERCE");
        assertEquals("arrest", people.mode());
        assertTrue(has(people.target(), "ISWAP fighters"), names(people.target()));
        Event abduction = only(analyze("Gunmen seized 15 pupils from a school in Sokoto on Saturday.", "2024-03-10"), "ASSAULT");
        assertEquals("abduct", abduction.mode());
        Analysis place = analyze("M23 rebels captured the town of Rubaya on Tuesday.", "2024-03-10");
        assertTrue(events(place, "COERCE").isEmpty(), place.events().toString());
        assertEquals(1, events(place, "ASSAULT").size(), place.events().toString());
    }

    @Test
    void theChargedAreNamedInThePassive() {
        Event charge = only(analyze("Prosecutors said two journalists were charged with treason in Caracas on Friday.", "2024-03-10"),
                "COERCE");
        assertTrue(has(charge.target(), "journalists"), names(charge.target()));
    }

    @Test
    void aKillingWhoseVictimsAreCountedIsAnEventAndAKillingOfAClassIsAReference() {
        Analysis counted = analyze("Protests followed the killing of seven demonstrators in Caracas on Monday.", "2024-03-10");
        assertTrue(has(only(counted, "ASSAULT").target(), "demonstrators"), counted.events().toString());
        Analysis generic = analyze("Rights groups have long condemned the killing of civilians.", "2024-03-10");
        assertTrue(events(generic, "ASSAULT").isEmpty(), generic.events().toString());
    }

    @Test
    void kinAndAssociatesOfAnActorAreThePartyThemselves() {
        Event arrest = only(analyze("Police arrested the wife of the militia leader Ahmed Salem in Kano on Monday.", "2024-03-10"),
                "COERCE");
        assertTrue(has(arrest.target(), "wife"), names(arrest.target()));
        assertFalse(has(arrest.target(), "Ahmed Salem"), names(arrest.target()));
        Event killing = only(analyze("Gunmen killed two relatives of a local official in Kaduna on Sunday.", "2024-03-10"),
                "ASSAULT");
        assertTrue(has(killing.target(), "relatives"), names(killing.target()));
        Event conviction = only(analyze("A court convicted a friend of the bombing suspect Omar Haddad on Tuesday.", "2024-03-10"),
                "SANCTION");
        assertTrue(has(conviction.target(), "friend"), names(conviction.target()));
    }

    @Test
    void aWeaponThatHitsIsAnAttackButAnEconomyHitIsNot() {
        Event e = only(analyze("A Russian missile hit a shopping centre in Kremenchuk on Monday.", "2022-06-28"),
                "ASSAULT");
        assertTrue(has(e.source(), "RUS"), names(e.source()));
        Analysis economy = analyze("The economy of Kremenchuk was hit hard by inflation on Monday.", "2022-06-28");
        assertTrue(events(economy, "ASSAULT").isEmpty(), "a hit economy is no attack: " + economy.events());
    }

    @Test
    void pullingTroopsOutIsAWithdrawal() {
        Event e = only(analyze("The army said it was pulling its troops out of Kherson on Wednesday.", "2022-11-10"),
                "RETREAT");
        assertEquals("withdraw", e.mode());
    }

    @Test
    void troopsEnteringAZoneIsAnIncursion() {
        assertFalse(events(analyze("Turkish troops entered the buffer zone on Sunday.", "2024-12-09"), "ASSAULT")
                .isEmpty());
    }

    @Test
    void pressingAnOffensiveIsNoRequest() {
        Analysis a = analyze("Government forces pressed an offensive on Tigray's capital on Friday.", "2021-06-28");
        assertTrue(events(a, "REQUEST").isEmpty(), a.events().toString());
        assertFalse(events(a, "ASSAULT").isEmpty(), a.events().toString());
    }

    @Test
    void drivingAGroupOutOfATownIsATakeover() {
        Event e = only(analyze("Somali troops drove al-Shabaab out of Bulo Burde on Monday.", "2024-02-20"), "ASSAULT");
        assertTrue(has(e.target(), "AL_SHABAAB"), names(e.target()));
        assertTrue(e.place() != null && e.place().place().name().contains("Bulo"), String.valueOf(e.place()));
    }

    @Test
    void pickingUpAnActivistIsAnArrest() {
        Event e = only(analyze("Security agents in Harare picked up an opposition activist on Friday.", "2024-06-15"),
                "COERCE");
        assertEquals("arrest", e.mode());
    }

    @Test
    void endingAPactWithAPartyIsASanction() {
        Event e = only(analyze("On Friday Mali revoked its defence cooperation agreements with Denmark.", "2022-08-20"),
                "SANCTION");
        assertTrue(has(e.source(), "MLI"), names(e.source()));
    }

    @Test
    void dismissingAMoveIsARejection() {
        assertFalse(events(analyze("Denmark dismissed the move on Saturday.", "2022-08-20"), "REJECT").isEmpty());
    }

    @Test
    void keepingUpFireIsAnAttack() {
        Event e = only(analyze("The Houthis kept up their missile fire on Sunday.", "2024-01-14"), "ASSAULT");
        assertTrue(has(e.source(), "HOUTHIS"), names(e.source()));
    }

    @Test
    void aPartyThatFollowsSuitRepeatsTheActAgainstTheSameTarget() {
        Analysis a = analyze("Ottawa expelled two Russian diplomats on Monday, and Canberra followed suit on Wednesday.",
                "2024-04-12");
        List<Event> es = events(a, "SANCTION");
        assertEquals(2, es.size(), a.events().toString());
        Event echo = es.get(1);
        assertEquals("followed", a.article().text().substring(echo.trigger().start(), echo.trigger().end()));
        assertEquals(ActorRef.withBasis(es.get(0).target(), RoleBasis.ECHO), echo.target(),
                "the repeated act's target, marked as taken from it");
        assertEquals(es.get(0).mode(), echo.mode());
        assertEquals("2024-04-10", echo.date().value(), "its own date");
    }

    @Test
    void anEchoNeedsAnActorAndAnActToRepeat() {
        Analysis days = analyze("Clashes erupted in the days that followed.", "2024-04-12");
        assertTrue(days.events().stream().noneMatch(e -> days.article().text()
                .substring(e.trigger().start(), e.trigger().end()).equals("followed")), days.events().toString());
        assertTrue(analyze("Canada did the same on Tuesday.", "2024-04-12").events().isEmpty(), "nothing to repeat");
    }

    @Test
    void expelledDiplomatsNameTheirStateAsTarget() {
        Event e = only(analyze("Poland expelled 45 Russian diplomats on Tuesday.", "2023-03-30"), "SANCTION");
        assertTrue(has(e.target(), "RUS") || has(e.target(), "RUS/GOV"), names(e.target()));
        Event own = only(analyze("Pakistan responded on Thursday by closing its airspace to Indian airlines.", "2025-04-25"), "COERCE");
        assertTrue(has(own.source(), "PAK"), "'its' is the closer's own airspace: " + names(own.source()));
        assertFalse(has(own.target(), "PAK"), names(own.target()));
    }

    @Test
    void anActSomeoneIsCalledOnToDoHasNotHappened() {
        Analysis a = analyze("Jordan's foreign minister, Ayman Safadi, called on Israel on Monday to respect the truce and withdraw its troops.",
                "2024-11-25");
        assertFalse(events(a, "REQUEST").isEmpty(), a.events().toString());
        assertTrue(events(a, "RETREAT").isEmpty(), "respecting the truce and withdrawing are what was asked: " + a.events());
    }
}
