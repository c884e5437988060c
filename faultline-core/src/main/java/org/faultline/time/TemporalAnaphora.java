package org.faultline.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.faultline.analysis.EventDate;
import org.faultline.analysis.Span;
import org.faultline.nlp.Sentence;
import org.faultline.text.DataFiles;
import org.faultline.text.NumberWords;

/**
 * Dates given relative to the event reported before: "that day", "the previous day", "a day later",
 * "two days later" (phrases in time/anaphora.tsv). The reference is the last day-precise date the
 * text itself gave an event; the published date is no reference, since these phrases point back
 * into the story, not to the day of writing.
 */
public final class TemporalAnaphora {
    private record Phrase(List<String> words, String offset) {
    }

    private final List<Phrase> phrases = new ArrayList<>();

    public TemporalAnaphora() {
        String file = "faultline/time/anaphora.tsv";
        for (DataFiles.Line l : DataFiles.lines(file)) {
            String[] f = l.text().split("\t");
            if (f.length != 2 || !f[1].strip().matches("-?(\\d*N|\\d+)")) {
                throw new IllegalArgumentException(file + ":" + l.number() + ": expected phrase<TAB>offset (N, -N, 7N, -7N or days)");
            }
            List<String> words = new ArrayList<>();
            for (String w : f[0].strip().split("\\s+")) {
                words.add(w.equals("N") ? w : w.toLowerCase(Locale.ROOT)); // N stands for a number
            }
            phrases.add(new Phrase(List.copyOf(words), f[1].strip()));
        }
    }

    /** The date an anaphoric phrase in the sentence gives, relative to {@code reference}; null when none. */
    public EventDate date(Sentence s, EventDate reference) {
        if (reference == null || !"day".equals(reference.precision())) {
            return null;
        }
        LocalDate base;
        try {
            base = LocalDate.parse(reference.value());
        } catch (java.time.DateTimeException e) {
            return null; // a day the text names that no calendar has ("29 February 2023"): no anchor
        }
        Found f = find(s);
        if (f == null) {
            return null;
        }
        String o = f.phrase().offset();
        long unit = o.replace("-", "").equals("N") ? 1 : o.contains("N") ? Long.parseLong(o.replace("-", "").replace("N", "")) : 0;
        long days = unit == 0 ? Long.parseLong(o) : (o.startsWith("-") ? -1 : 1) * unit * f.n();
        int end = f.token() + f.phrase().words().size() - 1;
        return new EventDate(base.plusDays(days).toString(), "day",
                new Span(s.token(f.token()).start(), s.token(end).end()), "anaphora");
    }

    /** The first token of the sentence's anaphoric phrase, or -1 when it has none. */
    public int phraseStart(Sentence s) {
        Found f = find(s);
        return f == null ? -1 : f.token();
    }

    private record Found(int token, Phrase phrase, long n) {
    }

    private Found find(Sentence s) {
        String[] lower = new String[s.tokens().size()]; // once per sentence, not per token and phrase
        for (int i = 0; i < lower.length; i++) {
            lower[i] = s.token(i).lowerWord();
        }
        for (int i = 0; i < lower.length; i++) {
            for (Phrase p : phrases) {
                Long n = matchAt(lower, i, p);
                if (n != null) {
                    return new Found(i, p, n);
                }
            }
        }
        return null;
    }

    /** The phrase's N (1 when it has none) if it stands at token i, else null. */
    private static Long matchAt(String[] lower, int i, Phrase p) {
        if (i + p.words().size() > lower.length) {
            return null;
        }
        for (int k = 0; k < p.words().size(); k++) { // the words first: few tokens get as far as a number
            String want = p.words().get(k);
            if (!want.equals("N") && !lower[i + k].equals(want)) {
                return null;
            }
        }
        long n = 1;
        for (int k = 0; k < p.words().size(); k++) {
            if (p.words().get(k).equals("N")) {
                Long v = NumberWords.parse(lower[i + k], null);
                if (v == null) {
                    return null;
                }
                n = v;
            }
        }
        return n;
    }
}
