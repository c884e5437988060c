package org.faultline.grammar;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.faultline.nlp.DependencyPattern;
import org.faultline.nlp.Token;

/**
 * The words a dependency pattern needs in a sentence before it can match. Semgrex tries every token of
 * the sentence as the pattern's first node (after sorting the graph) for every pattern, which made the
 * constructions of events and relations most of their stages' time; most patterns name a lemma
 * ({@code {lemma:/^(lead|head)$/}}, {@code {lemma:by}}) that most sentences lack.
 *
 * <p>Read from the pattern's text: every node a match must bind (any node not under a negated relation)
 * needs, for each of its lemma, word and tag attributes that is a literal or an alternation of literals,
 * a token of the sentence with one of those values. Semgrex compares a literal with {@code equals} and a
 * regex with {@code matches} (the whole value), so a sentence lacking one cannot match. Other attributes
 * (regexes with wildcards, NER, which the parse graph may override for places) need nothing, and a
 * pattern in syntax this reader does not know needs nothing at all: it always runs.
 */
public final class PatternWords {
    /** The token attribute a need reads, as Semgrex names it. */
    enum Key {
        LEMMA, WORD, TAG, NER
    }

    /**
     * One node attribute: a token whose value for the key is one of {@code anyOf} (a literal, an
     * alternation of literals), or when that is null starts with {@code prefix} ({@code /NN.*}/).
     */
    record Need(Key key, Set<String> anyOf, String prefix) {
        /** Whether Semgrex's whole-value match could accept this value (a missing value is not ruled out). */
        boolean accepts(String value) {
            if (value == null) {
                return true;
            }
            if (anyOf != null) {
                return anyOf.contains(value);
            }
            // ".*" matches anything but a line terminator
            return value.startsWith(prefix) && value.chars().skip(prefix.length()).noneMatch(PatternWords::lineEnd);
        }
    }

    private static final Pattern LITERAL = Pattern.compile("[\\p{L}\\p{N}_' -]+");

    private final List<Need> needs;
    /** The attributes of each named node ({@code {lemma:x}=trigger}), which the token it binds must have. */
    private final Map<String, List<Need>> named;
    private final boolean read;

    private PatternWords(List<Need> needs, Map<String, List<Need>> named, boolean read) {
        this.needs = List.copyOf(needs);
        this.named = Map.copyOf(named);
        this.read = read;
    }

    public static PatternWords of(DependencyPattern pattern) {
        return of(pattern.toString());
    }

    static PatternWords of(String semgrex) {
        try {
            Reader r = new Reader(semgrex);
            return new PatternWords(r.read(), r.named, true);
        } catch (Unread e) {
            return new PatternWords(List.of(), Map.of(), false);
        }
    }

    /** Whether the sentence holds every word the pattern needs (false: it cannot match). */
    public boolean admits(SentenceWords words) {
        for (Need n : needs) {
            if (!words.hasAny(n)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a match could bind the named node to this token: false when the token lacks a value the
     * node's literal attributes require (so no match binds it there).
     */
    public boolean admits(String node, Token t) {
        for (Need n : named.getOrDefault(node, List.of())) {
            String value = switch (n.key()) {
                case LEMMA -> t.lemma();
                case WORD -> t.word();
                case TAG -> t.pos();
                case NER -> null; // the parse graph may tag a place token LOCATION: not ruled out here
            };
            if (!n.accepts(value)) {
                return false;
            }
        }
        return true;
    }

    List<Need> needs() {
        return needs;
    }

    /** False when the pattern used syntax this reader does not know (it then needs nothing). */
    boolean read() {
        return read;
    }

    /** Syntax outside the subset read here. */
    private static final class Unread extends Exception {
        Unread() {
            super(null, null, false, false);
        }
    }

    /**
     * Recursive descent over the subset of Semgrex the bundled constructions use:
     * {@code expr := node relation*}, {@code node := '{' attrs '}' name? | '(' expr ')' name?},
     * {@code relation := '!'? ('>'|'<'|'>>'|'<<') (word|/regex/)? node}, {@code name := '=' word}.
     */
    private static final class Reader {
        private final String s;
        private final List<Need> needs = new ArrayList<>();
        private final Map<String, List<Need>> named = new HashMap<>();
        private int pos;

        Reader(String s) {
            this.s = s;
        }

        List<Need> read() throws Unread {
            expr(true);
            space();
            if (pos != s.length()) {
                throw new Unread();
            }
            return needs;
        }

        private void expr(boolean required) throws Unread {
            node(required);
            while (true) {
                space();
                if (pos == s.length() || peek() == ')') {
                    return;
                }
                relation(required);
            }
        }

        private void relation(boolean required) throws Unread {
            boolean negated = peek() == '!';
            if (negated) {
                pos++;
            }
            char op = peek();
            if (op != '>' && op != '<') {
                throw new Unread(); // ?>, $+, [ ... | ... ] and the rest
            }
            pos++;
            if (peek() == op) {
                pos++; // >> and <<: a descendant or ancestor, which must exist as much as a child
            }
            char c = peek();
            if (c == '/') {
                regex();
            } else if (c == '>' || c == '<' || c == '+' || c == '-' || c == '@' || c == '#' || c == '=') {
                throw new Unread();
            } else {
                while (pos < s.length() && (Character.isLetterOrDigit(peek()) || peek() == ':' || peek() == '_')) {
                    pos++;
                }
            }
            space();
            node(required && !negated); // what a negated relation names must be absent, not present
        }

        private void node(boolean required) throws Unread {
            char c = peek();
            if (c == '{') {
                pos++;
                List<Need> attrs = attributes();
                if (required) {
                    needs.addAll(attrs);
                }
                String name = name();
                if (name != null) {
                    named.computeIfAbsent(name, k -> new ArrayList<>()).addAll(attrs); // a name used twice is one node
                }
            } else if (c == '(') {
                pos++;
                space();
                expr(required);
                if (peek() != ')') {
                    throw new Unread();
                }
                pos++;
                name();
            } else {
                throw new Unread();
            }
        }

        /** An optional {@code =name}: the name, or null. */
        private String name() throws Unread {
            int at = pos;
            space();
            if (pos < s.length() && peek() == '=') {
                pos++;
                space();
                int from = pos;
                while (pos < s.length() && (Character.isLetterOrDigit(peek()) || peek() == '_')) {
                    pos++;
                }
                if (pos == from) {
                    throw new Unread();
                }
                return s.substring(from, pos);
            }
            pos = at;
            return null;
        }

        /** After '{': {@code key:value} pairs separated by ';' up to '}'. */
        private List<Need> attributes() throws Unread {
            List<Need> out = new ArrayList<>();
            space();
            if (peek() == '}') {
                pos++;
                return out;
            }
            while (true) {
                space();
                int from = pos;
                while (pos < s.length() && Character.isLetterOrDigit(peek())) {
                    pos++;
                }
                String key = s.substring(from, pos);
                if (key.isEmpty() || peek() != ':') {
                    throw new Unread(); // {$}, {!...}, key!:value
                }
                pos++;
                boolean negated = peek() == '!';
                if (negated) {
                    pos++;
                }
                Need need;
                Key k = key(key);
                if (peek() == '/') {
                    need = need(k, regex());
                } else {
                    int v = pos;
                    while (pos < s.length() && peek() != ';' && peek() != '}') {
                        pos++;
                    }
                    String literal = s.substring(v, pos);
                    boolean plain = LITERAL.matcher(literal).matches() && literal.strip().equals(literal);
                    need = plain && k != null ? new Need(k, Set.of(literal), null) : null;
                }
                if (!negated && need != null) {
                    out.add(need);
                }
                space();
                char c = peek();
                pos++;
                if (c == '}') {
                    return out;
                }
                if (c != ';') {
                    throw new Unread();
                }
            }
        }

        private static Key key(String name) {
            return switch (name) {
                case "lemma" -> Key.LEMMA;
                case "word" -> Key.WORD;
                case "tag" -> Key.TAG;
                case "ner" -> Key.NER;
                default -> null;
            };
        }

        /** After '/': the regex up to the closing unescaped '/', which is consumed. */
        private String regex() throws Unread {
            int from = ++pos;
            while (pos < s.length() && peek() != '/') {
                pos += peek() == '\\' ? 2 : 1;
            }
            if (pos >= s.length()) {
                throw new Unread();
            }
            return s.substring(from, pos++);
        }

        private char peek() throws Unread {
            if (pos >= s.length()) {
                throw new Unread();
            }
            return s.charAt(pos);
        }

        private void space() {
            while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
                pos++;
            }
        }
    }

    /** The need a regex attribute makes: an alternation of literals or a literal followed by ".*"; else none. */
    static Need need(Key key, String regex) {
        if (key == null) {
            return null;
        }
        Set<String> any = alternatives(regex);
        if (any != null) {
            return new Need(key, any, null);
        }
        String r = regex.startsWith("^") ? regex.substring(1) : regex;
        r = r.endsWith("$") && !r.endsWith("\\$") ? r.substring(0, r.length() - 1) : r;
        if (r.endsWith(".*")) {
            String prefix = r.substring(0, r.length() - 2);
            if (LITERAL.matcher(prefix).matches()) {
                return new Need(key, null, prefix);
            }
        }
        return null;
    }

    private static boolean lineEnd(int c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /**
     * The values a regex matches whole when it is an alternation of literals ({@code ^(a|b)$},
     * {@code (?:a|b)}, {@code a|b}); null for any other regex.
     */
    static Set<String> alternatives(String regex) {
        String r = regex;
        if (r.startsWith("^")) {
            r = r.substring(1);
        }
        if (r.endsWith("$") && !r.endsWith("\\$")) {
            r = r.substring(0, r.length() - 1);
        }
        if (r.startsWith("(") && r.endsWith(")") && r.indexOf(')') == r.length() - 1) {
            r = r.substring(r.startsWith("(?:") ? 3 : 1, r.length() - 1);
        }
        List<String> out = new ArrayList<>();
        for (String alt : r.split("\\|", -1)) {
            if (!LITERAL.matcher(alt).matches()) {
                return null;
            }
            out.add(alt);
        }
        return Set.copyOf(out);
    }
}
