package org.faultline.events;

import java.util.List;
import java.util.Set;
import org.faultline.actors.ActorMention;
import org.faultline.nlp.Sentence;
import org.faultline.nlp.Token;

/**
 * Cheap pronoun and definite-description resolution: "it", "they", "he", "the group", "these forces"
 * go to the most recent compatible actor mentioned before them. Coreference models cost seconds per
 * article; this costs nothing and gets the common cases of news prose.
 */
public final class Anaphora {
    private static final Set<String> SINGULAR = Set.of("it", "its", "itself");
    private static final Set<String> PLURAL = Set.of("they", "them", "their", "themselves");
    private static final Set<String> PERSON = Set.of("he", "him", "his", "she", "her", "himself", "herself");
    private static final Set<String> NONSTATE_NOUNS = Set.of("group", "organisation", "organization", "movement",
            "militants", "rebels", "insurgents", "fighters", "jihadists", "militia", "militias");
    private static final Set<String> ARMED_NOUNS = Set.of("forces", "troops", "army", "soldiers", "coalition",
            "alliance");
    private static final Set<String> STATE_NOUNS = Set.of("regime", "government", "authorities");
    private static final Set<String> DEMONSTRATIVES = Set.of("the", "these", "those", "this", "that");

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
        if (!(NONSTATE_NOUNS.contains(w) || ARMED_NOUNS.contains(w) || STATE_NOUNS.contains(w))) {
            return false;
        }
        // "the group", "these forces", "the Islamic group", "her government": a determiner or possessive
        // pronoun, at most one modifier between
        for (int k = token - 1; k >= Math.max(0, token - 2); k--) {
            if (DEMONSTRATIVES.contains(s.token(k).lowerWord()) || s.token(k).pos().equals("PRP$")) {
                return true;
            }
            if (!(s.token(k).isAdjective() || s.token(k).isProperNoun())) {
                return false;
            }
        }
        return false;
    }

    /** The antecedent of the anaphor at (sentence, token), or null. */
    public ActorMention resolve(Sentence s, int token) {
        for (int k = token - 1; k >= Math.max(0, token - 2) && s.token(token).isNoun(); k--) {
            if (s.token(k).pos().equals("PRP$")) {
                return resolve(s, k); // "her government": whoever "her" is
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
            if (compatible(w, m)) {
                if (best == null || best.sentence() != m.sentence()) {
                    subject = null;
                }
                if (subject == null && isSubject(m)) {
                    subject = m;
                }
                best = m;
            }
        }
        if (t.pos().startsWith("PRP") && best != null && best.sentence() != s.index() && subject != null) {
            // "Rebels took Aleppo from the army. They ...": a pronoun in a new sentence continues the topic,
            // the subject of the last sentence that named a party, not whoever was named last
            return subject;
        }
        return best;
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

    private static boolean compatible(String w, ActorMention m) {
        if (PERSON.contains(w)) {
            return m.isPerson();
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
            return true;
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
