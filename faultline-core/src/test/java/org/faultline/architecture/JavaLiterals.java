package org.faultline.architecture;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts the English words a Java source holds in string literals (comments are not code). An
 * English word is a literal of letters (words joined by spaces, hyphens or apostrophes), or each
 * alternative of a "|"-separated list of such words (a regex word list), except:
 * <ul>
 *   <li>all-capitals literals: NER and POS tags, PLOVER types, sector and actor-type codes;</li>
 *   <li>Universal Dependencies relation labels ("nsubj", "obl", "case", "det", ...);</li>
 *   <li>format keys: a literal that is the first argument (or the field after a node) of an accessor
 *       such as {@code get("name")}, {@code path("aliases")}, {@code text(node, "iso3")}, or a lexicon
 *       concept's name, {@code words("group-nouns")}.</li>
 * </ul>
 */
final class JavaLiterals {
    private JavaLiterals() {
    }

    /** Universal Dependencies v2 relation labels (without subtypes), which CoreNLP's parser emits. */
    static final Set<String> UD_LABELS = Set.of("acl", "advcl", "advmod", "amod", "appos", "aux", "case", "cc",
            "ccomp", "clf", "compound", "conj", "cop", "csubj", "dep", "det", "discourse", "dislocated", "expl",
            "fixed", "flat", "goeswith", "iobj", "list", "mark", "nmod", "nsubj", "nummod", "obj", "obl", "orphan",
            "parataxis", "punct", "reparandum", "root", "vocative", "xcomp", "relcl", "poss", "pass", "tmod",
            "npmod", "prt", "agent", "neg", "nsubjpass", "csubjpass", "auxpass", "dobj", "pobj", "prep", "pcomp",
            "preconj", "predet", "quantmod", "num", "possessive", "ref", "sdep", "xsubj");

    private static final Pattern WORDS = Pattern.compile("[A-Za-z]+(?:[ '\u2019-][A-Za-z]+)*");
    private static final Pattern ALTERNATIVES = Pattern.compile("\\(?(?:\\?i\\))?\\(?([a-z]+(?:\\|[a-z]+)+)\\)?");
    private static final Pattern ACCESSOR = Pattern.compile(
            "\\b(?:get|path|has|optional|integer|number|text|field|put|getOrDefault|remove|containsKey|with|"
                    + "asText|required|column|words|table|resource)\\(\\s*(?:\\w+\\s*,\\s*)?$");

    /** The English words of each string literal in the source (one entry per word). */
    static List<String> englishWords(String source) {
        List<String> out = new ArrayList<>();
        for (Literal l : literals(source)) {
            if (isKey(source, l.start())) {
                continue;
            }
            String v = l.value();
            Matcher alt = ALTERNATIVES.matcher(v);
            if (alt.matches()) {
                for (String w : alt.group(1).split("\\|")) {
                    if (!UD_LABELS.contains(w)) {
                        out.add(w);
                    }
                }
            } else if (WORDS.matcher(v).matches() && !v.equals(v.toUpperCase(java.util.Locale.ROOT))
                    && !UD_LABELS.contains(v)) {
                out.add(v);
            }
        }
        return out;
    }

    private static boolean isKey(String source, int literalStart) {
        int from = Math.max(0, literalStart - 60);
        return ACCESSOR.matcher(source.substring(from, literalStart)).find();
    }

    record Literal(int start, String value) {
    }

    /** String literals (text blocks included) outside comments; char literals skipped. */
    static List<Literal> literals(String s) {
        List<Literal> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '/' && i + 1 < s.length() && s.charAt(i + 1) == '/') {
                i = s.indexOf('\n', i);
                i = i < 0 ? s.length() : i;
            } else if (c == '/' && i + 1 < s.length() && s.charAt(i + 1) == '*') {
                int end = s.indexOf("*/", i + 2);
                i = end < 0 ? s.length() : end + 2;
            } else if (s.startsWith("\"\"\"", i)) {
                int end = s.indexOf("\"\"\"", i + 3);
                end = end < 0 ? s.length() : end;
                out.add(new Literal(i, s.substring(i + 3, end)));
                i = end + 3;
            } else if (c == '"') {
                StringBuilder v = new StringBuilder();
                int j = i + 1;
                while (j < s.length() && s.charAt(j) != '"') {
                    if (s.charAt(j) == '\\' && j + 1 < s.length()) {
                        v.append('\0'); // an escape is never part of a word
                        j += s.charAt(j + 1) == 'u' ? 6 : 2;
                    } else {
                        v.append(s.charAt(j++));
                    }
                }
                out.add(new Literal(i, v.toString()));
                i = j + 1;
            } else if (c == '\'') {
                int j = i + 1;
                while (j < s.length() && s.charAt(j) != '\'') {
                    j += s.charAt(j) == '\\' ? 2 : 1;
                }
                i = j + 1;
            } else {
                i++;
            }
        }
        return out;
    }
}
