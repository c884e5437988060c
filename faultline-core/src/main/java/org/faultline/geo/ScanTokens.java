package org.faultline.geo;

import static org.faultline.geo.NameShapes.*;

import java.util.List;
import java.util.Set;
import org.faultline.nlp.EntityMention;
import org.faultline.nlp.Sentence;
import org.faultline.nlp.Token;

/**
 * One sentence as place recognition reads it: its tokens, what NER tagged each one, which tokens a
 * match has already taken, and the token tests every rule shares (adjacency, spans that can be a
 * name). {@link PlaceCues} and {@link SentenceScan} build on it.
 */
abstract class ScanTokens {
    enum Tag { NONE, LOC, PER, OTHER }

    static final Set<String> LOCATION_TYPES = Set.of(
            "LOCATION", "LOC", "GPE", "CITY", "COUNTRY", "STATE_OR_PROVINCE", "FAC");
    private static final Set<String> IGNORED_TYPES = Set.of(
            "DATE", "TIME", "DURATION", "SET", "NUMBER", "ORDINAL", "MONEY", "PERCENT", "EMAIL", "URL", "O");

    final String text;
    final Sentence sentence;
    final List<Token> toks;
    final List<EntityMention> ents;
    final Tag[] tag;
    final EntityMention[] entityAt;
    final boolean[] used;
    final boolean[] inMention;
    final int first;
    final boolean titleCase;
    int lastMentionEnd = -1;

    ScanTokens(String text, Sentence sentence, List<EntityMention> ents) {
        this.text = text;
        this.sentence = sentence;
        this.toks = sentence.tokens();
        this.ents = ents;
        int n = toks.size();
        tag = new Tag[n];
        entityAt = new EntityMention[n];
        used = new boolean[n];
        inMention = new boolean[n];
        java.util.Arrays.fill(tag, Tag.NONE);
        for (EntityMention e : ents) {
            Tag t = LOCATION_TYPES.contains(e.type()) ? Tag.LOC
                    : "PERSON".equals(e.type()) ? Tag.PER
                    : IGNORED_TYPES.contains(e.type()) ? Tag.NONE : Tag.OTHER;
            for (int i = Math.max(0, e.tokenStart()); i < Math.min(n, e.tokenEnd()); i++) {
                tag[i] = t;
                entityAt[i] = e;
            }
        }
        int f = 0;
        while (f < n && !hasLetter(toks.get(f).word())) {
            f++;
        }
        first = f;
        titleCase = isTitleCase(toks);
    }

    boolean validSpan(int i, int j) {
        for (int t = i; t < j; t++) {
            if (used[t]) {
                return false;
            }
            if (t > i && !adjacentOrSpace(t - 1, t)) {
                return false;
            }
        }
        String last = word(j - 1);
        boolean lastOk = isNameStart(last) || (j - 1 > i && Lexicon.NAME_SUFFIXES.contains(lower(j - 1)));
        if (!lastOk) {
            return false;
        }
        for (int t = i + 1; t < j - 1; t++) {
            String w = word(t);
            if (!isNameStart(w) && !Lexicon.CONNECTORS.contains(lower(t)) && !isHyphen(w)) {
                return false;
            }
        }
        return true;
    }

    void mark(int a, int b) {
        for (int t = a; t < b && t < used.length; t++) {
            used[t] = true;
        }
    }

    String surface(int a, int b) {
        return text.substring(toks.get(a).start(), toks.get(b - 1).end());
    }

    String word(int i) { return toks.get(i).word(); }

    String lower(int i) { return Names.lower(toks.get(i).word()); }

    String previousWord(int a) { return a > 0 ? lower(a - 1) : ""; }

    boolean adjacent(int a, int b) { return toks.get(a).end() == toks.get(b).start(); }

    /** Tokens of one name are joined by nothing (split hyphens) or by spaces within one line. */
    boolean adjacentOrSpace(int a, int b) {
        int from = toks.get(a).end();
        int to = toks.get(b).start();
        if (to < from || to - from > 2) {
            return false;
        }
        for (int c = from; c < to; c++) {
            if (text.charAt(c) != ' ' && text.charAt(c) != '\u00a0') {
                return false;
            }
        }
        return true;
    }
}
