package org.faultline.relations;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.faultline.grammar.PatternWords;
import org.faultline.grammar.SentencePatterns;
import org.faultline.nlp.DependencyPattern;
import org.faultline.text.ClosedVocabulary;
import org.faultline.text.DataFiles;

/**
 * The relation constructions of {@code relations/constructions.tsv}. Every construction that matches
 * contributes (unlike role constructions, several may hold in one sentence). A new construction is a
 * new line in the file, not new code.
 */
final class RelationConstructions {
    private static final String BUNDLED = "faultline/relations/constructions.tsv";

    /** One match: the construction and its named nodes as token indexes. */
    record Hit(RelationConstruction construction, Map<String, Integer> nodes) {
    }

    private final List<RelationConstruction> all;
    /** What each construction's pattern needs in a sentence, in {@link #all}'s order. */
    private final List<PatternWords> needs;

    RelationConstructions(List<RelationConstruction> all) {
        this.all = List.copyOf(all);
        this.needs = this.all.stream().map(c -> PatternWords.of(c.pattern())).toList();
    }

    static RelationConstructions bundled() {
        return Holder.BUNDLED_SET;
    }

    private static final class Holder {
        static final RelationConstructions BUNDLED_SET = new RelationConstructions(parse(DataFiles.lines(BUNDLED), BUNDLED));
    }

    List<RelationConstruction> all() {
        return all;
    }

    /** Parses tab-separated lines {@code name type flags pattern}; any error names file:line. */
    static List<RelationConstruction> parse(List<DataFiles.Line> lines, String origin) {
        List<RelationConstruction> out = new ArrayList<>();
        for (DataFiles.Line l : lines) {
            String where = origin + ":" + l.number();
            String[] f = l.text().split("\t");
            if (f.length != 4) {
                throw new IllegalArgumentException(where + ": expected name, type, flags, pattern");
            }
            String type = f[1].strip();
            if (!RelationConstruction.TYPES.contains(type)) {
                throw new IllegalArgumentException(where + ": unknown relation type '" + type + "'");
            }
            Set<RelationConstruction.Flag> flags = ClosedVocabulary.set(RelationConstruction.Flag.class, f[2], where);
            DependencyPattern pattern = DependencyPattern.compile(f[3].strip(), RelationConstruction.NODES, where);
            requireNodes(pattern, type, flags, where);
            out.add(new RelationConstruction(f[0].strip(), type, Set.copyOf(flags), pattern, where));
        }
        return out;
    }

    /** A relation needs its cue and both ends: a source, and a place (CONTROLS) or a target (unless pairwise). */
    private static void requireNodes(DependencyPattern p, String type, Set<RelationConstruction.Flag> flags,
                                     String where) {
        Set<String> names = p.names();
        String second = type.equals("CONTROLS") ? "place" : "target";
        boolean needsSecond = !flags.contains(RelationConstruction.Flag.PAIRWISE);
        if (!names.contains("cue") || !names.contains("source") || needsSecond && !names.contains(second)) {
            throw new IllegalArgumentException(where + ": a " + type + " pattern names =cue, =source"
                    + (needsSecond ? " and =" + second : ""));
        }
    }

    /** Every match of every construction in one sentence's parse. */
    List<Hit> matches(SentencePatterns patterns) {
        List<Hit> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            RelationConstruction c = all.get(i);
            for (Map<String, Integer> nodes : patterns.matches(c.pattern(), needs.get(i))) {
                out.add(new Hit(c, nodes));
            }
        }
        return out;
    }
}
