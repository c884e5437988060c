package org.faultline.events;

import static org.faultline.TestPipeline.analyze;
import static org.faultline.TestPipeline.event;
import static org.faultline.TestPipeline.events;
import static org.faultline.TestPipeline.has;
import static org.faultline.TestPipeline.names;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.faultline.analysis.Analysis;
import org.faultline.analysis.Actor;
import org.faultline.analysis.Event;
import org.junit.jupiter.api.Test;

/**
 * Parties named by common nouns and descriptions rather than names ("government opponents", "their
 * employers", "thugs known as the Black Hand"), the clauses that name them, and words that look like acts
 * but are not ("a 24-hour strike", "pleaded not guilty", "a travel warning"). Sentences written for the test.
 */
class DescribedAgentsTest {

    @Test
    void opponentsOfTheGovernmentAreAParty() {
        Event e = event(analyze("Government opponents urged voters to stay at home on Sunday.", "2024-03-10"),
                "REQUEST", "urged");
        assertTrue(has(e.source(), "opponents"), names(e.source()));
    }

    @Test
    void theAgentOfAGivenUltimatumIsTheByPhrase() {
        Event e = event(analyze("Hundreds of bus drivers were given an ultimatum by their employers on Friday.",
                "2024-03-10"), "THREATEN", "ultimatum");
        assertTrue(has(e.source(), "employers"), names(e.source()));
        assertFalse(has(e.source(), "drivers"), names(e.source()));
    }

    @Test
    void aPossessivePronounInTheThreatIsNotItsTarget() {
        Event e = event(analyze("Local officials have threatened to cut off their water supplies.", "2024-03-10"),
                "THREATEN", "threatened");
        assertTrue(has(e.source(), "officials"), names(e.source()));
        assertFalse(has(e.target(), "officials"), names(e.target()));
    }

    @Test
    void theVictimsOfAParticipleListDoNotActAndAnAsideKeepsTheSubject() {
        Analysis a = analyze("Armed thugs \u2014 known as the Black Hand \u2014 patrol the market, waving knives,"
                + " threatening traders and shoppers, beating opposition politicians.", "2024-03-10");
        Event e = event(a, "ASSAULT", "beating");
        assertTrue(has(e.source(), "thugs") || has(e.source(), "Black Hand"), names(e.source()));
        assertFalse(has(e.source(), "traders") || has(e.source(), "shoppers"), names(e.source()));
        Actor thugs = a.actors().stream().filter(x -> x.id().equals(e.source().get(0).id())).findFirst().orElseThrow();
        assertTrue(thugs.aliases().contains("Black Hand") || thugs.aliases().contains("the Black Hand"),
                "the name given after 'known as' is the same party: " + thugs);
    }

    @Test
    void aStrikeOfHoursIsALabourStrike() {
        Analysis a = analyze("Dock workers began a 24-hour strike in Antwerp on Monday.", "2024-03-10");
        assertTrue(events(a, "ASSAULT").isEmpty(), "no attack: " + a.events());
        assertFalse(events(a, "PROTEST").isEmpty(), "a labour strike: " + a.events());
    }

    @Test
    void wordsThatLookLikeActsButAreNot() {
        assertTrue(events(analyze("After an opposition-called rally, police detained 30 people in Dhaka.", "2024-03-10"),
                "REQUEST").isEmpty(), "a rally the opposition called is no request");
        assertTrue(events(analyze("The suspect pleaded not guilty to the charges in a Nairobi court on Monday.",
                "2024-03-10"), "REQUEST").isEmpty(), "a plea in court is no request");
        assertTrue(events(analyze("The embassy issued a travel warning for northern Mali on Monday.", "2024-03-10"),
                "THREATEN").isEmpty(), "a travel warning is no threat");
        assertTrue(events(analyze("\"Nothing here,\" said the judge, consulting court documents in Lagos.", "2024-03-10"),
                "CONSULT").isEmpty(), "reading documents is no meeting");
        assertTrue(events(analyze("The officer consulted the records before the hearing in Lagos.", "2024-03-10"),
                "CONSULT").isEmpty(), "reading records is no meeting");
    }

    @Test
    void alertingThePoliceAndAimsAreNotActs() {
        assertTrue(events(analyze("Neighbours warned the police about the man's threats months before the shooting.",
                "2024-03-10"), "THREATEN").isEmpty(), "telling the police is no threat");
        Analysis a = analyze("Two militants tried to bury a mine on the road near Kandahar on Friday to target army"
                + " patrols.", "2024-03-10");
        assertTrue(a.events().stream().noneMatch(e -> a.article().text().substring(e.trigger().start(), e.trigger().end())
                        .contains("target")),
                "the aim of an act is no act of its own: " + a.events());
    }

    @Test
    void orderingAnEvacuationIsARequest() {
        Event e = event(analyze("The French foreign ministry ordered the evacuation of its staff from Niamey on"
                + " Tuesday.", "2024-03-10"), "REQUEST", "ordered");
        assertTrue(has(e.source(), "FRA") || has(e.source(), "foreign ministry"), names(e.source()));
    }
}
