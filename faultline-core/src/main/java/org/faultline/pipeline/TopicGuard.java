package org.faultline.pipeline;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.faultline.ingest.Article;
import org.faultline.text.ClosedVocabulary;
import org.faultline.text.DataFiles;
import org.faultline.text.DataTable;

/**
 * Tells a sport, business or weather report from conflict news before it is analysed, so that "Arsenal
 * attacked down the left", "shares were hammered" or "the storm battered the coast" give no conflict
 * events. A document-level count of distinct cue words ({@code faultline/pipeline/off-topic-cues.tsv})
 * against distinct conflict words ({@code faultline/pipeline/conflict-cues.txt}): a text is a topic's
 * report when it has at least {@value #CUES_PER_CONFLICT_CUE} of that topic's cues for every conflict cue
 * plus one (so a match report that mentions a war of words needs six). Trigger rows stay as they are: the
 * words are the same, the frame is not. Thread-safe (immutable).
 */
public final class TopicGuard {
    static final String CUES = "faultline/pipeline/off-topic-cues.tsv";
    static final String CONFLICT = "faultline/pipeline/conflict-cues.txt";
    static final int CUES_PER_CONFLICT_CUE = 3;

    /** The topics whose reports are not conflict news. */
    public enum Topic implements ClosedVocabulary.Worded {
        SPORT("sport"), BUSINESS("business"), WEATHER("weather");

        private final String word;

        Topic(String word) {
            this.word = word;
        }

        @Override
        public String word() {
            return word;
        }
    }

    private final Map<Topic, List<String>> cues = new EnumMap<>(Topic.class);
    private final List<String> conflict = new ArrayList<>();

    public TopicGuard() {
        for (DataTable.Row r : DataTable.read(CUES, List.of("topic", "cue"))) {
            Topic t = ClosedVocabulary.of(Topic.class, r.get("topic"), r.resource() + ":" + r.line());
            cues.computeIfAbsent(t, k -> new ArrayList<>()).add(padded(r.get("cue")));
        }
        for (DataFiles.Line l : DataFiles.lines(CONFLICT)) {
            conflict.add(padded(l.text()));
        }
    }

    /** Why the article is not analysed (the topic and the cues found), or null when it may be conflict news. */
    public String refusal(Article article) {
        String text = padded((article.title() == null ? "" : article.title() + " ") + article.text());
        int conflictCues = found(conflict, text).size();
        Topic best = null;
        Set<String> bestCues = Set.of();
        for (Map.Entry<Topic, List<String>> e : cues.entrySet()) {
            Set<String> f = found(e.getValue(), text);
            if (f.size() > bestCues.size()) {
                best = e.getKey();
                bestCues = f;
            }
        }
        if (best == null || bestCues.size() < CUES_PER_CONFLICT_CUE * (conflictCues + 1)) {
            return null;
        }
        return "reads as a " + best.word() + " report, not conflict news (" + bestCues.size() + " " + best.word()
                + " cues: " + String.join(", ", new TreeSet<>(bestCues)) + "; " + conflictCues + " conflict cue"
                + (conflictCues == 1 ? "" : "s") + ")";
    }

    private static Set<String> found(List<String> words, String text) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : words) {
            if (text.contains(w)) {
                out.add(w.strip());
            }
        }
        return out;
    }

    /** Lower case, accents kept, every run of non-letters and non-digits one space, padded with spaces. */
    static String padded(String s) {
        String folded = Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(folded.length() + 2).append(' ');
        boolean space = true;
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) {
                b.appendCodePoint(cp);
                space = false;
            } else if (!space) {
                b.append(' ');
                space = true;
            }
            i += Character.charCount(cp);
        }
        if (!space) {
            b.append(' ');
        }
        return b.toString();
    }
}
