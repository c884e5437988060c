package org.faultline.relations;

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
        assertRelation("Militias aligned with the Government of National Accord advanced on Sirte.", "ALLIED",
                "Militias", "GNA_LIBYA");
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
}
