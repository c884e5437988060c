package org.faultline.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.faultline.analysis.Span;
import org.faultline.lexicon.Lexicon;
import org.faultline.nlp.Dependency;
import org.faultline.nlp.Sentence;
import org.faultline.nlp.Token;
import org.faultline.text.ClosedVocabulary;
import org.faultline.text.DataFiles;
import org.faultline.text.NumberWords;

/**
 * Casualty and displacement figures: a count word (faultline/events/counts.tsv: "kill", "flee",
 * "arrest") and a number in its victims' phrase, with "at least" / "more than" kept as a qualifier.
 * Population figures and vague amounts are not counts.
 */
final class CountExtractor {
    /** A count found in a sentence, with the token of the word that reports it. */
    record Found(String type, long number, String qualifier, String victims, int sentence, int verb, Span evidence) {
    }

    /** What a count word needs besides a number: counts.tsv's fourth column ("-" or none for nothing). */
    private enum Condition implements ClosedVocabulary.Worded {
        NONE, PEOPLE, FROM_HOME, TO_DEATH;

        @Override
        public String word() {
            return this == NONE ? "-" : name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** A count word's entry: the count type, which argument holds the victims, and its condition. */
    private record Spec(String type, String role, Condition condition) {
    }

    private static final Set<String> LEAD_INS = DataFiles.words("faultline/lexicon/en/count-lead-ins.txt");
    private static final Set<String> UNITS = DataFiles.words("faultline/lexicon/en/count-units.txt");
    private static final Set<String> SCALES = DataFiles.words("faultline/lexicon/en/count-scales.txt");
    private static final Set<String> VAGUE = DataFiles.words("faultline/lexicon/en/vague-quantities.txt");
    private static final Set<String> RANGE_JOINS = DataFiles.words("faultline/lexicon/en/range-joins.txt");
    private static final Set<String> RANGE_OPENERS = DataFiles.words("faultline/lexicon/en/range-openers.txt");
    private static final String COUNTS = "faultline/events/counts.tsv";
    private final Map<String, Spec> words = new HashMap<>();
    private final Set<String> qualifiers;
    private final Set<String> people;
    private final Set<String> homes;

    CountExtractor(Lexicon lexicon) {
        qualifiers = lexicon.words("count-qualifiers");
        people = lexicon.words("people-nouns");
        homes = lexicon.words("home-nouns");
        for (DataFiles.Line line : DataFiles.lines(COUNTS)) {
            String[] f = line.text().split("\t");
            String condition = f.length > 3 && !f[3].isBlank() ? f[3].strip() : Condition.NONE.word();
            String where = COUNTS + ":" + line.number();
            words.put(f[0], new Spec(f[1], f[2], ClosedVocabulary.of(Condition.class, condition, where)));
        }
    }

    List<Found> find(Sentence s) {
        List<Found> out = new ArrayList<>();
        for (Token t : s.tokens()) {
            Spec spec = words.get(t.lowerLemma());
            boolean byForm = spec == null && (t.isAdjective() || t.pos().equals("VBG"));
            if (byForm) {
                spec = words.get(t.lowerWord()); // "missing", which the tagger may take for a form of "miss"
            }
            if (spec == null) {
                continue;
            }
            if (spec.condition() == Condition.FROM_HOME && !fromHome(s, t.index())) {
                continue; // "driven from their homes" displaces; "drove the car" does not
            }
            if (spec.condition() == Condition.TO_DEATH && !toDeath(s, t.index())) {
                continue; // "hacked to death" kills; "hacked the ministry's servers" does not
            }
            Found f = null;
            List<Integer> victims = victims(s, t.index(), spec.role(), byForm || t.isAdjective());
            if (spec.condition() == Condition.PEOPLE) {
                victims.removeIf(v -> !people.contains(s.token(v).lowerLemma())); // "seized 15 pupils", not trucks
                if (victims.isEmpty()) {
                    continue;
                }
            }
            for (int victim : victims) {
                f = numberIn(s, victim, spec.type(), t.index());
                if (f != null) {
                    out.add(f);
                    included(s, victim, spec.type(), t.index(), out);
                    List<Integer> others = new ArrayList<>(s.children(victim, "conj"));
                    for (int c : s.children(t.index(), "conj")) {
                        if (s.token(c).isNoun()) {
                            others.add(c); // "and at least 73 soldiers", parsed as a conjunct of the verb
                        }
                    }
                    if (spec.condition() == Condition.PEOPLE) {
                        others.removeIf(v -> !people.contains(s.token(v).lowerLemma())); // "23 students and 4 trucks"
                    }
                    for (int more : others) {
                        Found g = numberIn(s, more, spec.type(), t.index()); // "45 civilians and 73 soldiers"
                        if (g != null) {
                            out.add(g);
                        }
                    }
                    break;
                }
            }
            if (f == null) {
                List<Found> extra = new ArrayList<>();
                f = rescue(s, t.index(), spec, victims.isEmpty(), extra);
                if (f != null) {
                    out.add(f);
                    out.addAll(extra);
                }
            }
        }
        return dedupe(out);
    }

    /**
     * Figures the parse did not attach as the victims: "692 injured" after a conjunction, "the number of
     * protesters killed at 488", "458 people ... have been killed" in a broken parse (the nearest number
     * before a passive count verb in its clause).
     */
    private Found rescue(Sentence s, int verb, Spec spec, boolean noVictims, List<Found> extra) {
        String type = spec.type();
        if (verb >= 1 && s.token(verb - 1).pos().equals("CD")) {
            Found f = numberIn(s, verb - 1, type, verb); // "six wounded", "12 dead"
            if (f != null) {
                return f;
            }
        }
        Found total = total(s, verb, type);
        if (total != null) {
            return total;
        }
        boolean passive = !s.children(verb, "aux:pass").isEmpty();
        if (!passive && spec.role().equals("object") && s.token(verb).isVerb()) {
            Found f = figureAfter(s, verb, type, extra);
            if (f != null) {
                return f;
            }
        }
        if (!noVictims || !passive) {
            return null;
        }
        for (int k = verb - 1; k >= Math.max(0, verb - 12); k--) {
            Token w = s.token(k);
            if (w.isVerb() && !w.lowerLemma().equals("be") && !w.lowerLemma().equals("have")
                    && !w.lowerLemma().equals("include") || w.word().equals(";")) {
                return null;
            }
            if (w.pos().equals("CD") && !inIncluding(s, k)) {
                Found f = numberIn(s, k, type, verb);
                if (f != null) {
                    included(s, k + 1, type, verb, extra);
                }
                return f;
            }
        }
        return null;
    }

    /**
     * A figure given as the level a count reaches: "puts the number of protesters killed at 488", and for a
     * count noun, the verb it is the subject of ("the death toll rose to 31", "has reached 143") or its
     * of-phrase ("a death toll of 143").
     */
    private Found total(Sentence s, int word, String type) {
        int verb = word;
        if (s.token(word).isNoun()) {
            for (int of : s.children(word, "nmod")) {
                if ("of".equals(org.faultline.grammar.PhraseActors.caseOf(s, of)) && s.token(of).pos().equals("CD")) {
                    return numberIn(s, of, type, word);
                }
            }
            Dependency up = s.headEdge(word);
            if (up == null || up.governor() < 0 || !up.relation().startsWith("nsubj")) {
                return null;
            }
            verb = up.governor();
            for (int obj : s.children(verb, "obj")) {
                if (s.token(obj).pos().equals("CD")) {
                    return numberIn(s, obj, type, word);
                }
            }
        }
        for (int obl : s.children(verb, "obl")) {
            String c = org.faultline.grammar.PhraseActors.caseOf(s, obl);
            if (("at".equals(c) || "to".equals(c)) && s.token(obl).pos().equals("CD")) {
                return numberIn(s, obl, type, word);
            }
        }
        return null;
    }

    /**
     * The figure right after an active count verb whose object the parse lost ("the raid killed 17 militants,
     * the army said" parsed with the militants as the subject of "said"; "killed between 60 and 80 people"
     * as an oblique), past qualifiers; not a time or distance ("killed two days ago").
     */
    private Found figureAfter(Sentence s, int verb, String type, List<Found> extra) {
        int k = verb + 1;
        while (k < s.tokens().size() && k <= verb + 3 && LEAD_INS.contains(s.token(k).lowerWord())) {
            k++;
        }
        if (k >= s.tokens().size() || !s.token(k).pos().equals("CD")) {
            return null;
        }
        for (int u = k + 1; u < Math.min(s.tokens().size(), k + 4); u++) {
            if (s.token(u).isNoun() && UNITS.contains(s.token(u).lowerLemma())) {
                return null;
            } else if (s.token(u).isNoun()) {
                break;
            }
        }
        Found f = numberIn(s, k, type, verb);
        if (f != null) {
            included(s, k, type, verb, extra); // "killed 45 people, including 12 children"
        }
        return f;
    }

    /** A to-phrase "to death" under the verb: "hacked to death", "beaten to death". */
    private static boolean toDeath(Sentence s, int verb) {
        for (int obl : s.children(verb, "obl")) {
            if ("to".equals(org.faultline.grammar.PhraseActors.caseOf(s, obl)) && s.token(obl).lowerLemma().equals("death")) {
                return true;
            }
        }
        return false;
    }

    /** A from-phrase naming homes under the verb: "driven from their homes". */
    private boolean fromHome(Sentence s, int verb) {
        for (int obl : s.children(verb, "obl")) {
            if ("from".equals(org.faultline.grammar.PhraseActors.caseOf(s, obl)) && homes.contains(s.token(obl).lowerLemma())) {
                return true;
            }
        }
        return false;
    }

    /** "at least 910 people, including 138 civilians": the included figure is a count of the same kind. */
    private void included(Sentence s, int victim, String type, int verb, List<Found> out) {
        for (int k = victim + 1; k < Math.min(s.tokens().size() - 1, victim + 4); k++) {
            if (s.token(k).lowerWord().equals("including") && s.token(k + 1).pos().equals("CD")) {
                Found f = numberIn(s, k + 1, type, verb);
                if (f != null) {
                    out.add(f);
                }
            }
        }
    }

    private static boolean inIncluding(Sentence s, int token) {
        for (int k = token - 1; k >= Math.max(0, token - 2); k--) {
            if (s.token(k).lowerWord().equals("including")) {
                return true;
            }
        }
        return false;
    }

    private static List<Found> dedupe(List<Found> in) {
        List<Found> out = new ArrayList<>();
        for (Found f : in) {
            if (out.stream().noneMatch(o -> o.type().equals(f.type()) && o.number() == f.number())) {
                out.add(f);
            }
        }
        return out;
    }

    private static List<Integer> victims(Sentence s, int verb, String role, boolean adjective) {
        List<Integer> out = new ArrayList<>();
        out.addAll(s.children(verb, "nsubj:pass"));
        if (role.equals("object")) {
            out.addAll(s.children(verb, "obj"));
        } else {
            out.addAll(s.children(verb, "nsubj"));
            Dependency up = s.headEdge(verb);
            if (up != null && up.governor() >= 0 && up.relation().equals("xcomp") && !adjective) {
                out.addAll(s.children(up.governor(), "obj")); // "forced 90,000 people to flee"
            }
        }
        if (adjective) {
            Dependency up = s.headEdge(verb);
            if (up != null && up.governor() >= 0 && up.relation().equals("amod")) {
                out.add(up.governor()); // "25 dead civilians"
            }
            if (up != null && up.governor() >= 0 && up.relation().equals("xcomp")) {
                out.addAll(s.children(up.governor(), "nsubj")); // "three soldiers went missing"
                out.addAll(s.children(up.governor(), "nsubj:pass")); // "15 people were reported missing"
            }
        }
        return out;
    }

    private Found numberIn(Sentence s, int head, String type, int verb) {
        int number = -1;
        if (s.token(head).pos().equals("CD")) {
            number = head;
        } else {
            for (int c : s.children(head, "nummod")) {
                number = c;
            }
            if (number < 0) {
                // "more than 1,300 of their soldiers": the number heads, the noun hangs off it
                for (Dependency d : s.children(head)) {
                    if (s.token(d.dependent()).pos().equals("CD") && d.dependent() < head) {
                        number = d.dependent();
                    }
                }
            }
        }
        if (number < 0) {
            return null;
        }
        Token n = s.token(number);
        int first = firstOf(s, number);
        Long value = value(s, number);
        if (value == null || value <= 0 || looksLikeYear(n.word())) {
            return null;
        }
        String qualifier = qualifier(s, first);
        String victims = s.token(head).word();
        int start = Math.min(number, verb);
        int end = Math.max(head, verb);
        return new Found(type, value, qualifier, victims, s.index(), verb,
                new Span(s.token(start).start(), s.token(end).end()));
    }

    /**
     * The figure a number token is part of, read over the tokens the tokenizer split: "1.5 million" and "two
     * dozen" whose parse heads the scale word, "thirty - two", and ranges, which count their upper figure
     * ("between 60 and 80", "10 to 15"). A scale after a vague word ("several hundred") is no count.
     */
    private static Long value(Sentence s, int number) {
        int size = s.tokens().size();
        if (number + 2 < size && RANGE_JOINS.contains(s.token(number + 1).lowerWord())
                && s.token(number + 2).pos().equals("CD") && number >= 1
                && RANGE_OPENERS.contains(s.token(number - 1).lowerWord())) {
            number += 2; // "between 60 and 80 people": the upper figure
        }
        String word = s.token(number).word();
        String next = number + 1 < size ? s.token(number + 1).word() : null;
        String before = number >= 1 ? s.token(number - 1).lowerWord() : "";
        if (SCALES.contains(s.token(number).lowerWord()) && number >= 1) {
            if (VAGUE.contains(before)) {
                return null;
            }
            Long scaled = NumberWords.parse(before, word); // "1.5 million", "two dozen"
            if (scaled != null) {
                return scaled;
            }
        }
        if (number >= 2 && before.equals("-") && s.token(number - 2).pos().equals("CD")) {
            Long whole = NumberWords.parse(s.token(number - 2).lowerWord() + "-" + word.toLowerCase(Locale.ROOT), next);
            if (whole != null) {
                return whole; // "twenty - one", split by the tokenizer
            }
        }
        return NumberWords.parse(word, next);
    }

    /** The first token of the figure at {@code number} ("1.5" of "1.5 million", "between 60" of a range). */
    private static int firstOf(Sentence s, int number) {
        int k = number;
        while (k >= 1 && (s.token(k - 1).pos().equals("CD") || s.token(k - 1).word().equals("-")
                || SCALES.contains(s.token(k).lowerWord()) && NumberWords.parse(s.token(k - 1).word(), null) != null)) {
            k--;
        }
        return k;
    }


    private String qualifier(Sentence s, int number) {
        if (number >= 1 && qualifiers.contains(s.token(number - 1).lowerWord())) {
            String w = s.token(number - 1).lowerWord();
            String before = number >= 2 ? s.token(number - 2).lowerWord() + " " : "";
            return switch (w) {
                case "least" -> "at least";
                case "than" -> before + "than";
                case "up" -> "up to";
                default -> w;
            };
        }
        return null;
    }

    private static boolean looksLikeYear(String w) {
        return w.matches("(19|20)\\d\\d");
    }
}
