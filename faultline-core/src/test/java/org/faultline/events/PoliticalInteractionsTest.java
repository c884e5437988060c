package org.faultline.events;

import static org.faultline.TestPipeline.analyze;
import static org.faultline.TestPipeline.event;
import static org.faultline.TestPipeline.events;
import static org.faultline.TestPipeline.has;
import static org.faultline.TestPipeline.names;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.faultline.analysis.Analysis;
import org.faultline.analysis.Event;
import org.junit.jupiter.api.Test;

/**
 * The non-violent interactions of conflict news (meetings, requests, refusals, threats, coercion) with their
 * parties as reporting phrases them. Sentences written for the test, not taken from any corpus.
 */
class PoliticalInteractionsTest {

    @Test
    void sittingDownWithAPartyIsAMeeting() {
        Analysis a = analyze("The UN envoy sat down with Houthi officials in Muscat on Tuesday.", "2024-03-12");
        Event e = event(a, "CONSULT", "sat");
        assertTrue(has(e.target(), "HOUTHIS"), names(e.target()));
    }

    @Test
    void aTripMadeForTalksStatesTheTalks() {
        Analysis a = analyze("Kenyan President William Ruto flew to Addis Ababa on Monday for talks with Ethiopian "
                + "Prime Minister Abiy Ahmed.", "2024-03-12");
        Event e = event(a, "CONSULT", "talks");
        assertTrue(has(e.source(), "Ruto"), names(e.source()));
        assertTrue(has(e.target(), "Abiy"), names(e.target()));
    }

    @Test
    void attendingTalksBetweenTwoPartiesStatesThem() {
        Analysis a = analyze("Diplomats attending the talks between Serbia and Kosovo in Brussels said little progress "
                + "was made.", "2024-03-12");
        Event e = event(a, "CONSULT", "talks");
        assertTrue(has(e.source(), "Serbia") && has(e.source(), "Kosovo"), names(e.source()));
    }

    @Test
    void forcingPeopleToActIsCoercion() {
        Analysis a = analyze("Militiamen forced farmers in the valley to hand over their harvest on Friday.", "2024-03-12");
        Event e = event(a, "COERCE", "forced");
        assertTrue(has(e.target(), "farmers"), names(e.target()));
        Analysis passive = analyze("Reporters were forced by police to hand over their cameras in Minsk.", "2024-03-12");
        Event p = event(passive, "COERCE", "forced");
        assertTrue(has(p.target(), "Reporters"), names(p.target()));
    }

    @Test
    void beingForcedByCircumstanceCoercesNoOne() {
        assertTrue(events(analyze("Tens of thousands of people were forced to flee the shelling in Kherson.", "2024-03-12"),
                "COERCE").isEmpty());
        assertTrue(events(analyze("The fighting forced the militia to abandon its positions near Goma.", "2024-03-12"),
                "COERCE").isEmpty());
    }

    @Test
    void pressureOnAPopulationIsCoercionOnAPeerARequest() {
        Analysis a = analyze("Opposition figures say the ruling party is pressuring teachers to campaign for it.", "2024-03-12");
        event(a, "COERCE", "pressuring");
        Analysis peer = analyze("Berlin pressured Budapest to lift its veto on aid for Ukraine.", "2024-03-12");
        event(peer, "REQUEST", "pressured");
    }

    @Test
    void aRequestIsAddressedToTheParty() {
        Analysis a = analyze("Relatives of the kidnapped students appealed to the Ansaru militants to free them.", "2024-03-12");
        assertTrue(has(event(a, "REQUEST", "appealed").target(), "Ansaru"), a.events().toString());
        Analysis b = analyze("Sudan's foreign minister pleaded with Gulf governments for more fuel.", "2024-03-12");
        assertTrue(has(event(b, "REQUEST", "pleaded").target(), "Gulf governments"), b.events().toString());
        Analysis c = analyze("Armenian protesters called for Pashinyan to resign.", "2024-03-12");
        assertTrue(has(event(c, "REQUEST", "called").target(), "Pashinyan"), c.events().toString());
    }

    @Test
    void aWarningIsAddressedToTheParty() {
        Analysis a = analyze("Israel issued a warning to Hezbollah over the drone flights from Lebanon.", "2024-03-12");
        assertTrue(has(event(a, "THREATEN", "warning").target(), "HEZBOLLAH"), a.events().toString());
    }

    @Test
    void theThreatenedObjectIsKeptBeforeTheConditionsSubject() {
        Analysis a = analyze("Al Shabaab fighters threatened herders with execution if they paid taxes to the government.",
                "2024-03-12");
        assertTrue(has(event(a, "THREATEN", "threatened").target(), "herders"), a.events().toString());
    }

    @Test
    void aPartysAlliesAreNotThatParty() {
        Analysis a = analyze("Ukraine was urged by its allies to hold elections.", "2024-03-12");
        Event e = event(a, "REQUEST", "urged");
        assertTrue(has(e.target(), "UKR"), names(e.target()));
        assertTrue(!has(e.source(), "UKR"), names(e.source()));
    }

    @Test
    void talksRuledOutAreRefusedToTheirOtherParty() {
        Analysis a = analyze("The Ethiopian government ruled out talks with the Fano militia on Sunday.", "2024-03-12");
        assertTrue(has(event(a, "REJECT", "ruled").target(), "Fano"), a.events().toString());
        Analysis b = analyze("Burkina Faso's junta rejected negotiations with the JNIM jihadists.", "2024-03-12");
        assertTrue(has(event(b, "REJECT", "rejected").target(), "JNIM"), b.events().toString());
    }

    @Test
    void aRejectedCallIsRefusedToItsAuthor() {
        Analysis a = analyze("Netanyahu rejected Biden's call for a pause in the fighting.", "2024-03-12");
        assertTrue(has(event(a, "REJECT", "rejected").target(), "Biden"), a.events().toString());
    }

    @Test
    void speakingToALeaderIsAMeeting() {
        Analysis a = analyze("Colombian President Gustavo Petro spoke to Nicolas Maduro on Saturday about the border.", "2024-03-12");
        assertTrue(has(event(a, "CONSULT", "spoke").target(), "Maduro"), a.events().toString());
        Analysis b = analyze("The minister spoke to reporters in Kyiv on Saturday.", "2024-03-12");
        assertTrue(events(b, "CONSULT").isEmpty(), b.events().toString());
    }

    @Test
    void aCallReceivedIsFromTheOtherParty() {
        Analysis a = analyze("Qatar's emir received a phone call from Iranian President Masoud Pezeshkian on Monday.", "2024-03-12");
        assertTrue(has(event(a, "CONSULT", "call").target(), "Pezeshkian"), a.events().toString());
    }

    @Test
    void theTwoLeadersAreTheSidesOfTheLastMeeting() {
        Analysis a = analyze("Paul Kagame held talks with Felix Tshisekedi in Luanda on Tuesday. The two presidents "
                + "discussed the fighting in North Kivu.", "2024-03-12");
        Event e = event(a, "CONSULT", "discussed");
        assertTrue(has(e.source(), "Kagame") && has(e.source(), "Tshisekedi"), names(e.source()));
    }

    @Test
    void aStateAddressedAfterToIsAParty() {
        Analysis a = analyze("Iran issued a warning to Azerbaijan over the Israeli drone flights.", "2024-03-12");
        assertTrue(has(event(a, "THREATEN", "warning").target(), "AZE"), a.events().toString());
        Analysis b = analyze("Poland recalled its ambassador to Hungary for consultations.", "2024-03-12");
        assertTrue(has(event(b, "SANCTION", "recalled").target(), "HUN"), b.events().toString());
    }

    @Test
    void closingOrganisationsAndCuttingTheInternetAreCoercion() {
        assertTrue(event(analyze("Belarusian authorities closed 200 NGOs last year.", "2024-03-12"),
                "COERCE", "closed").mode().equals("restrict"));
        assertTrue(event(analyze("Ethiopian authorities cut internet access in Amhara on Friday.", "2024-03-12"),
                "COERCE", "cut").mode().equals("withhold"));
        assertTrue(event(analyze("The military government dissolved the Democratic Front on Monday.", "2024-03-12"),
                "COERCE", "dissolved").mode().equals("restrict"));
    }

    @Test
    void askingAPartyForSomethingIsARequest() {
        Analysis a = analyze("Mali's junta asked Russia for more attack helicopters.", "2024-03-12");
        assertTrue(has(event(a, "REQUEST", "asked").target(), "RUS"), a.events().toString());
        assertTrue(events(analyze("Reporters asked the spokesman for comment on Monday.", "2024-03-12"), "REQUEST").isEmpty());
    }

    @Test
    void anArmedGroupsLeaderIsTheGroupsNotTheFocusStates() {
        Analysis a = analyze("Israeli jets struck Beirut overnight. Hezbollah's leader threatened Israel with war.", "2024-03-12");
        Event e = event(a, "THREATEN", "threatened");
        assertTrue(has(e.source(), "HEZBOLLAH"), names(e.source()));
    }
}
