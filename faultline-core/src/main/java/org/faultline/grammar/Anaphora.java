package org.faultline.grammar;

import java.util.List;
import java.util.Set;
import org.faultline.actors.ActorMention;
import org.faultline.lexicon.Lexicon;
import org.faultline.nlp.Sentence;
import org.faultline.nlp.Token;

/**
 * Cheap pronoun and definite-description resolution: "it", "they", "he", "the group", "these forces"
 * go to the most recent compatible actor mentioned before them. Coreference models cost seconds per
 * article; this costs nothing and gets the common cases of news prose.
 */
public final class Anaphora {
    private static final Lexicon EN = Lexicon.english();
    private static final Set<String> SINGULAR = EN.words("singular-pronouns");
    private static final Set<String> PLURAL = EN.words("plural-pronouns");
    private static final Set<String> PERSON = EN.words("person-pronouns");
    private static final Set<String> FIRST_PERSON = EN.words("first-person-pronouns");
    private static final Set<String> PERSON_NOUNS = EN.words("person-agent-nouns");
    private static final Set<String> NONSTATE_NOUNS = EN.words("non-state-descriptions");
    private static final Set<String> ARMED_NOUNS = EN.words("armed-descriptions");
    private static final Set<String> STATE_NOUNS = EN.words("state-descriptions");
    private static final Set<String> DEMONSTRATIVES = EN.words("definite-determiners");
    private static final Set<String> ORGANISATION_NOUNS = EN.words("organisation-descriptions");

    private final List<ActorMention> mentions;
    private final List<Sentence> sentences;

    public Anaphora(List<ActorMention> mentions) {
        this(mentions, List.of());
    }

    /** With the article's sentences, a pronoun prefers the subject of the sentence its antecedent is in. */
    public Anaphora(List<ActorMention> mentions, List<Sentence> sentences) {
        this.mentions = mentions;
        this.sentences = sentences;
    }

    /** True when the token is something this class can resolve. */
    public static boolean isAnaphor(Sentence s, int token) {
        Token t = s.token(token);
        String w = t.lowerWord();
        if (SINGULAR.contains(w) || PLURAL.contains(w) || PERSON.contains(w)) {
            return t.pos().startsWith("PRP");
        }
        if (FIRST_PERSON.contains(w)) {
            return t.pos().startsWith("PRP") && quoted(s, token);
        }
        if (!(NONSTATE_NOUNS.contains(w) || ARMED_NOUNS.contains(w) || STATE_NOUNS.contains(w))) {
            return false;
        }
        // "the group", "these forces", "the Islamic group", "her government", "the Iran-aligned group": a
        // determiner or possessive pronoun, with at most one modifier between (a hyphenated one is three tokens)
        int k = token - 1;
        if (k >= 2 && s.token(k - 1).pos().equals("HYPH")) {
            k -= 3;
        } else if (k >= 0 && (s.token(k).isAdjective() || s.token(k).isProperNoun())) {
            k--;
        }
        return k >= 0 && (DEMONSTRATIVES.contains(s.token(k).lowerWord()) || s.token(k).pos().equals("PRP$"));
    }

    /**
     * "The group", "the movement": a description of an organisation refers to one named before. ("The
     * insurgents", "the militants" stay a party of their own, the gold's convention too.)
     */
    public static boolean isOrganisation(Sentence s, int token) {
        return ORGANISATION_NOUNS.contains(s.token(token).lowerWord());
    }

    /** The antecedent of the anaphor at (sentence, token), or null. */
    public ActorMention resolve(Sentence s, int token) {
        return resolve(s, token, 0);
    }

    private ActorMention resolve(Sentence s, int token, int depth) {
        if (FIRST_PERSON.contains(s.token(token).lowerWord())) {
            return depth < 3 ? speaker(s, token, depth) : null;
        }
        if (depth < 3 && s.token(token).pos().startsWith("PRP")) {
            ActorMention governing = governingSubject(s, token, depth);
            if (governing != null) {
                return governing;
            }
        }
        for (int k = token - 1; k >= Math.max(0, token - 2) && s.token(token).isNoun(); k--) {
            if (s.token(k).pos().equals("PRP$")) {
                return resolve(s, k, depth + 1); // "her government": whoever "her" is
            }
        }
        Token t = s.token(token);
        String w = t.lowerWord();
        int offset = t.start();
        ActorMention best = null;
        ActorMention subject = null;
        for (ActorMention m : mentions) {
            if (m.span().start() >= offset) {
                break;
            }
            if (compatible(w, m) && !(t.isNoun() && m.kind() == ActorMention.Kind.GENERIC) && !contains(s, m, token)) {
                if (best == null || best.sentence() != m.sentence()) {
                    subject = null;
                }
                if (subject == null && isSubject(m)) {
                    subject = m;
                }
                best = m;
            }
        }
        if (t.pos().startsWith("PRP") && (best == null || best.sentence() != s.index()) && depth < 3) {
            ActorMention described = describedSubject(s.index() - 1, w, depth);
            if (described != null) {
                return described; // "The Iran-backed group says ... It has carried out": the group
            }
        }
        if (t.pos().startsWith("PRP") && best != null && best.sentence() != s.index() && subject != null) {
            // "Rebels took Aleppo from the army. They ...": a pronoun in a new sentence continues the topic,
            // the subject of the last sentence that named a party, not whoever was named last
            return subject;
        }
        return best;
    }

    /**
     * A subject pronoun of a clause that depends on another clause refers to that clause's subject:
     * "the group says it is targeting ships", "it has carried out 30 attacks since it seized a ship". The
     * governing subject may itself be a definite description or pronoun ("the Iran-backed group"), resolved
     * in turn. Null when the pronoun heads no such clause or the governing subject does not agree.
     */
    private ActorMention governingSubject(Sentence s, int pronoun, int depth) {
        var edge = s.headEdge(pronoun);
        if (edge == null || !edge.relation().equals("nsubj") || edge.governor() < 0) {
            return null;
        }
        String w = s.token(pronoun).lowerWord();
        var clause = s.headEdge(edge.governor());
        for (int up = 0; up < 2 && clause != null && clause.governor() >= 0 && SUBORDINATE.contains(clause.relation()); up++) {
            if (quoted(s, pronoun) && !quoted(s, clause.governor())) {
                return null; // "'They will attack us,' the commander said": a third party of the quote, not its speaker
            }
            for (var d : s.children(clause.governor())) {
                if (!d.relation().equals("nsubj") || d.dependent() == pronoun) {
                    continue;
                }
                ActorMention named = covering(s.index(), d.dependent());
                if ((named == null || named.kind() == ActorMention.Kind.GENERIC && isOrganisation(s, d.dependent()))
                        && isAnaphor(s, d.dependent())) {
                    named = resolve(s, d.dependent(), depth + 1);
                }
                if (named != null || s.token(d.dependent()).pos().startsWith("PRP")) {
                    return named != null && compatible(w, named) ? named : null;
                }
            }
            // "Pakistan said Indian missiles struck its bases, and it launched strikes": a subject that names
            // no party (the missiles) passes the pronoun on to the clause above (Pakistan)
            clause = s.headEdge(clause.governor());
        }
        return null;
    }

    /** Whether the token stands between an opening and a closing quotation mark of its sentence. */
    static boolean quoted(Sentence s, int token) {
        boolean open = false;
        for (int k = 0; k < token; k++) {
            String w = s.token(k).word();
            if (w.equals("\"")) {
                open = !open; // straight quotes: the tagger's `` and '' for them are not reliable
            } else if (w.equals("\u201c") || w.equals("``")) {
                open = true;
            } else if (w.equals("\u201d") || w.equals("''")) {
                open = false;
            }
        }
        return open;
    }

    /**
     * The speaker of a quotation, for a first-person pronoun in it: the subject of the reporting verb the
     * quoted clause hangs on ("'we will attack,' Netanyahu said"; "Netanyahu said: 'if ..., we will attack'").
     */
    private ActorMention speaker(Sentence s, int pronoun, int depth) {
        int verb = Reporting.verbAbove(s, pronoun);
        if (verb < 0 || quoted(s, verb)) {
            return null;
        }
        for (int subj : s.children(verb, "nsubj")) {
            ActorMention named = covering(s.index(), subj);
            if (named == null && isAnaphor(s, subj)) {
                named = resolve(s, subj, depth + 1); // "'we will not leave,' he said"
            }
            return named;
        }
        return null;
    }

    /** The antecedent of a definite description ("the group") that is the main subject of a sentence. */
    private ActorMention describedSubject(int sentence, String pronoun, int depth) {
        if (sentence < 0 || sentence >= sentences.size()) {
            return null;
        }
        Sentence p = sentences.get(sentence);
        for (Token t : p.tokens()) {
            var up = p.headEdge(t.index());
            if (up != null && up.governor() < 0) {
                for (int subj : p.children(t.index(), "nsubj")) {
                    ActorMention named = covering(sentence, subj);
                    if ((named == null || named.kind() == ActorMention.Kind.GENERIC && isOrganisation(p, subj))
                            && p.token(subj).isNoun() && isAnaphor(p, subj)) {
                        ActorMention m = resolve(p, subj, depth + 1);
                        return m != null && compatible(pronoun, m) ? m : null;
                    }
                }
            }
        }
        return null;
    }

    private static final Set<String> INSIDE = Set.of("nmod:poss", "nmod", "compound");

    /** Clauses whose subject pronoun usually refers to the subject of the clause they hang on. */
    private static final Set<String> SUBORDINATE = Set.of("ccomp", "advcl", "conj");

    private ActorMention covering(int sentence, int token) {
        for (ActorMention m : mentions) {
            if (m.sentence() == sentence && m.tokenStart() <= token && token < m.tokenEnd()) {
                return m;
            }
        }
        return null;
    }

    /** Whether the mention heads the active subject of its clause. */
    private boolean isSubject(ActorMention m) {
        if (m.sentence() >= sentences.size()) {
            return false;
        }
        Sentence s = sentences.get(m.sentence());
        for (int k = m.tokenStart(); k < m.tokenEnd(); k++) {
            var up = s.headEdge(k);
            if (up != null && up.relation().equals("nsubj") && (up.governor() < m.tokenStart() || up.governor() >= m.tokenEnd())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the phrase the mention heads holds the token: in "a lawyer of his choice" his is not the lawyer. */
    private static boolean contains(Sentence s, ActorMention m, int token) {
        if (m.sentence() != s.index()) {
            return false;
        }
        // up through modifiers only: in "Isis and its affiliates" its hangs on a conjunct, not on Isis
        for (var up = s.headEdge(token); up != null && up.governor() >= 0 && INSIDE.contains(up.relation());
             up = s.headEdge(up.governor())) {
            if (up.governor() >= m.tokenStart() && up.governor() < m.tokenEnd()) {
                return true;
            }
        }
        return false;
    }

    /** "the gunman", "a suicide bomber": the head word of an agent noun's text, lower case. */
    private static String lastWord(String text) {
        String t = text == null ? "" : text.strip();
        return t.substring(t.lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT);
    }

    private static boolean compatible(String w, ActorMention m) {
        if (PERSON.contains(w)) {
            return m.isPerson() || (m.kind() == ActorMention.Kind.GENERIC || m.kind() == ActorMention.Kind.NATIONAL)
                    && PERSON_NOUNS.contains(lastWord(m.text()));
        }
        if (m.isPerson()) {
            return false;
        }
        if (SINGULAR.contains(w)) {
            // "it" agrees in number: not a people or a plural force ("Palestinians", "Russian forces")
            return m.kind() != ActorMention.Kind.GENERIC
                    && !(m.kind() == ActorMention.Kind.NATIONAL && m.text().endsWith("s"));
        }
        if (PLURAL.contains(w)) {
            return !PERSON_NOUNS.contains(lastWord(m.text())); // "they" is no single gunman or president
        }
        if (NONSTATE_NOUNS.contains(w)) {
            return m.isArmed() && !"STATE_FORCES".equals(m.type());
        }
        if (STATE_NOUNS.contains(w)) {
            return "GOVERNMENT".equals(m.type());
        }
        return m.isArmed();
    }
}
