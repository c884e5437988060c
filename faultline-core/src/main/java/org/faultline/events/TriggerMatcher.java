package org.faultline.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.faultline.analysis.Span;
import org.faultline.nlp.Dependency;
import org.faultline.nlp.Sentence;
import org.faultline.nlp.Token;

/**
 * Finds dictionary triggers in a sentence. For each head token the most specific matching pattern
 * wins, and a token consumed by a multiword or constrained pattern ("launched an offensive") does not
 * start a second event of its own.
 */
public final class TriggerMatcher {
    private final TriggerDictionary dictionary;

    public TriggerMatcher(TriggerDictionary dictionary) {
        this.dictionary = dictionary;
    }

    public List<TriggerMatch> match(Sentence s) {
        List<TriggerMatch> found = new ArrayList<>();
        for (Token t : s.tokens()) {
            TriggerMatch best = null;
            for (TriggerPattern p : dictionary.forHead(lemma(t))) {
                TriggerMatch m = tryMatch(s, t.index(), p);
                if (m != null && (best == null || p.specificity() > best.pattern().specificity())) {
                    best = m;
                }
            }
            if (best != null) {
                found.add(best);
            }
        }
        return dropConsumed(found);
    }

    /** The type of the plain noun trigger with this lemma ("strike", "execution"), or null. */
    String nounType(String lemma) {
        for (TriggerPattern p : dictionary.forHead(lemma)) {
            if (p.pos().equals("N") && p.lemmas().size() == 1 && p.constraints().isEmpty()) {
                return p.type();
            }
        }
        return null;
    }

    static String lemma(Token t) {
        String l = t.lemma().toLowerCase(Locale.ROOT);
        return l.equals("airstrike") || l.equals("air-strike") ? "airstrike" : l;
    }

    private static TriggerMatch tryMatch(Sentence s, int head, TriggerPattern p) {
        Token h = s.token(head);
        if (!posOk(h, p.pos())) {
            return null;
        }
        List<Integer> covered = new ArrayList<>();
        int first = head - p.headOffset();
        if (first < 0 || first + p.lemmas().size() > s.tokens().size()) {
            return null;
        }
        for (int i = 0; i < p.lemmas().size(); i++) {
            Token t = s.token(first + i);
            String want = p.lemmas().get(i);
            if (!(lemma(t).equals(want) || t.lowerWord().equals(want))) {
                return null;
            }
            covered.add(first + i);
        }
        for (TriggerPattern.DepConstraint c : p.constraints()) {
            Integer child = constrainedChild(s, head, c);
            if (child == null) {
                return null;
            }
            if (!c.lemmas().isEmpty()) {
                covered.add(child); // a wildcard child ("hand >obl:to *") is an argument, not part of the trigger
            }
        }
        int start = s.token(covered.stream().min(Integer::compare).orElse(head)).start();
        int end = s.token(covered.stream().max(Integer::compare).orElse(head)).end();
        return new TriggerMatch(p, s.index(), head, List.copyOf(covered), new Span(start, end));
    }

    private static Integer constrainedChild(Sentence s, int head, TriggerPattern.DepConstraint c) {
        // ">obl:from treaty": an oblique introduced by "from" (UD subtypes like "compound:prt" match as written)
        String wantRel = c.relation();
        String wantCase = null;
        int colon = wantRel.indexOf(':');
        if (colon > 0 && !UD_SUBTYPES.contains(wantRel)) {
            wantCase = wantRel.substring(colon + 1);
            wantRel = wantRel.substring(0, colon);
        }
        for (Dependency d : s.children(head)) {
            String rel = d.relation();
            if (wantCase != null && !hasCase(s, d.dependent(), wantCase)) {
                continue;
            }
            if (rel.equals(wantRel) || rel.startsWith(wantRel + ":")) {
                Token child = s.token(d.dependent());
                if (c.lemmas().isEmpty() || named(c, child)) {
                    return d.dependent();
                }
                Integer counted = countedNoun(s, d.dependent(), c);
                if (counted != null) {
                    return counted;
                }
                Integer under = underDeterminer(s, d.dependent(), c, 0);
                if (under != null) {
                    return under;
                }
            }
        }
        return null;
    }

    private static boolean named(TriggerPattern.DepConstraint c, Token t) {
        return c.lemmas().contains(lemma(t)) || c.lemmas().contains(t.lowerWord());
    }

    /**
     * "pledged an extra $100 million" parsed with the article as the object: a determiner heading an
     * argument is a misparse, and the word it stands for is among its modifiers.
     */
    private static Integer underDeterminer(Sentence s, int token, TriggerPattern.DepConstraint c, int depth) {
        if (depth > 2 || !(depth > 0 || s.token(token).pos().equals("DT"))) {
            return null;
        }
        for (Dependency d : s.children(token)) {
            String rel = d.relation();
            if (rel.equals("amod") || rel.equals("dep") || rel.equals("nummod") || rel.equals("compound")) {
                if (named(c, s.token(d.dependent()))) {
                    return d.dependent();
                }
                Integer deeper = underDeterminer(s, d.dependent(), c, depth + 1);
                if (deeper != null) {
                    return deeper;
                }
            }
        }
        return null;
    }

    /** "revoked a series of agreements", "a package of sanctions": the counted noun of a quantity noun. */
    private static Integer countedNoun(Sentence s, int token, TriggerPattern.DepConstraint c) {
        if (!NounLicensing.QUANTITY_NOUNS.contains(s.token(token).lowerLemma())) {
            return null;
        }
        for (int n : s.children(token, "nmod")) {
            if (hasCase(s, n, "of") && named(c, s.token(n))) {
                return n;
            }
        }
        return null;
    }

    private static final java.util.Set<String> UD_SUBTYPES = java.util.Set.of("compound:prt", "nmod:poss",
            "nsubj:pass", "aux:pass", "obl:tmod", "obl:npmod", "acl:relcl", "nmod:tmod", "det:predet", "cc:preconj");

    private static boolean hasCase(Sentence s, int token, String word) {
        for (int c : s.children(token, "case")) {
            if (s.token(c).lowerWord().equals(word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean posOk(Token t, String pos) {
        return switch (pos) {
            case "V" -> t.isVerb();
            case "N" -> t.isNoun();
            case "A" -> t.isAdjective() || t.pos().startsWith("VBN");
            default -> true;
        };
    }

    private static List<TriggerMatch> dropConsumed(List<TriggerMatch> found) {
        Set<Integer> consumed = new HashSet<>();
        for (TriggerMatch m : found) {
            for (int t : m.tokens()) {
                if (t != m.head()) {
                    consumed.add(t);
                }
            }
        }
        List<TriggerMatch> out = new ArrayList<>();
        for (TriggerMatch m : found) {
            if (!consumed.contains(m.head())) {
                out.add(m);
            }
        }
        return out;
    }
}
