package org.faultline.events;

import static org.faultline.TestPipeline.analyze;
import static org.faultline.TestPipeline.event;
import static org.faultline.TestPipeline.has;
import static org.faultline.TestPipeline.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.faultline.analysis.Analysis;
import org.faultline.analysis.Event;
import org.junit.jupiter.api.Test;

/**
 * Parties a phrase names together or through another clause: coordinated nationalities sharing one noun,
 * "between X and Y", a fronted passive participle's "by" phrase, and the holder named in a relative clause.
 * Sentences written for the test, not taken from the dev articles.
 */
class SharedPartiesTest {

    @Test
    void coordinatedNationalitiesShareTheirNoun() {
        Analysis a = analyze("Chadian and Nigerien soldiers stormed a militant camp near Diffa on Tuesday.", "2023-05-04");
        Event e = event(a, "ASSAULT", "stormed");
        assertTrue(has(e.source(), "TCD/MIL") || has(e.source(), "Chadian"), "Chadian soldiers: " + names(e.source()));
        assertTrue(has(e.source(), "NER/MIL") || has(e.source(), "Nigerien soldiers"), names(e.source()));
        assertTrue(e.source().stream().allMatch(r -> r.id().endsWith("/MIL")),
                "both are the states' soldiers, not their governments: " + names(e.source()));
    }

    @Test
    void aNameBeforeACoordinatedNationalityTakesTheNounToo() {
        Analysis a = analyze("US and British warplanes bombed radar sites near Hodeidah on Friday.", "2024-01-15");
        Event e = event(a, "ASSAULT", "bombed");
        assertTrue(has(e.source(), "USA/MIL"), "US warplanes: " + names(e.source()));
        assertTrue(has(e.source(), "GBR/MIL"), names(e.source()));
    }

    @Test
    void aNationalityAloneIsNotCoordinatedWithTheNextWord() {
        Analysis a = analyze("Turkish officials met Kurdish fighters and said the talks went well.", "2023-05-04");
        assertFalse(a.actors().stream().anyMatch(x -> x.id().equals("TUR/MIL")),
                "'Turkish officials' shares no military noun: " + a.actors());
    }

    @Test
    void theNounsBetweenPhraseNamesBothSides() {
        Analysis a = analyze("A truce between Armenia and Azerbaijan took effect at noon on Saturday.", "2020-10-12");
        Event e = event(a, "AGREE", "truce");
        assertTrue(has(e.source(), "Armenia") && has(e.source(), "Azerbaijan"), "both agreed: " + names(e.source()));

        Analysis b = analyze("Clashes between Sudan's army and the Rapid Support Forces killed 56 people in Khartoum.",
                "2023-04-16");
        Event c = event(b, "ASSAULT", "Clashes");
        assertFalse(c.source().isEmpty(), "the clashing sides are named: " + c);
        assertFalse(c.target().isEmpty(), "one side acts on the other: " + c);
    }

    @Test
    void aFrontedParticipleTakesItsByPhraseAsSource() {
        Analysis a = analyze("Brokered by Qatar and Egypt, the truce took effect on Friday.", "2023-11-24");
        Event e = event(a, "CONSULT", "Brokered");
        assertTrue(has(e.source(), "Qatar") && has(e.source(), "Egypt"), names(e.source()));
    }

    @Test
    void aPlaceHeldByAPartyMakesThatPartyTheTargetAndStaysThePlace() {
        Analysis a = analyze("Malian troops recaptured the town of Kidal, which Tuareg rebels had held since 2012.",
                "2023-11-15");
        Event e = event(a, "ASSAULT", "recaptured");
        assertTrue(has(e.target(), "Tuareg rebels") || has(e.target(), "rebels"), "the holder loses it: " + names(e.target()));
        assertNotNull(e.place(), "the town is still where it happened: " + e);
        assertEquals("Kidal", e.place().place().name());
        assertEquals("object", e.place().basis(), "the town is the object taken: " + e.place());
    }

    @Test
    void aBodyThatSetUpWhatIsRefusedIsTheTarget() {
        Analysis a = analyze("Myanmar's junta has refused to cooperate with an inquiry that the United Nations "
                + "Security Council set up last year.", "2023-05-04");
        Event e = event(a, "REJECT", "refused");
        assertTrue(has(e.target(), "UNSC") || has(e.target(), "United Nations Security Council")
                || has(e.target(), "UN"), names(e.target()));
    }

    @Test
    void aProtestWithoutProtestersIsTheCrowdsNotOnePersons() {
        Analysis a = analyze("Thousands of protesters rallied in Tehran in September. On Monday Iran hanged a second"
                + " protester. Protests erupted again in Saqqez on Tuesday.", "2022-12-13");
        Event e = a.events().stream().filter(x -> x.type().equals("PROTEST")
                && x.trigger().of(a.article().text()).equals("Protests")).findFirst().orElseThrow();
        assertTrue(e.source().stream().allMatch(r -> r.text().contains("protesters")),
                "the hanged protester did not march: " + e.source());
    }

    @Test
    void eachSideAccusingTheOtherSetsThePartiesToldBeforeAgainstEachOther() {
        Analysis a = analyze("Kyrgyz and Tajik border guards exchanged fire near Batken on Monday. Each side accused the"
                + " other of starting the clashes.", "2024-03-14");
        Event e = event(a, "ACCUSE", "accused");
        assertEquals(1, e.source().size(), names(e.source()));
        assertEquals(1, e.target().size(), names(e.target()));
        assertTrue(has(e.source(), "Kyrgyz") && has(e.target(), "Tajik") || has(e.source(), "Tajik") && has(e.target(), "Kyrgyz"),
                names(e.source()) + " -> " + names(e.target()));
        Analysis agreed = analyze("Kyrgyz and Tajik border guards exchanged fire near Batken on Monday. Both sides agreed"
                + " to a ceasefire on Tuesday.", "2024-03-14");
        Event truce = event(agreed, "AGREE", "agreed");
        assertTrue(has(truce.source(), "Kyrgyz") && has(truce.source(), "Tajik"), names(truce.source()));
        Analysis alone = analyze("Each side accused the other of starting the war.", "2024-03-14");
        assertTrue(alone.events().isEmpty(), "no parties told before: " + alone.events());
    }

    @Test
    void delegatesFromAPartyServeThatPartyNotTheHost() {
        Event eu = event(analyze("Envoys from the EU met Serbian leaders in Belgrade on Monday.", "2024-03-14"), "CONSULT", "met");
        assertTrue(has(eu.source(), "EU"), names(eu.source()));
        assertFalse(eu.source().stream().anyMatch(r -> r.id().startsWith("SRB")), "not the host's: " + names(eu.source()));
        Event istanbul = event(analyze("Officials from Russia and Ukraine met in Istanbul on Tuesday.", "2024-03-14"), "CONSULT",
                "met");
        assertFalse(istanbul.source().stream().anyMatch(r -> r.id().startsWith("TUR")), names(istanbul.source()));
    }
}
