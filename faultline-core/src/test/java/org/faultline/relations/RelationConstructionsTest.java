package org.faultline.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.faultline.analysis.ActorRef;
import org.faultline.lexicon.Lexicon;
import org.faultline.text.DataFiles;
import org.junit.jupiter.api.Test;

/**
 * The relation constructions of relations/constructions.tsv load, bad lines fail naming file and line,
 * every flag has code that reads it, and parties resolve as the rules say.
 */
class RelationConstructionsTest {

    private static String msg(String... text) {
        List<DataFiles.Line> lines = new ArrayList<>();
        for (int i = 0; i < text.length; i++) {
            lines.add(new DataFiles.Line(i + 1, text[i]));
        }
        return assertThrows(IllegalArgumentException.class, () -> RelationConstructions.parse(lines, "t.tsv"))
                .getMessage();
    }

    @Test
    void bundledConstructionsLoadWithUniqueNames() {
        List<RelationConstruction> all = RelationConstructions.bundled().all();
        assertTrue(all.size() >= 20, "constructions: " + all.size());
        assertEquals(all.size(), all.stream().map(RelationConstruction::name).distinct().count(), "duplicate names");
    }

    @Test
    void badLinesFailAtLoadNamingTheLine() {
        String ok = "x\tALLIED\t-\t{lemma:ally}=cue >nsubj {}=source >obj {}=target";
        assertTrue(msg(ok, "y\tALLIED\tsideways\t{lemma:ally}=cue >nsubj {}=source >obj {}=target").contains("t.tsv:2"));
        assertTrue(msg(ok, "y\tALLIED\tsideways\t{lemma:ally}=cue >nsubj {}=source >obj {}=target").contains("sideways"));
        assertTrue(msg(ok, "y\tFRIENDS\t-\t{lemma:ally}=cue >nsubj {}=source >obj {}=target").contains("FRIENDS"));
        assertTrue(msg(ok, "y\tALLIED\t-\t{lemma:ally}=cue >nsubj {}=source >obj {}=victim").contains("victim"));
        assertTrue(msg(ok, "y\tALLIED\t-\t{lemma:ally}=cue >nsubj {}=source").contains("=target"));
        assertTrue(msg(ok, "y\tCONTROLS\t-\t{lemma:hold}=cue >nsubj {}=source >obj {}=target").contains("=place"));
        assertTrue(msg(ok, "y\tALLIED\t-\t{lemma:ally=cue").contains("t.tsv:2"));
        assertTrue(msg("y\tALLIED\t-").contains("t.tsv:1"));
    }

    @Test
    void everyFlagIsReadByCodeAndUsedInData() throws IOException {
        String code;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/faultline"))) {
            StringBuilder b = new StringBuilder();
            for (Path p : files.filter(p -> p.toString().endsWith(".java")
                    && !p.getFileName().toString().equals("RelationConstruction.java")).toList()) {
                b.append(Files.readString(p));
            }
            code = b.toString();
        }
        for (RelationConstruction.Flag f : RelationConstruction.Flag.values()) {
            assertTrue(code.contains("RelationConstruction.Flag." + f.name()), "no code reads flag " + f.word());
            assertTrue(RelationConstructions.bundled().all().stream().anyMatch(c -> c.has(f)), "unused flag " + f.word());
        }
    }

    private static String cueMsg(String line) {
        return assertThrows(IllegalArgumentException.class,
                () -> new RelationCues(List.of(new DataFiles.Line(3, line)), "c.tsv")).getMessage();
    }

    @Test
    void cueLinesWithAnUnknownConstructionOrTypeFailAtLoad() {
        assertTrue(cueMsg("backed\tSUPPORTS\tsuffix").contains("c.tsv:3"));
        assertTrue(cueMsg("backed\tSUPPORTS\tsuffix").contains("suffix"));
        assertTrue(cueMsg("backed\tBACKS\thyphen").contains("BACKS"));
        assertTrue(cueMsg("backed\tSUPPORTS").contains("c.tsv:3"));
        RelationCues ok = new RelationCues(List.of(new DataFiles.Line(1, "backed\tSUPPORTS\thyphen")), "c.tsv");
        assertEquals("SUPPORTS", ok.hyphenSuffix("US-backed").type());
        assertEquals(null, ok.find("backed", RelationCues.Kind.VERB));
    }

    @Test
    void everyCueConstructionIsUsedInTheBundledFile() {
        RelationCues bundled = new RelationCues();
        for (RelationCues.Kind k : RelationCues.Kind.values()) {
            assertTrue(DataFiles.lines("faultline/relations/cues.tsv").stream()
                    .anyMatch(l -> l.text().endsWith("\t" + k.word())), "no cue for " + k.word());
        }
        assertEquals("CONTROLS", bundled.find("hold", RelationCues.Kind.CONTROL_VERB).type());
    }

    private static ActorRef ref(String id, String text, String country, String type) {
        return new ActorRef(id, id, text, country, type, true, null);
    }

    @Test
    void aStateFacingItsOwnPartyIsItsArmyOrGovernment() {
        Parties p = new Parties(Lexicon.english());
        ActorRef rebels = ref("HTS", "HTS", "SYR", "JIHADIST");
        assertEquals("SYR/MIL", p.stateSide(ref("SYR", "Syrian troops", "SYR", "GOVERNMENT"), rebels).id());
        assertEquals("SYR/GOV", p.stateSide(ref("SYR", "Syria", "SYR", "GOVERNMENT"), rebels).id());
        assertEquals("TUR", p.stateSide(ref("TUR", "Turkey", "TUR", "GOVERNMENT"), rebels).id(), "a foreign state stays");
    }

    @Test
    void genericPartiesNeedANameOrAQualifiedDescription() {
        Parties p = new Parties(Lexicon.english());
        assertEquals(null, p.resolve(ref("generic:people@NGA", "people", "NGA", "CIVILIANS")));
        assertEquals(null, p.resolve(ref("generic:forces@NGA", "forces", "NGA", "STATE_FORCES")));
        assertEquals("generic:unity government@LBY",
                p.resolve(ref("generic:unity government@LBY", "unity government", "LBY", "GOVERNMENT")).id());
    }
}
