package org.faultline.events;

import static org.faultline.TestPipeline.analyze;
import static org.faultline.TestPipeline.event;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.faultline.analysis.Analysis;
import org.faultline.analysis.Event;
import org.junit.jupiter.api.Test;

/**
 * The attributes of an event told anywhere in its sentence: the mode from the weapon its clause (or the act
 * it results from) names, casualty figures in the forms reports use, and dates carried by temporal anaphora.
 * Sentences written for the test; published on Thursday 14 March 2024.
 */
class EventAttributesTest {
    private static final String PUBLISHED = "2024-03-14";

    @Test
    void theMeansOfTheMainActModeTheKillingItCaused() {
        Event e = event(analyze("Riot police used live ammunition against striking miners in Potosi, killing three.",
                PUBLISHED), "ASSAULT", "killing");
        assertEquals("firearms", e.mode());
    }

    @Test
    void glideBombsAreAerialAndHeavyWeaponsAreHeavy() {
        assertEquals("aerial", event(analyze("Russian forces pounded Kupiansk with glide bombs on Tuesday.", PUBLISHED),
                "ASSAULT", "pounded").mode());
        assertEquals("heavy-weapons", event(analyze("The rebels attacked the garrison at Kalehe with heavy weapons.",
                PUBLISHED), "ASSAULT", "attacked").mode());
    }

    /** True when the analysis counts {@code number} of {@code type}. */
    private static boolean counts(Analysis a, String type, long number) {
        return a.counts().stream().anyMatch(c -> c.type().equals(type) && c.number() == number);
    }

    @Test
    void figuresTheTokenizerSplitsAreReadWhole() {
        Analysis a = analyze("Nearly 2.3 million people have fled the fighting in Darfur, aid agencies said.", PUBLISHED);
        assertTrue(counts(a, "displaced", 2_300_000), a.counts().toString());
        a = analyze("Three dozen villagers were killed in the raid on Mbau, and thirty-four were wounded.", PUBLISHED);
        assertTrue(counts(a, "killed", 36), a.counts().toString());
        assertTrue(counts(a, "wounded", 34), a.counts().toString());
    }

    @Test
    void aRangeCountsItsUpperFigureAndAVagueScaleNone() {
        Analysis a = analyze("The shelling killed between 30 and 45 people in Kherson, officials said.", PUBLISHED);
        assertTrue(counts(a, "killed", 45), a.counts().toString());
        a = analyze("Several hundred people were arrested after the protests in Yerevan.", PUBLISHED);
        assertTrue(a.counts().stream().noneMatch(c -> c.type().equals("detained")), a.counts().toString());
    }

    @Test
    void aFigureTheParseTookFromTheVerbStillCounts() {
        Analysis a = analyze("The ambush killed 23 policemen, including four officers, the interior ministry said.",
                PUBLISHED);
        assertTrue(counts(a, "killed", 23), a.counts().toString());
        assertTrue(counts(a, "killed", 4), a.counts().toString());
    }

    @Test
    void aDeathTollAndPeopleGoneMissingAreCounts() {
        Analysis a = analyze("The death toll from Sunday's bombing of the market in Gao has climbed to 57.", PUBLISHED);
        assertTrue(counts(a, "killed", 57), a.counts().toString());
        a = analyze("Four fishermen went missing after the navy fired on their boat.", PUBLISHED);
        assertTrue(counts(a, "missing", 4), a.counts().toString());
    }

    @Test
    void aPhraseCountsFromTheDayOfAnEarlierClause() {
        Analysis a = analyze("Police arrested an opposition leader in Harare on Sunday, and his supporters clashed with"
                + " police the following day.", PUBLISHED);
        assertEquals("2024-03-10", event(a, "COERCE", "arrested").date().value());
        assertEquals("2024-03-11", event(a, "PROTEST", "clashed").date().value());
    }

    @Test
    void weeksLaterCountFromTheDayToldBefore() {
        Analysis a = analyze("Insurgents overran an army base in Mocimboa da Praia on February 20. A week later,"
                + " insurgents beheaded four villagers near the town.", PUBLISHED);
        assertEquals("2024-02-27", event(a, "ASSAULT", "beheaded").date().value());
    }

    @Test
    void theDayTheSentenceNamesWinsOverAPartOfTheDay() {
        Analysis a = analyze("Soldiers raided a mosque in Beledweyne before dawn on Tuesday, arresting six men.",
                PUBLISHED);
        assertEquals("2024-03-12", event(a, "ASSAULT", "raided").date().value());
    }

    @Test
    void aPhraseInTheClauseDatesItsActOverAYearInAName() {
        Analysis a = analyze("Gunmen attacked a convoy in Kashmir on 2 March. The next day India withdrew from the"
                + " 2019 border agreement with Pakistan.", PUBLISHED);
        assertEquals("2024-03-03", event(a, "SANCTION", "withdrew").date().value());
    }

    @Test
    void everyWeaponOfAListIsNamed() {
        Event e = event(analyze("JNIM fighters attacked the gendarmerie in Djibo with rifles and car bombs on Sunday.",
                PUBLISHED), "ASSAULT", "attacked");
        assertEquals("explosives", e.mode());
    }

    @Test
    void killingsToldByTheirMannerAndPeopleMadeToFleeAreCounts() {
        Analysis a = analyze("A mob beat to death three men accused of theft in Kisumu on Monday.", PUBLISHED);
        assertTrue(counts(a, "killed", 3), a.counts().toString());
        a = analyze("The offensive has forced about 45,000 villagers to flee their homes in Cabo Delgado.", PUBLISHED);
        assertTrue(counts(a, "displaced", 45_000), a.counts().toString());
        a = analyze("Eight crew members were reported missing after the tanker was hit in the Gulf of Aden.",
                PUBLISHED);
        assertTrue(counts(a, "missing", 8), a.counts().toString());
    }

    @Test
    void eachFigureOfAListOfVictimsCounts() {
        Analysis a = analyze("Army officials say the rebel offensive killed 19 civilians and at least 52 soldiers.",
                PUBLISHED);
        assertTrue(counts(a, "killed", 19), a.counts().toString());
        assertTrue(counts(a, "killed", 52), a.counts().toString());
    }

    @Test
    void aYearInARelativeClauseTheParseLeftLooseDatesOnlyThatClause() {
        Analysis a = analyze("Ndayishimiye, who was elected in 2020, was detained by members of his own guard on"
                + " 14 February.", PUBLISHED);
        assertEquals("2024-02-14", event(a, "COERCE", "detained").date().value());
    }

    @Test
    void aDayInsideAnUnvaluedExpressionStillDates() {
        Analysis a = analyze("In the early hours of 4 March, gunmen seized 12 farmers in Tsafe; they were freed by"
                + " troops on Friday, police said.", PUBLISHED);
        assertEquals("2024-03-04", event(a, "ASSAULT", "seized").date().value());
    }
}
