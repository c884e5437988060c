package org.faultline.events;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.faultline.actors.ActorMention;
import org.faultline.analysis.Span;
import org.faultline.grammar.PatternWords;
import org.faultline.grammar.SentencePatterns;
import org.faultline.nlp.DependencyPattern;
import org.faultline.nlp.Sentence;
import org.faultline.text.ClosedVocabulary;
import org.faultline.text.DataFiles;

/**
 * The role constructions of {@code events/constructions.tsv}, matched in file order: the first whose
 * pattern binds a trigger's head decides the roles it names (and may retype the event); a construction
 * flagged {@code creates} also makes events where the trigger dictionary has none. A new construction
 * is a new line in the file, not new code.
 */
public final class Constructions {
    private static final String BUNDLED = "faultline/events/constructions.tsv";

    private final List<Construction> all;
    /** What each construction's pattern needs in a sentence, in {@link #all}'s order. */
    private final List<PatternWords> needs;

    public Constructions(List<Construction> all) {
        this.all = List.copyOf(all);
        this.needs = this.all.stream().map(c -> PatternWords.of(c.pattern())).toList();
    }

    public static Constructions bundled() {
        return Holder.BUNDLED_SET;
    }

    private static final class Holder {
        static final Constructions BUNDLED_SET = new Constructions(parse(DataFiles.lines(BUNDLED), BUNDLED));
    }

    public List<Construction> all() {
        return all;
    }

    /** Parses tab-separated lines {@code name types retype flags pattern}. */
    static List<Construction> parse(List<DataFiles.Line> lines, String origin) {
        List<Construction> out = new ArrayList<>();
        for (DataFiles.Line l : lines) {
            String line = l.text();
            String where = origin + ":" + l.number();
            String[] f = line.split("\t");
            if (f.length != 5) {
                throw new IllegalArgumentException(where + ": expected name, types, retype, flags, pattern");
            }
            Set<String> types = new LinkedHashSet<>();
            if (!f[1].strip().equals("*")) {
                for (String t : f[1].split(",")) {
                    types.add(knownType(t.strip(), where));
                }
            }
            String retype = null;
            String mode = null;
            if (!f[2].strip().equals("-")) {
                String[] tm = f[2].strip().split("/", 2);
                retype = tm[0].equals("-") ? null : knownType(tm[0], where);
                mode = tm.length > 1 ? tm[1] : null;
            }
            Set<Construction.Flag> flags = ClosedVocabulary.set(Construction.Flag.class, f[3], where);
            DependencyPattern pattern = DependencyPattern.compile(f[4].strip(), Construction.NODES, where);
            if (!pattern.names().contains("trigger")) {
                throw new IllegalArgumentException(where + ": the pattern must name its trigger node (=trigger)");
            }
            if (flags.contains(Construction.Flag.CREATES) && retype == null && !flags.contains(Construction.Flag.ECHO)) {
                throw new IllegalArgumentException(where + ": a construction that creates events needs a type");
            }
            if (flags.contains(Construction.Flag.ECHO) && (retype != null || !flags.contains(Construction.Flag.CREATES))) {
                throw new IllegalArgumentException(where + ": an echo creates its event and takes the type it repeats");
            }
            out.add(new Construction(f[0].strip(), Set.copyOf(types), retype, mode, Set.copyOf(flags), pattern, where));
        }
        return out;
    }

    private static String knownType(String t, String where) {
        if (!TriggerDictionary.TYPES.contains(t)) {
            throw new IllegalArgumentException(where + ": unknown PLOVER type '" + t + "'");
        }
        return t;
    }

    /**
     * Events the constructions flagged {@code creates} find at heads no dictionary trigger holds. An echo
     * takes the type and mode of the sentence's last trigger before it, else of {@code before}, the last
     * event told (none: no echo).
     */
    List<TriggerMatch> triggers(SentencePatterns patterns, Sentence s, List<TriggerMatch> found, TriggerPattern before) {
        Set<Integer> taken = new LinkedHashSet<>();
        found.forEach(m -> taken.addAll(m.tokens()));
        List<TriggerMatch> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            Construction c = all.get(i);
            if (!c.has(Construction.Flag.CREATES)) {
                continue;
            }
            for (Map<String, Integer> hit : patterns.matches(c.pattern(), needs.get(i))) {
                int head = hit.get("trigger");
                TriggerPattern echoed = c.has(Construction.Flag.ECHO) ? echoed(found, head, before) : null;
                if (c.has(Construction.Flag.ECHO) && echoed == null) {
                    continue;
                }
                if (taken.add(head)) {
                    var t = s.token(head);
                    String type = echoed != null ? echoed.type() : c.retype();
                    String mode = echoed != null ? echoed.mode() : c.mode();
                    TriggerPattern p = new TriggerPattern(List.of(t.lowerLemma()), List.of(), "*", type, mode,
                            Set.of(), c.origin());
                    out.add(new TriggerMatch(p, s.index(), head, List.of(head), new Span(t.start(), t.end())));
                }
            }
        }
        return out;
    }

    /** The trigger an echo at {@code head} repeats: the sentence's last one before it, else the last event's. */
    private static TriggerPattern echoed(List<TriggerMatch> found, int head, TriggerPattern before) {
        TriggerPattern last = before;
        for (TriggerMatch m : found) {
            if (m.head() < head) {
                last = m.pattern();
            }
        }
        return last;
    }

    /** Whether a trigger was made by an echo construction (it takes the repeated act's target). */
    boolean isEcho(TriggerPattern p) {
        return all.stream().anyMatch(c -> c.has(Construction.Flag.ECHO) && c.origin().equals(p.origin()));
    }

    /** What the first construction binding this trigger says, or null when none does. */
    Outcome apply(SentencePatterns patterns, Sentence s, TriggerMatch m, Roles found, RoleFinder roles) {
        for (int i = 0; i < all.size(); i++) {
            Construction c = all.get(i);
            if (!c.appliesTo(m.pattern().type()) && !c.origin().equals(m.pattern().origin())
                    || !needs.get(i).admits("trigger", s.token(m.head()))) {
                continue; // the second: no match of this pattern binds its trigger to this head
            }
            for (Map<String, Integer> hit : patterns.matches(c.pattern(), needs.get(i))) {
                if (hit.get("trigger") == m.head()) {
                    Roles bound = c.has(Construction.Flag.FILLS) ? fill(hit, s, found, roles) : bind(c, hit, s, found, roles);
                    if (bound != null) {
                        return new Outcome(c, bound);
                    }
                }
            }
        }
        return null;
    }

    /**
     * The roles a match binds; roles it does not bind stay as the role finder found them (emptied when
     * exclusive). An actor bound to one role is removed from the others: a victim is never the source.
     */
    private static Roles bind(Construction c, Map<String, Integer> hit, Sentence s, Roles found, RoleFinder roles) {
        boolean exclusive = c.has(Construction.Flag.EXCLUSIVE);
        List<ActorMention> source = exclusive ? List.of() : found.source();
        List<ActorMention> target = exclusive ? List.of() : found.target();
        int place = exclusive ? -1 : found.placeObject();
        List<ActorMention> bound = new ArrayList<>();
        if (hit.containsKey("source")) {
            source = roles.phrase(s, hit.get("source"));
            bound.addAll(source);
        }
        if (hit.containsKey("target")) {
            target = roles.phrase(s, hit.get("target"));
            if (target.isEmpty()) {
                place = hit.get("target"); // "stormed the town": a target naming no actor is where it happened
            } else if (throughPronoun(s, hit.get("target"), target) && !hit.containsKey("source")) {
                // "Kenya warned that it would respond", "officials threatened to cut their supplies": the
                // pronoun names the actor itself, no target
                target = without(target, source);
            }
            bound.addAll(target);
        }
        if (hit.containsKey("place")) {
            place = hit.get("place");
            bound.addAll(roles.phrase(s, place)); // a town is not a party because a government shares its name
        }
        List<ActorMention> src = hit.containsKey("source") ? source : without(source, bound);
        List<ActorMention> tgt = hit.containsKey("target") ? without(target, src) : without(target, bound);
        return new Roles(src, tgt, place);
    }

    /** A target named only by a pronoun: "it", or "their supplies" where "their" names the actors. */
    private static boolean throughPronoun(Sentence s, int head, List<ActorMention> named) {
        if (s.token(head).pos().startsWith("PRP")) {
            return true;
        }
        return named.stream().noneMatch(a -> a.covers(s.index(), head))
                && s.children(head, "nmod:poss").stream().anyMatch(p -> s.token(p).pos().startsWith("PRP"));
    }

    /**
     * The roles of a {@code fills} match: each bound role the role finder left empty takes the phrase's
     * actors; null when the match fills nothing. "India fired missiles at sites in Pakistan": Pakistan;
     * "the army shelled positions in Syria" with the Syrian army as source: nothing, a state is no target of
     * its own forces.
     */
    private static Roles fill(Map<String, Integer> hit, Sentence s, Roles found, RoleFinder roles) {
        List<ActorMention> source = found.source();
        List<ActorMention> target = found.target();
        boolean filled = false;
        if (hit.containsKey("source") && source.isEmpty()) {
            source = roles.phrase(s, hit.get("source"));
            filled = !source.isEmpty();
        }
        if (hit.containsKey("target") && target.isEmpty()) {
            List<ActorMention> src = source;
            target = roles.phrase(s, hit.get("target")).stream()
                    .filter(t -> src.stream().noneMatch(a -> a.id().equals(t.id())
                            || t.id().equals(t.country()) && t.country().equals(a.country())))
                    .toList();
            filled |= !target.isEmpty();
        }
        return filled ? new Roles(source, target, found.placeObject()) : null;
    }

    private static List<ActorMention> without(List<ActorMention> from, List<ActorMention> bound) {
        return from.stream().filter(a -> bound.stream().noneMatch(b -> b.id().equals(a.id()))).toList();
    }

    /** A construction's verdict on one trigger: the roles, and the type and mode it sets. */
    record Outcome(Construction construction, Roles roles) {
        boolean drop() { return construction.has(Construction.Flag.DROP); }

        String type(String current) { return construction.retype() == null ? current : construction.retype(); }

        String mode(String current) { return construction.mode() == null ? current : construction.mode(); }
    }

    @Override
    public String toString() {
        return Arrays.toString(all.toArray());
    }
}
