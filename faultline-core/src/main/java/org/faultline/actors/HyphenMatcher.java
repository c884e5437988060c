package org.faultline.actors;

import java.util.Locale;
import org.faultline.analysis.Span;
import org.faultline.nlp.Sentence;
import org.faultline.nlp.Token;

/**
 * The named part of a hyphenated token: "US-backed", "anti-Isis", "Russian-brokered". The mention
 * leaves the token free, so the phrase around it can still name another actor ("the US-backed
 * government").
 */
final class HyphenMatcher {
    private final KnowledgeBase kb;
    private final ActorWords words;
    private final String date;

    HyphenMatcher(KnowledgeBase kb, ActorWords words, String date) {
        this.kb = kb;
        this.words = words;
        this.date = date;
    }

    void match(Sentence s, Token t, Claims claims) {
        String w = t.word();
        int dash = w.indexOf('-');
        if (dash <= 0 || dash == w.length() - 1) {
            return;
        }
        String[] parts = {w.substring(0, dash), w.substring(dash + 1)};
        int[] offsets = {0, dash + 1};
        if (words.descriptivePrefixes().contains(parts[0].toLowerCase(Locale.ROOT))
                || words.descriptiveSuffixes().contains(parts[1].toLowerCase(Locale.ROOT))) {
            return; // "Pro-Russian separatists", "Russian-speaking residents": description, not the state
        }
        for (int p = 0; p < 2; p++) {
            String part = parts[p];
            if (!Capitalisation.startsCapitalised(part)) {
                continue;
            }
            ActorEntry e = kb.named(part, date);
            String iso = e == null ? kb.countryOfAdjective(part) : null;
            if (iso != null) {
                e = kb.get(iso);
            }
            if (e != null) {
                int start = t.start() + offsets[p];
                claims.add(ActorMention.of(e, e == kb.get(iso == null ? "" : iso) ? ActorMention.Kind.NATIONAL
                        : ActorMention.Kind.NAMED, part, s.index(), t.index(), t.index() + 1,
                        new Span(start, start + part.length())));
                return;
            }
        }
    }
}
