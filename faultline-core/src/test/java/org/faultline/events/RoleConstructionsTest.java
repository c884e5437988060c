package org.faultline.events;

import static org.faultline.TestPipeline.analyze;
import static org.faultline.TestPipeline.event;
import static org.faultline.TestPipeline.events;
import static org.faultline.TestPipeline.has;
import static org.faultline.TestPipeline.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.faultline.analysis.Analysis;
import org.faultline.analysis.Event;
import org.faultline.text.DataFiles;
import org.junit.jupiter.api.Test;

/**
 * The declarative constructions of events/constructions.tsv and the trigger flags: the data file loads,
 * bad lines fail with file and line, every flag has code that reads it, and each construction does what
 * its line says on sentences written for the test (not taken from the dev articles).
 */
class RoleConstructionsTest {

    private static Event only(Analysis a, String type) {
        List<Event> es = events(a, type);
        assertFalse(es.isEmpty(), "no " + type + " event in " + a.events());
        return es.get(0);
    }

    private static List<DataFiles.Line> lines(String... text) {
        List<DataFiles.Line> out = new java.util.ArrayList<>();
        for (int i = 0; i < text.length; i++) {
            out.add(new DataFiles.Line(i + 1, text[i]));
        }
        return out;
    }

    @Test
    void bundledConstructionsLoadWithUniqueNames() {
        List<Construction> all = Constructions.bundled().all();
        assertTrue(all.size() >= 10, "constructions: " + all.size());
        assertEquals(all.size(), all.stream().map(Construction::name).distinct().count(), "duplicate construction names");
    }

    @Test
    void badLinesFailAtLoadNamingTheLine() {
        String ok = "x\t*\t-\t-\t{lemma:attack}=trigger >nsubj {}=source";
        assertTrue(msg(ok, "y\t*\t-\tsideways\t{lemma:attack}=trigger").contains("t.tsv:2"));
        assertTrue(msg(ok, "y\t*\t-\tsideways\t{lemma:attack}=trigger").contains("sideways"));
        assertTrue(msg(ok, "y\tSMASH\t-\t-\t{lemma:attack}=trigger").contains("SMASH"));
        assertTrue(msg(ok, "y\t*\t-\t-\t{lemma:attack}=head").contains("head"));
        assertTrue(msg(ok, "y\t*\t-\t-\t{lemma:attack}=trigger >nsubj {}=victim").contains("victim"));
        assertTrue(msg(ok, "y\t*\t-\tcreates\t{lemma:attack}=trigger").contains("needs a type"));
        assertTrue(msg(ok, "y\t*\t-\techo\t{lemma:follow}=trigger").contains("echo"), "an echo must create");
        assertTrue(msg(ok, "y\t*\tASSAULT\tcreates,echo\t{lemma:follow}=trigger").contains("echo"),
                "an echo takes the type it repeats");
        assertTrue(msg(ok, "y\t*\t-\t-\t{lemma:attack}=target").contains("=trigger"));
        assertTrue(msg(ok, "y\t*\t-\t-\t{lemma:attack=trigger").contains("t.tsv:2"));
    }

    private static String msg(String... text) {
        return assertThrows(IllegalArgumentException.class, () -> Constructions.parse(lines(text), "t.tsv")).getMessage();
    }

    /** Every flag of both closed vocabularies is read somewhere in the production code, not only declared. */
    @Test
    void everyFlagHasCodeThatReadsIt() throws IOException {
        String code;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/faultline"))) {
            StringBuilder b = new StringBuilder();
            for (Path p : files.filter(p -> p.toString().endsWith(".java")
                    && !p.getFileName().toString().equals("TriggerFlag.java")
                    && !p.getFileName().toString().equals("Construction.java")).toList()) {
                b.append(Files.readString(p));
            }
            code = b.toString();
        }
        for (TriggerFlag f : TriggerFlag.values()) {
            assertTrue(code.contains("TriggerFlag." + f.name()), "no code reads trigger flag " + f.word());
        }
        for (Construction.Flag f : Construction.Flag.values()) {
            assertTrue(code.contains("Construction.Flag." + f.name()), "no code reads construction flag " + f.word());
        }
    }

    @Test
    void aPlaceThatFellToAGroupIsTakenByThatGroup() {
        Event e = only(analyze("The garrison town of Kidal fell to Tuareg rebels of the CSP on Tuesday.", "2023-11-16"),
                "ASSAULT");
        assertFalse(e.source().isEmpty(), "no source: " + e);
        assertTrue(e.target().isEmpty() || e.target().stream().noneMatch(t -> e.source().contains(t)), names(e.target()));
        assertTrue(e.place() != null && e.place().place().name().contains("Kidal"), String.valueOf(e.place()));
    }

    @Test
    void theVictimOfAnAttackIsNeverItsSource() {
        Event e = only(analyze("A Nigerian army convoy came under attack near Maiduguri on Sunday.", "2023-06-12"),
                "ASSAULT");
        assertTrue(e.source().isEmpty(), "the convoy is the victim: " + names(e.source()));
        assertTrue(has(e.target(), "NGA/MIL") || has(e.target(), "NGA"), names(e.target()));
    }

    @Test
    void takingANamedTownIsAnAssaultWithItsPlace() {
        Event e = only(analyze("Houthi fighters took Marib on Friday after weeks of fighting.", "2021-05-10"), "ASSAULT");
        assertTrue(has(e.source(), "HOUTHIS") || has(e.source(), "Houthi"), names(e.source()));
        assertTrue(e.place() != null && e.place().place().name().contains("Ma"), String.valueOf(e.place()));
    }

    @Test
    void seizingAPersonIsCoercionNotAnAssault() {
        Analysis a = analyze("Police seized Ousmane Diallo at his home in Bamako on Monday.", "2023-02-14");
        Event e = only(a, "COERCE");
        assertEquals("arrest", e.mode());
        assertTrue(events(a, "ASSAULT").isEmpty(), "no assault: " + a.events());
    }

    @Test
    void listingAsTerroristsIsASanction() {
        Event e = only(analyze("Washington on Monday added the Wagner Group to its list of terrorist organisations.",
                "2023-01-30"), "SANCTION");
        assertTrue(has(e.target(), "Wagner"), names(e.target()));
    }

    @Test
    void rulingOutIsARejection() {
        Event e = only(analyze("President Zelensky ruled out any territorial concessions to Russia.", "2023-05-02"),
                "REJECT");
        assertFalse(e.source().isEmpty(), "no source");
    }

    @Test
    void aRequestedActIsNotAnEvent() {
        Analysis a = analyze("The Security Council urged the RSF to withdraw from El Fasher.", "2024-06-14");
        assertTrue(events(a, "RETREAT").isEmpty(), "a withdrawal requested is not one made: " + a.events());
        assertFalse(events(a, "REQUEST").isEmpty(), "the request itself is an event: " + a.events());
    }

    @Test
    void talkingAboutATopicIsNoConsultationButTalkingWithAPartyIs() {
        Analysis a = analyze("The general told reporters: \"We talk about precision, but drones still kill civilians.\"",
                "2024-06-14");
        assertTrue(events(a, "CONSULT").isEmpty(), "talking about a topic is no meeting: " + a.events());
        Analysis b = analyze("Turkish officials talked with Kurdish leaders about the ceasefire on Monday.", "2024-06-14");
        assertFalse(events(b, "CONSULT").isEmpty(), "talking with a party is: " + b.events());
    }

    @Test
    void theOwnerOfWhatIsFrozenIsTheTargetUnlessItIsTheActor() {
        Event froze = event(analyze("Regional leaders ended all trade with Guinea on Sunday and froze its assets in the central"
                + " bank.", "2023-09-01"), "SANCTION", "froze");
        assertTrue(has(froze.target(), "Guinea"), "'its' is Guinea's: " + names(froze.target()));
        Event closed = event(analyze("Pakistan responded by closing its airspace to Indian airlines.", "2025-04-24"),
                "COERCE", "closing");
        assertTrue(has(closed.source(), "Pakistan"), names(closed.source()));
        assertFalse(has(closed.target(), "Pakistan"), "closing one's own airspace acts on no one by it: " + closed);
    }

    @Test
    void anActAgreedToIsNotYetAnEventButTheAgreementIs() {
        Analysis a = analyze("Both sides agreed on Friday to release all detainees before the end of the month.", "2024-06-14");
        assertTrue(events(a, "RETREAT").isEmpty(), "a release agreed to is not one made: " + a.events());
        assertFalse(events(a, "AGREE").isEmpty(), "the agreement is: " + a.events());
    }

    @Test
    void anOrderedActIsNoEventEvenWhenTheParseLosesTheOrder() {
        Analysis a = analyze("The minister had ordered the security and intelligence agencies on 4 June to release the"
                + " detainees immediately.", "2024-06-14");
        assertTrue(events(a, "RETREAT").isEmpty(), "a release ordered is not one made: " + a.events());
    }

    @Test
    void forcesDeployedNameWhoMobilisesNotWhom() {
        Event passive = event(analyze("Hundreds of Kenyan police officers were deployed to the capital on Monday.", "2024-03-10"),
                "MOBILIZE", "deployed");
        assertTrue(has(passive.source(), "Kenyan police"), "the police mobilise: " + names(passive.source()));
        assertTrue(passive.target().isEmpty(), "and are not mobilised against: " + names(passive.target()));
        Event reduced = event(analyze("Thousands of Ethiopian troops deployed to the border this week have dug in.",
                "2024-03-10"), "MOBILIZE", "deployed");
        assertTrue(has(reduced.source(), "Ethiopian troops"), names(reduced.source()));
    }

    @Test
    void suspendingADeploymentIsARetreat() {
        Event held = event(analyze("Ghana said on Friday it was putting the deployment of its troops to Mali on hold.",
                "2024-03-10"), "RETREAT", "putting");
        assertTrue(has(held.source(), "Ghana"), names(held.source()));
        assertFalse(events(analyze("Ghana suspended the deployment of its troops to Mali on Friday.", "2024-03-10"),
                "RETREAT").isEmpty(), "suspending a deployment");
    }

    @Test
    void flyingOrRushingTroopsInIsAMobilisation() {
        Event flew = event(analyze("On Saturday the French army flew paratroopers into the airport by helicopter.", "2024-03-10"),
                "MOBILIZE", "flew");
        assertTrue(has(flew.source(), "French army"), names(flew.source()));
        assertFalse(events(analyze("Kenya rushed police reinforcements to the border town on Friday.", "2024-03-10"),
                "MOBILIZE").isEmpty(), "rushing reinforcements");
    }

    @Test
    void thoseDoingSomethingIsADescriptionNotAnAct() {
        Analysis a = analyze("What matters for all those fighting the Taliban is who will govern the valley.", "2024-03-10");
        assertTrue(events(a, "ASSAULT").isEmpty(), "'those fighting' describes people: " + a.events());
    }

    @Test
    void anActPreparedForOrPreventedIsNoEvent() {
        Analysis a = analyze("Government forces are shelling rebel positions in the hills, in preparation for taking the"
                + " provincial capital.", "2024-03-10");
        assertEquals(1, events(a, "ASSAULT").size(), "only the shelling happened: " + a.events());
        Analysis b = analyze("The army closed the border crossing to stop the rebels moving weapons into the country.",
                "2024-03-10");
        assertTrue(events(b, "MOBILIZE").isEmpty(), "the movement was prevented: " + b.events());
    }

    @Test
    void anAllianceThatActsAndAnAgreementThatCollapsesAreNoNewPacts() {
        Analysis a = analyze("The rebel alliance, led by a former army officer, launched its offensive from Idlib on Monday.",
                "2024-03-10");
        assertTrue(events(a, "COOPERATE").isEmpty(), "the alliance is a party here: " + a.events());
        Analysis b = analyze("The minister said the 2015 border agreement with Sudan had collapsed.", "2024-03-10");
        assertTrue(events(b, "AGREE").isEmpty(), "a collapse is no agreement: " + b.events());
    }

    @Test
    void insistingOnAFactOrANameIsNoRequest() {
        Analysis a = analyze("A retired general insisted on television the same day that a ransom had been paid.",
                "2024-03-10");
        assertTrue(events(a, "REQUEST").isEmpty(), "insisting a thing happened is a claim: " + a.events());
        Analysis b = analyze("The ministry, which insists the gunmen be called terrorists rather than bandits, said the"
                + " hostages were safe.", "2024-03-10");
        assertTrue(events(b, "REQUEST").stream().noneMatch(e -> e.trigger().of(b.article().text()).equals("called")),
                "being called a name is no request: " + b.events());
    }

    @Test
    void rescuedCaptivesNamedByAPronounAreReleased() {
        Event e = event(analyze("Gunmen seized 15 pupils in Sokoto on Saturday; they were rescued by troops on Thursday.",
                "2024-03-10"), "RETREAT", "rescued");
        assertTrue(has(e.source(), "troops"), names(e.source()));
    }

    @Test
    void aRightDeniedAndASymbolBurnedAreNoRejectionOrAttack() {
        Analysis a = analyze("Lawyers said the activist was held for a month and was denied access to a lawyer.", "2024-03-10");
        assertTrue(events(a, "REJECT").isEmpty(), "a right denied is no refusal of a proposal: " + a.events());
        Analysis b = analyze("Rallies spread to a dozen cities on Friday, with students burning portraits of the president.",
                "2024-03-10");
        assertTrue(events(b, "ASSAULT").isEmpty(), "burning a portrait is part of the protest: " + b.events());
    }

    @Test
    void aPurposeIsNoEvent() {
        Analysis a = analyze("Chad keeps about 1,200 troops in the region to fight jihadist groups.", "2024-03-10");
        assertTrue(events(a, "ASSAULT").isEmpty(), "fighting is the purpose of the troops: " + a.events());
    }

    @Test
    void anActSomeoneSeeksOrPlansIsNoEvent() {
        Analysis a = analyze("The junta accused Paris of seeking to intervene militarily to free the detained president.",
                "2024-03-10");
        assertTrue(events(a, "RETREAT").isEmpty(), "a release sought is not one made: " + a.events());
        Analysis b = analyze("Officials said the rebels plan to attack the airport next week.", "2024-03-10");
        assertTrue(events(b, "ASSAULT").isEmpty(), "a planned attack is no attack yet: " + b.events());
    }

    @Test
    void aForceFromABlocServesTheBloc() {
        Event e = event(analyze("A regional force from the East African Community, approved by the bloc's leaders at a summit"
                + " in Nairobi, began deploying in Goma on 12 November.", "2024-03-10"), "MOBILIZE", "deploying");
        assertTrue(has(e.source(), "EAC") || has(e.source(), "East African Community"), names(e.source()));
    }

    @Test
    void aListingSurvivesARelativeClauseBeforeTheList() {
        Event e = event(analyze("EU ministers added 12 officials and the state news agency IRNA, which they said had spread"
                + " false reports, to the bloc's sanctions list.", "2024-03-10"), "SANCTION", "added");
        assertTrue(has(e.target(), "officials") || has(e.target(), "IRNA"), names(e.target()));
    }

    @Test
    void aNegatedNounIsNoEvent() {
        Analysis a = analyze("Residents of Kharkiv said there was no warning before the blast.", "2024-05-26");
        assertTrue(events(a, "THREATEN").isEmpty(), "'no warning' is no threat: " + a.events());
    }

    @Test
    void aSentenceWithoutFinalPunctuationIsAnalysed() {
        Analysis a = analyze("On 3 March 2023, Al Shabaab militants attacked a military base in Bulo Marer, killing 5 soldiers",
                "2023-03-07");
        Event e = only(a, "ASSAULT");
        assertTrue(has(e.source(), "AL_SHABAAB") || has(e.source(), "Shabaab"), names(e.source()));
    }

    @Test
    void theWeaponNamedInTheClauseSetsTheMode() {
        assertEquals("aerial", only(analyze("Russian jets bombed the market in Idlib on Monday.", "2020-01-14"),
                "ASSAULT").mode());
        assertEquals("drone", only(analyze("A Turkish drone struck a car carrying PKK commanders near Sinjar.",
                "2022-08-20"), "ASSAULT").mode());
        assertEquals("explosives", only(analyze("Two soldiers were killed when militants attacked their patrol with a roadside bomb near Gao.",
                "2022-03-03"), "ASSAULT").mode());
        assertEquals("primitive", only(analyze("Herders attacked the villagers with machetes in Plateau state.",
                "2023-05-17"), "ASSAULT").mode());
    }

    private static java.util.Set<String> counts(Analysis a) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        a.counts().forEach(c -> out.add(c.type() + "=" + c.number()));
        return out;
    }

    @Test
    void casualtyFiguresInTheirCommonForms() {
        java.util.Set<String> c = counts(analyze("Health officials said 14 people were killed and 3,551 wounded in the clashes.",
                "2023-04-20"));
        assertTrue(c.contains("killed=14") && c.contains("wounded=3551"), c.toString());
        c = counts(analyze("The monitor said at least 310 people, including 42 children, had been killed since March.",
                "2023-06-01"));
        assertTrue(c.contains("killed=310") && c.contains("killed=42"), c.toString());
        c = counts(analyze("The agency puts the number of people displaced by the fighting at more than 48,000.",
                "2023-06-01"));
        assertTrue(c.contains("displaced=48000"), c.toString());
    }

    @Test
    void anAgentNamedUnderAParticipleActs() {
        Event e = only(analyze("Fighters led by the Wagner Group attacked the village of Moura on Sunday.", "2022-04-05"),
                "ASSAULT");
        assertTrue(has(e.source(), "Wagner"), names(e.source()));
        Event backed = only(analyze("Militias backed by Iran attacked a US base near Erbil on Monday.", "2024-01-23"),
                "ASSAULT");
        assertFalse(has(backed.source(), "IRN"), "backing is a relation, not the attack: " + names(backed.source()));
    }

    @Test
    void aDemandIsAimedAtWhoeverMustAct() {
        Event e = only(analyze("The African Union demanded that the RSF lift the siege of El Fasher.", "2024-06-14"),
                "REQUEST");
        assertTrue(has(e.target(), "RSF"), names(e.target()));
    }

    @Test
    void aCondemnationIsAimedAtWhoeverDidTheAct() {
        Analysis a = analyze("Russian missiles struck Kyiv on Monday. Germany condemned the strikes.", "2024-07-09");
        Event e = only(a, "ACCUSE");
        assertTrue(has(e.target(), "RUS"), names(e.target()));
    }

    @Test
    void aDeniedActIsNotAnEvent() {
        Analysis a = analyze("Rwanda denies supplying the M23 rebels with weapons.", "2023-02-01");
        assertTrue(events(a, "AID").isEmpty(), "a denial is no supply: " + a.events());
    }

    @Test
    void marchingCaptivesIsNoProtest() {
        Analysis a = analyze("The kidnappers marched the hostages into the forest near Kaduna.", "2024-03-08");
        assertTrue(events(a, "PROTEST").isEmpty(), "transitive march: " + a.events());
    }

    @Test
    void aConditionIsNotARefusal() {
        Analysis a = analyze("The gang leader warned of war if the president did not resign by Friday.", "2024-03-06");
        assertTrue(events(a, "REJECT").isEmpty(), "'if ... did not resign' refuses nothing: " + a.events());
    }

    @Test
    void temporalAnaphoraTakesTheDayOfTheEventToldBefore() {
        Analysis a = analyze("Militants attacked an army post near Diffa on 12 March. Soldiers arrested four suspects "
                + "the next day. Two days later, gunmen ambushed a convoy near Bosso.", "2024-03-20");
        assertEquals("2024-03-13", only(a, "COERCE").date().value());
        List<Event> assaults = events(a, "ASSAULT");
        assertEquals("2024-03-15", assaults.get(assaults.size() - 1).date().value(), a.events().toString());
    }

    @Test
    void aDozenCountsTwelve() {
        java.util.Set<String> c = counts(analyze("Gunmen killed a dozen villagers in Zamfara on Sunday.", "2024-01-08"));
        assertTrue(c.contains("killed=12"), c.toString());
    }

    @Test
    void numberWordsReadDashesAndScales() {
        assertEquals(null, org.faultline.text.NumberWords.parse("-", null));
        assertEquals(null, org.faultline.text.NumberWords.parse("\u2013", null));
        assertEquals(21L, org.faultline.text.NumberWords.parse("twenty-one", null));
        assertEquals(24L, org.faultline.text.NumberWords.parse("two", "dozen"));
        assertEquals(1_500_000L, org.faultline.text.NumberWords.parse("1.5", "million"));
    }

    @Test
    void aHangingIsAnExecution() {
        Event e = only(analyze("Iran hanged a protester in Isfahan on Monday.", "2023-05-22"), "ASSAULT");
        assertEquals("execute", e.mode());
        Event passive = only(analyze("Two men were hanged in Shiraz on Thursday.", "2023-05-26"), "ASSAULT");
        assertEquals("execute", passive.mode());
    }

    @Test
    void protestsThatEruptInANamedPlaceAreEvents() {
        Analysis a = analyze("Protests erupted in Sanandaj on Saturday.", "2022-09-26");
        Event e = only(a, "PROTEST");
        assertTrue(e.place() != null && e.place().place().name().contains("Sanandaj"), String.valueOf(e.place()));
    }

    @Test
    void removingFromATerrorListIsAConcession() {
        Event e = only(analyze("Washington removed the Houthis from its list of terrorist groups in 2021.", "2024-01-18"),
                "CONCEDE");
        assertTrue(has(e.target(), "HOUTHIS") || has(e.target(), "Houthi"), names(e.target()));
    }

    @Test
    void aVowThatAnEnemyWillPayAPriceIsAThreat() {
        Event e = only(analyze("The Houthis vowed that Britain would pay a heavy price.", "2024-01-13"), "THREATEN");
        assertTrue(has(e.target(), "GBR"), names(e.target()));
    }

    @Test
    void abductionAndDisplacementCountsNeedPeopleAndHomes() {
        java.util.Set<String> c = counts(analyze("Gunmen seized 23 students and 4 trucks near Gusau on Friday.", "2024-02-12"));
        assertTrue(c.contains("abducted=23") && !c.contains("abducted=4"), c.toString());
        c = counts(analyze("About 9,000 people were driven from their homes in Kivu last week.", "2024-02-12"));
        assertTrue(c.contains("displaced=9000"), c.toString());
    }

    @Test
    void anExplosionReportedWithItsPlaceIsAnEvent() {
        Analysis a = analyze("There was an explosion in the central market of Kabul on Friday.", "2019-05-25");
        assertEquals("explosives", only(a, "ASSAULT").mode());
        Analysis b = analyze("The explosion targeted a bakery on a busy street in Lyon.", "2019-05-25");
        assertFalse(events(b, "ASSAULT").isEmpty(), b.events().toString());
        Analysis c = analyze("There was an explosion, he said.", "2019-05-25");
        assertTrue(events(c, "ASSAULT").isEmpty(), "no place, no date, no party: " + c.events());
    }

    @Test
    void aCapitalsNameInsideALongerPlaceNameIsNoActor() {
        Analysis a = analyze("Rwandan troops recaptured the port town of Mocimboa da Praia on Sunday.", "2021-08-09");
        assertTrue(a.actors().stream().noneMatch(x -> "CPV".equals(x.country())), a.actors().toString());
    }

    @Test
    void callingSomeoneANameIsNoRequest() {
        Analysis a = analyze("The army insists the kidnappers be called terrorists rather than bandits.", "2024-03-25");
        assertTrue(events(a, "REQUEST").isEmpty(), a.events().toString());
        Analysis b = analyze("The African Union called on both sides to halt the fighting.", "2024-03-25");
        assertFalse(events(b, "REQUEST").isEmpty(), b.events().toString());
    }

    @Test
    void aPronounOpeningASentenceContinuesTheSubject() {
        Analysis a = analyze("The RSF drove the army out of Wad Madani on Monday. They shelled El Obeid on Tuesday.",
                "2023-12-20");
        List<Event> assaults = events(a, "ASSAULT");
        Event shelling = assaults.get(assaults.size() - 1);
        assertTrue(has(shelling.source(), "RSF"), names(shelling.source()));
    }

    @Test
    void whoIsFoundGuiltyIsTheTargetAndTheActsAreTheirs() {
        Analysis a = analyze("A military court in Kinshasa found Colonel Mutombo guilty of ordering the shelling of a"
                + " market and torturing prisoners.", "2024-03-14");
        Event verdict = only(a, "SANCTION");
        assertTrue(has(verdict.target(), "Mutombo"), names(verdict.target()));
        assertTrue(events(a, "ASSAULT").stream().allMatch(e -> has(e.source(), "Mutombo") && !has(e.source(), "court")),
                "the acts, conjoined too, are the convicted man's, not the court's: " + events(a, "ASSAULT"));
    }

    @Test
    void whoIsArrestedForAnActIsItsAuthorNotThePolice() {
        Analysis a = analyze("Police in Mombasa arrested four al-Shabaab members for attacking a checkpoint.",
                "2024-03-14");
        Event attack = event(a, "ASSAULT", "attacking");
        assertFalse(has(attack.source(), "Police") || has(attack.source(), "police"), names(attack.source()));
        assertTrue(has(attack.source(), "AL_SHABAAB"), names(attack.source()));
    }

    @Test
    void whoIsCalledOnToActIsTheRequestsTarget() {
        Event upon = only(analyze("The Kenyan foreign minister called upon Ethiopia to withdraw its troops from the border.",
                "2024-03-14"), "REQUEST");
        assertTrue(has(upon.target(), "Ethiopia"), names(upon.target()));
        Event forClause = only(analyze("Britain called for Iran to free the detained sailors.", "2024-03-14"), "REQUEST");
        assertTrue(has(forClause.target(), "Iran"), names(forClause.target()));
        Event dated = only(analyze("Mali's prime minister called on France on Wednesday to withdraw its troops.", "2024-03-14"),
                "REQUEST");
        assertTrue(has(dated.target(), "France"), "a day is no addressee: " + names(dated.target()));
        Event resignation = only(analyze("Opposition leaders called for Maduro's resignation.", "2024-03-14"), "REQUEST");
        assertTrue(has(resignation.target(), "Maduro"), names(resignation.target()));
    }

    @Test
    void callingSomeoneInOrOffOrOnThePhoneIsNoRequest() {
        assertTrue(events(analyze("Her boss called her in for a talk last week.", "2024-03-14"), "REQUEST").isEmpty());
        assertTrue(events(analyze("Kenya called off the deployment of its police to Haiti.", "2024-03-14"), "REQUEST").isEmpty());
        assertTrue(events(analyze("The commander called his officers after midnight.", "2024-03-14"), "REQUEST").isEmpty());
        assertFalse(events(analyze("The UN called on Russia to withdraw its troops.", "2024-03-14"), "REQUEST").isEmpty());
    }

    @Test
    void weaponsMadeFoundOrTradedAreNoAttack() {
        assertTrue(events(analyze("Police found two car bombs in a garage in Kirkuk on Monday.", "2024-03-14"), "ASSAULT").isEmpty());
        assertTrue(events(analyze("The cell had been building suicide vests in a flat in Mosul.", "2024-03-14"), "ASSAULT").isEmpty());
        assertFalse(events(analyze("Insurgents planted roadside bombs along the highway near Kandahar.", "2024-03-14"),
                "ASSAULT").isEmpty(), "planting is laying the attack");
    }
}
