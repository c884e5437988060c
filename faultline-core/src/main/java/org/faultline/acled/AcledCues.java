package org.faultline.acled;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.faultline.nlp.Sentence;
import org.faultline.nlp.Token;
import org.faultline.text.ClosedVocabulary;
import org.faultline.text.DataTable;

/**
 * The context cues of acled/cues.tsv: word sequences (each word matched as written or as its lemma) that
 * signal an {@link AcledCue}, either in the event's own sentence or anywhere in its paragraph (what an
 * outlet tells about one happening: "Police dispersed the crowd" after "residents marched").
 */
final class AcledCues {
    static final String RESOURCE = "faultline/acled/cues.tsv";

    /** Where a cue's words count for an event. */
    enum Scope implements ClosedVocabulary.Worded {
        SENTENCE("sentence"), PARAGRAPH("paragraph");

        private final String word;

        Scope(String word) {
            this.word = word;
        }

        @Override
        public String word() {
            return word;
        }
    }

    private record Cue(List<String> words, AcledCue cue, Scope scope) {
    }

    private final Map<String, List<Cue>> byFirstWord = new HashMap<>();

    AcledCues() {
        for (DataTable.Row r : DataTable.read(RESOURCE, List.of("words", "cue", "scope"))) {
            String where = RESOURCE + ":" + r.line();
            List<String> words = List.of(r.get("words").toLowerCase(Locale.ROOT).split("\\s+"));
            Cue c = new Cue(words, ClosedVocabulary.of(AcledCue.class, r.get("cue"), where),
                    ClosedVocabulary.of(Scope.class, r.get("scope"), where));
            byFirstWord.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(c);
        }
    }

    /** The cues of the event's own sentence and those of its paragraph's sentences with paragraph scope. */
    Set<AcledCue> find(Sentence own, List<Sentence> paragraph) {
        Set<AcledCue> out = EnumSet.noneOf(AcledCue.class);
        for (Sentence s : paragraph) {
            for (int t = 0; t < s.tokens().size(); t++) {
                Token tok = s.token(t);
                for (String key : List.of(tok.lowerWord(), tok.lowerLemma())) {
                    for (Cue c : byFirstWord.getOrDefault(key, List.of())) {
                        if ((s == own || c.scope() == Scope.PARAGRAPH) && matchesAt(s, t, c.words()) && !negated(s, t)) {
                            out.add(c.cue());
                        }
                    }
                }
            }
        }
        return out;
    }

    /** "without fighting", "no clashes": a cue word right after a negation does not hold. */
    private static boolean negated(Sentence s, int start) {
        for (int k = Math.max(0, start - 2); k < start; k++) {
            if (NEGATIONS.contains(s.token(k).lowerWord())) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> NEGATIONS = Set.of("without", "no", "not", "never");

    private static boolean matchesAt(Sentence s, int start, List<String> words) {
        if (start + words.size() > s.tokens().size()) {
            return false;
        }
        for (int i = 0; i < words.size(); i++) {
            Token t = s.token(start + i);
            if (!(t.lowerWord().equals(words.get(i)) || t.lowerLemma().equals(words.get(i)))) {
                return false;
            }
        }
        return true;
    }
}
