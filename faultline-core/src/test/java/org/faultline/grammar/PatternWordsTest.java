package org.faultline.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.faultline.nlp.Dependency;
import org.faultline.nlp.DependencyPattern;
import org.faultline.nlp.ParseGraph;
import org.faultline.nlp.Sentence;
import org.faultline.nlp.Token;
import org.faultline.text.DataFiles;
import org.junit.jupiter.api.Test;

/**
 * The words a pattern needs: read from mandatory nodes only, never refusing a sentence Semgrex would
 * match, and every bundled construction read (none left to run on every sentence for want of syntax).
 */
class PatternWordsTest {

    /** "Rebels led by HTS seized the town": tokens with lemma and tag, and a basic UD parse. */
    private static Sentence ledBy() {
        String[][] t = {{"Rebels", "rebel", "NNS"}, {"led", "lead", "VBN"}, {"by", "by", "IN"}, {"HTS", "HTS", "NNP"},
            {"seized", "seize", "VBD"}, {"the", "the", "DT"}, {"town", "town", "NN"}};
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < t.length; i++) {
            tokens.add(new Token(i, t[i][0], t[i][1], t[i][2], i == 3 ? "ORGANIZATION" : "O", at, at + t[i][0].length()));
            at += t[i][0].length() + 1;
        }
        List<Dependency> deps = List.of(new Dependency(4, 0, "nsubj"), new Dependency(0, 1, "acl"),
                new Dependency(3, 2, "case"), new Dependency(1, 3, "obl"), new Dependency(-1, 4, "root"),
                new Dependency(6, 5, "det"), new Dependency(4, 6, "obj"));
        return new Sentence(0, 0, at - 1, tokens, deps);
    }

    private static Set<String> needed(String pattern) {
        Set<String> out = new java.util.TreeSet<>();
        for (PatternWords.Need n : PatternWords.of(pattern).needs()) {
            out.add(n.key().name().toLowerCase() + "=" + (n.anyOf() == null ? n.prefix() + "*" : new java.util.TreeSet<>(n.anyOf())));
        }
        return out;
    }

    @Test
    void needsComeFromLiteralsAndAlternationsOfRequiredNodes() {
        assertEquals(Set.of("lemma=[command, lead]", "tag=[VBN]", "lemma=[by]"),
                needed("{lemma:/^(lead|command)$/;tag:VBN}=cue </acl|dep/ {}=target >obl ({}=source >case {lemma:by})"));
        assertEquals(Set.of("lemma=[ask, urge]"), needed("{}=trigger <xcomp {lemma:/urge|ask/}"));
        assertEquals(Set.of("tag=VB*", "word=[to]"), needed("{tag:/VB.*/}=trigger >mark {word:to}"));
        assertEquals(Set.of("tag=NN*", "ner=[PERSON]"), needed("{tag:/^NN.*$/}=trigger >nsubj {ner:PERSON}=source"));
        assertEquals(Set.of("lemma=[list]", "lemma=[terror]"), needed("{lemma:list}=trigger >> {lemma:terror}"));
    }

    @Test
    void negatedRelationsWildcardsAndNerNeedNothing() {
        assertEquals(Set.of("lemma=[fight]"), needed("{lemma:fight}=trigger >nsubj {}=source !>obj ({lemma:war} >amod {})"));
        assertEquals(Set.of(), needed("{tag:/VB[DZ]/}=trigger >nsubj {ner:/^(?!PERSON$).*/}=source"));
        PatternWords.Need noun = PatternWords.need(PatternWords.Key.TAG, "NN.*");
        assertTrue(noun.accepts("NNS") && noun.accepts("NN") && !noun.accepts("VBD") && !noun.accepts("NN\n"));
        assertNull(PatternWords.alternatives("^(?!PERSON$).*"));
        assertNull(PatternWords.alternatives("VB[DPZ]?"));
        assertEquals(Set.of("a b", "c-d"), PatternWords.alternatives("(?:a b|c-d)"));
    }

    @Test
    void unknownSyntaxNeedsNothingSoThePatternAlwaysRuns() {
        for (String p : List.of("{lemma:x} >>> {lemma:y}", "{lemma:x} ?>obj {lemma:y}", "{lemma:x} [>obj {} | >iobj {}]",
                "{$}", "{lemma:x} $+ {lemma:y}", "{lemma:x")) {
            assertFalse(PatternWords.of(p).read(), p);
            assertTrue(PatternWords.of(p).needs().isEmpty(), p);
        }
    }

    @Test
    void aSentenceIsRefusedOnlyWhenThePatternCannotMatchIt() {
        Sentence s = ledBy();
        SentenceWords words = new SentenceWords(s, Set.of());
        ParseGraph graph = new ParseGraph(s);
        List<String> patterns = List.of(
                "{lemma:/^(lead|command)$/;tag:VBN}=cue </acl|dep/ {}=target >obl ({}=source >case {lemma:by})",
                "{lemma:/^(lead|command)$/;tag:VBZ}=cue >obl ({}=source >case {lemma:by})",
                "{lemma:seize}=trigger >obj ({lemma:town} >det {word:the})",
                "{lemma:seize}=trigger >obj ({lemma:city} >det {word:the})",
                "{lemma:seize}=trigger !>obj {lemma:city}",
                "{}=trigger >nsubj {lemma:/rebels?/}");
        int refused = 0;
        for (String text : patterns) {
            DependencyPattern p = DependencyPattern.compile(text);
            boolean admitted = PatternWords.of(p).admits(words);
            boolean matches = !p.matches(graph).isEmpty();
            assertTrue(admitted || !matches, "refused a match: " + text);
            refused += admitted ? 0 : 1;
        }
        assertEquals(2, refused, "the VBZ 'lead' and the seized city are not in the sentence");
        // the parse graph tags a resolved place LOCATION whatever NER said, and so do the words
        PatternWords located = PatternWords.of("{lemma:seize}=trigger >obj {ner:LOCATION}=place");
        assertFalse(located.admits(words));
        assertTrue(located.admits(new SentenceWords(s, Set.of(6))));
        DependencyPattern placed = DependencyPattern.compile("{lemma:seize}=trigger >obj {ner:LOCATION}=place");
        assertEquals(List.of(Map.of("trigger", 4, "place", 6)), placed.matches(new ParseGraph(s, Set.of(6))));
        PatternWords seize = PatternWords.of("{lemma:seize;tag:/VB.*/}=trigger >obj ({lemma:town}=target >det {})");
        assertTrue(seize.admits("trigger", s.token(4)));
        assertFalse(seize.admits("trigger", s.token(1)), "'led' is no 'seize'");
        assertTrue(seize.admits("target", s.token(6)));
        assertTrue(seize.admits("source", s.token(0)), "a node the pattern does not name asks nothing");
        SentencePatterns lazy = new SentencePatterns(s, Set.of());
        DependencyPattern town = DependencyPattern.compile(patterns.get(2));
        assertEquals(List.of(Map.of("trigger", 4)), lazy.matches(town, PatternWords.of(town)));
    }

    @Test
    void everyBundledConstructionIsRead() {
        for (String[] file : new String[][] {{"faultline/events/constructions.tsv", "4"},
            {"faultline/relations/constructions.tsv", "3"}}) {
            int withNeeds = 0;
            List<DataFiles.Line> lines = DataFiles.lines(file[0]);
            for (DataFiles.Line l : lines) {
                String pattern = l.text().split("\t")[Integer.parseInt(file[1])].strip();
                PatternWords w = PatternWords.of(pattern);
                assertTrue(w.read(), file[0] + ":" + l.number() + " not read: " + pattern);
                withNeeds += w.needs().isEmpty() ? 0 : 1;
            }
            assertTrue(withNeeds * 10 >= lines.size() * 7, file[0] + ": only " + withNeeds + " of " + lines.size() + " need words");
        }
    }
}
