package org.faultline.acled;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.faultline.events.WeaponClass;
import org.faultline.text.ClosedVocabulary;
import org.faultline.text.DataTable;

/**
 * The ordered rules of acled/rules.tsv that give an event its ACLED sub-event type from its PLOVER type and
 * mode, the weapon its clause names, the kinds of party in each role and the context cues. The first rule
 * that matches wins; no match, or "-", means ACLED would not code the event. Every value is checked at
 * load: an unknown type, mode, weapon, party, cue or sub-event type fails with file and line.
 */
final class AcledRules {
    static final String RESOURCE = "faultline/acled/rules.tsv";
    static final List<String> COLUMNS = List.of("type", "mode", "weapon", "source", "target", "cues", "sub_event_type");
    /** PLOVER event types (FORMAT.md). */
    static final Set<String> TYPES = Set.of("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
            "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT");
    private static final String NONE = "-";

    /** One cell: "*" matches anything; "a,b" any of them; "!a,b" none of them. */
    private record Cell<T>(Set<T> values, boolean negated, boolean any) {
        boolean test(Set<T> present) {
            if (any) {
                return true;
            }
            boolean hit = present.stream().anyMatch(values::contains);
            return negated != hit;
        }
    }

    private record Rule(int line, Cell<String> type, Cell<String> mode, Cell<String> weapon, Cell<Party> source,
                        Cell<Party> target, Set<AcledCue> required, Set<AcledCue> forbidden, String subEventType) {
    }

    private final List<Rule> rules = new ArrayList<>();

    AcledRules(Set<String> knownModes) {
        this(RESOURCE, knownModes);
    }

    AcledRules(String resource, Set<String> knownModes) {
        for (DataTable.Row r : DataTable.read(resource, COLUMNS)) {
            String where = resource + ":" + r.line();
            Set<String> modes = new HashSet<>(knownModes);
            modes.add(NONE);
            Set<String> weapons = new HashSet<>(List.of(NONE));
            for (WeaponClass w : WeaponClass.values()) {
                weapons.add(w.word());
            }
            Set<AcledCue> required = EnumSet.noneOf(AcledCue.class);
            Set<AcledCue> forbidden = EnumSet.noneOf(AcledCue.class);
            if (!r.get("cues").equals("*")) {
                for (String c : r.get("cues").split(",")) {
                    String w = c.strip();
                    (w.startsWith("!") ? forbidden : required).add(ClosedVocabulary.of(AcledCue.class,
                            w.replaceFirst("^!", ""), where));
                }
            }
            String sub = r.get("sub_event_type");
            if (!sub.equals(NONE) && !AcledCodebook.get().subEventTypes().contains(sub)) {
                throw new IllegalArgumentException(where + ": unknown ACLED sub-event type '" + sub + "'");
            }
            rules.add(new Rule(r.line(), cell(r.get("type"), w -> known(w, TYPES, "PLOVER type", where)),
                    cell(r.get("mode"), w -> known(w, modes, "mode", where)),
                    cell(r.get("weapon"), w -> known(w, weapons, "weapon", where)),
                    cell(r.get("source"), w -> ClosedVocabulary.of(Party.class, w, where)),
                    cell(r.get("target"), w -> ClosedVocabulary.of(Party.class, w, where)),
                    required, forbidden, sub.equals(NONE) ? null : sub));
        }
    }

    private static String known(String word, Set<String> known, String what, String where) {
        if (!known.contains(word)) {
            throw new IllegalArgumentException(where + ": unknown " + what + " '" + word + "'");
        }
        return word;
    }

    private static <T> Cell<T> cell(String text, Function<String, T> parse) {
        if (text.equals("*")) {
            return new Cell<>(Set.of(), false, true);
        }
        boolean negated = text.startsWith("!");
        Set<T> values = new HashSet<>();
        for (String w : text.replaceFirst("^!", "").split(",")) {
            values.add(parse.apply(w.strip()));
        }
        return new Cell<>(Set.copyOf(values), negated, false);
    }

    /** What an event shows that the rules read. */
    record Facts(String type, String mode, WeaponClass weapon, Set<Party> source, Set<Party> target,
                 Set<AcledCue> cues) {
    }

    /** The sub-event type of the first matching rule, or null when none matches or it says ACLED codes nothing. */
    String subEventType(Facts f) {
        Set<String> mode = Set.of(f.mode() == null ? NONE : f.mode());
        Set<String> weapon = Set.of(f.weapon() == null ? NONE : f.weapon().word());
        for (Rule r : rules) {
            if (r.type().test(Set.of(f.type())) && r.mode().test(mode) && r.weapon().test(weapon)
                    && r.source().test(f.source()) && r.target().test(f.target())
                    && f.cues().containsAll(r.required()) && r.forbidden().stream().noneMatch(f.cues()::contains)) {
                return r.subEventType();
            }
        }
        return null;
    }

    /** Every sub-event type some rule gives. */
    Set<String> reachable() {
        Set<String> out = new HashSet<>();
        rules.forEach(r -> {
            if (r.subEventType() != null) {
                out.add(r.subEventType());
            }
        });
        return out;
    }
}
