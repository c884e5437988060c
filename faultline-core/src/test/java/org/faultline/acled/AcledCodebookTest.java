package org.faultline.acled;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.faultline.acled.AcledCodebook.Role;
import org.faultline.events.CodeTable;
import org.junit.jupiter.api.Test;

/** ACLED's codebook values and the rule table's reach. */
class AcledCodebookTest {
    private final AcledCodebook book = AcledCodebook.get();

    @Test
    void actorCategoriesFollowTheActorTypeRoleAndWhereItActs() {
        assertEquals(1, book.inter("STATE_FORCES", Role.SOURCE, "Battles", false));
        assertEquals(8, book.inter("STATE_FORCES", Role.TARGET, "Battles", true));
        assertEquals(5, book.inter("PROTESTERS", Role.SOURCE, "Riots", false));
        assertEquals(6, book.inter("PROTESTERS", Role.TARGET, "Protests", false));
        assertEquals(5, book.inter("CIVILIANS", Role.SOURCE, "Riots", false)); // a mob of residents: rioters
        assertEquals(7, book.inter("CIVILIANS", Role.TARGET, "Riots", false)); // its victim: civilians
        assertEquals(8, book.inter(null, Role.SOURCE, "Battles", false));
        assertEquals(List.of(1, 3), List.of(book.timePrecision("day").getAsInt(), book.timePrecision("month").getAsInt()));
        assertTrue(book.timePrecision("year").isEmpty());
    }

    @Test
    void interactionAndCivilianTargeting() {
        assertEquals(27, AcledCodebook.interaction(7, 2));
        assertEquals(27, AcledCodebook.interaction(2, 7));
        assertEquals(10, AcledCodebook.interaction(1, 0));
        assertEquals("Civilian targeting", AcledCodebook.civilianTargeting(book.subEvent("Attack"), 7));
        assertEquals("", AcledCodebook.civilianTargeting(book.subEvent("Peaceful protest"), 7));
        assertEquals("", AcledCodebook.civilianTargeting(book.subEvent("Armed clash"), 2));
        assertEquals("Political violence; Demonstrations",
                book.subEvent("Excessive force against protesters").disorderType());
    }

    @Test
    void everySubEventTypeOfTheCodebookIsReachable() {
        Set<String> reachable = new AcledCoder(new CodeTable()).reachable();
        assertEquals(25, book.subEventTypes().size());
        assertEquals(book.subEventTypes(), reachable);
    }

    @Test
    void rulesPickByWeaponPartiesAndCues() {
        AcledRules rules = new AcledRules(new CodeTable().modes());
        assertEquals("Grenade", rules.subEventType(facts("ASSAULT", "explosives", "grenade", Party.REBEL, Party.NONE)));
        assertEquals("Remote explosive/landmine/IED",
                rules.subEventType(facts("ASSAULT", "explosives", null, Party.NONE, Party.STATE)));
        assertEquals("Shelling/artillery/missile attack",
                rules.subEventType(facts("ASSAULT", "aerial", "missile", Party.STATE, Party.CIVILIANS)));
        assertEquals("Armed clash", rules.subEventType(facts("ASSAULT", "firearms", null, Party.STATE, Party.REBEL)));
        assertEquals("Attack", rules.subEventType(facts("ASSAULT", "firearms", null, Party.REBEL, Party.CIVILIANS)));
        assertEquals(null, rules.subEventType(facts("ACCUSE", null, null, Party.STATE, Party.REBEL)));
        assertEquals("Government regains territory", rules.subEventType(new AcledRules.Facts("ASSAULT", null, null,
                Set.of(Party.STATE), Set.of(Party.REBEL), Set.of(AcledCue.REGAIN, AcledCue.FIGHTING))));
        assertEquals("Non-state actor overtakes territory", rules.subEventType(new AcledRules.Facts("ASSAULT", null,
                null, Set.of(Party.REBEL), Set.of(Party.STATE), Set.of(AcledCue.TAKEOVER))));
        assertEquals("Non-violent transfer of territory", rules.subEventType(new AcledRules.Facts("RETREAT",
                "withdraw", null, Set.of(Party.STATE), Set.of(Party.NONE), Set.of(AcledCue.NO_FIGHT))));
    }

    @Test
    void anUnknownColumnOrValueInTheRulesFailsAtLoad() {
        Set<String> modes = new CodeTable().modes();
        for (String bad : List.of("unknown-cue", "unknown-party", "unknown-sub-event", "unknown-weapon",
                "unknown-column")) {
            RuntimeException e = org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class,
                    () -> new AcledRules("acled/bad/" + bad + ".tsv", modes), bad);
            assertTrue(e.getMessage().contains("acled/bad/" + bad + ".tsv:"), e.getMessage());
        }
    }

    private static AcledRules.Facts facts(String type, String mode, String weapon, Party source, Party target) {
        return new AcledRules.Facts(type, mode, weapon == null ? null
                : org.faultline.text.ClosedVocabulary.of(org.faultline.events.WeaponClass.class, weapon, "test"),
                Set.of(source), Set.of(target), Set.of());
    }
}
