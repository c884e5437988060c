package org.faultline.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.faultline.actors.KnowledgeBase;
import org.faultline.text.DataFiles;
import org.junit.jupiter.api.Test;

/** The dedup data files and what the code reads from them; a bad entry fails at load. */
class DedupKnowledgeTest {
    private static List<DataFiles.Line> lines(String... text) {
        return java.util.stream.IntStream.range(0, text.length).mapToObj(i -> new DataFiles.Line(i + 1, text[i])).toList();
    }

    @Test
    void bareAgentNounsAreContextualNamesAndNationalitiesAreNamed() {
        ActorSpecificity s = ActorSpecificity.bundled();
        for (String text : List.of("forces", "Forces", "the army", "Police", "Government forces", "security forces",
                "about 2,000 peacekeepers", "at least six ministers", "its forces", "hundreds of troops")) {
            assertEquals(Specificity.CONTEXTUAL, s.of("SYR/MIL", text), text);
        }
        for (String text : List.of("Iraqi army", "Islamic State", "Isis", "Houthi rebels", "US bombers",
                "Yemen's internationally recognised government", "Hundreds of Israeli troops")) {
            assertEquals(Specificity.NAMED, s.of("X", text), text);
        }
        assertEquals(Specificity.GENERIC, s.of("generic:people@SYR", "People"));
        assertEquals(Specificity.NAMED, s.of("ISIS", null));
    }

    @Test
    void openersThatNameActorsFailAtLoad() {
        KnowledgeBase kb = KnowledgeBase.bundled();
        assertThrows(IllegalStateException.class, () -> new ActorSpecificity(kb, lines("the", "police")));
        assertThrows(IllegalStateException.class, () -> new ActorSpecificity(kb, lines("iraqi")));
        assertThrows(IllegalStateException.class, () -> new ActorSpecificity(kb, lines("the", "the")));
        assertThrows(IllegalStateException.class, () -> new ActorSpecificity(kb, lines("The")));
    }

    @Test
    void sidesOfUnknownActorTypesFailAtLoad() {
        Set<String> types = CoreVocabulary.actorTypes();
        assertTrue(types.containsAll(Set.of("STATE_FORCES", "JIHADIST", "CIVILIANS")), types.toString());
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new ActorSides(types, lines("STATE_FORCES\tstate", "INSURGENT\tarmed-group")));
        assertTrue(e.getMessage().contains(":2: unknown actor type INSURGENT"), e.getMessage());
        assertEquals("armed-group", ActorSides.bundled().side("JIHADIST"));
        assertNull(ActorSides.bundled().side("CIVILIANS"));
    }

    @Test
    void modeFamiliesOfUnknownModesFailAtLoad() {
        Set<String> known = CoreVocabulary.typeModes();
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new ModeFamilies(known, lines("ASSAULT\taerial napalm")));
        assertTrue(e.getMessage().contains("ASSAULT napalm"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> new ModeFamilies(known, lines("ASSAULT\taerial drone",
                "ASSAULT\tdrone heavy-weapons")));
        ModeFamilies m = ModeFamilies.bundled();
        assertTrue(m.compatible("ASSAULT", "aerial", "drone"));
        assertTrue(m.compatible("ASSAULT", null, "drone"));
        assertFalse(m.compatible("ASSAULT", "aerial", "heavy-weapons"));
    }
}
