package org.faultline.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TriggerDictionaryTest {

    @Test
    void bundledDictionaryCoversEveryPloverType() {
        TriggerDictionary d = TriggerDictionary.bundled();
        assertTrue(d.size() > 300, "expected a broad dictionary, got " + d.size());
        for (String type : TriggerDictionary.TYPES) {
            assertTrue(d.typesCovered().contains(type), "no trigger for " + type);
        }
    }

    @Test
    void userFileAddsAndRemovesPatterns(@TempDir Path dir) throws Exception {
        Path user = dir.resolve("mine.tsv");
        Files.writeString(user, "# my additions\nyeet\tV\tASSAULT\tprimitive\t-\nattack\tV\t-\t-\n");
        TriggerDictionary d = TriggerDictionary.load(List.of(user));
        TriggerPattern p = d.forHead("yeet").get(0);
        assertEquals("ASSAULT", p.type());
        assertEquals("primitive", p.mode());
        assertTrue(d.forHead("attack").stream().noneMatch(x -> x.pos().equals("V") && x.lemmas().size() == 1
                && x.constraints().isEmpty()), "user line with type '-' removes the bundled verb 'attack'");
    }

    @Test
    void dependencyConstraintsAreParsed(@TempDir Path dir) throws Exception {
        Path user = dir.resolve("mine.tsv");
        Files.writeString(user, "launch >obj offensive|raid\tV\tASSAULT\t-\tneeds-actor\n");
        TriggerPattern p = TriggerDictionary.load(List.of(user)).forHead("launch").stream()
                .filter(x -> x.origin().startsWith(user.toString())).findFirst().orElseThrow();
        assertEquals("obj", p.constraints().get(0).relation());
        assertTrue(p.constraints().get(0).lemmas().contains("raid"));
        assertTrue(p.has(TriggerFlag.NEEDS_ACTOR));
    }

    @Test
    void anUnknownFlagFailsAtLoadNamingFileAndLine(@TempDir Path dir) throws Exception {
        Path user = dir.resolve("flags.tsv");
        Files.writeString(user, "razzle\tV\tASSAULT\t-\tneeds-actor\nfrazzle\tV\tASSAULT\t-\tvictim-object\n");
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> TriggerDictionary.load(List.of(user)));
        assertTrue(e.getMessage().contains("flags.tsv:2") && e.getMessage().contains("victim-object"), e.getMessage());
    }

    @Test
    void badLinesNameFileAndLine(@TempDir Path dir) throws Exception {
        Path user = dir.resolve("bad.tsv");
        Files.writeString(user, "ok\tV\tASSAULT\t-\nfoo\tV\tSMASH\t-\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TriggerDictionary.load(List.of(user)));
        assertTrue(e.getMessage().contains("bad.tsv:2"), e.getMessage());
    }
}
