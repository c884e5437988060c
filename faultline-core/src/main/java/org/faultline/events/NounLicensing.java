package org.faultline.events;

import org.faultline.text.DataFiles;
import java.util.Set;
import org.faultline.nlp.Dependency;
import org.faultline.nlp.Sentence;

/**
 * Decides whether a nominal trigger states an event or only refers to one. "US airstrikes on Manbij"
 * (own actor), "a coalition air strike killed 51" (subject of a verb) and "conducting an offensive"
 * (object of a light verb, faultline/events/light-verbs.txt) state events; "hailed the agreement",
 * "fled the fighting", "the extradition bill" refer to them.
 */
final class NounLicensing {
    /** Verbs whose object or oblique noun is the event itself: "conducting an offensive", "involved in a war". */
    static final Set<String> LIGHT_VERBS = DataFiles.words("faultline/events/light-verbs.txt");

    private static final Set<String> RESPONSE_VERBS = DataFiles.words("faultline/lexicon/en/response-verbs.txt");
    private static final Set<String> PURPOSE_TRAVEL_VERBS = DataFiles.words("faultline/lexicon/en/purpose-travel-verbs.txt");
    /** "a wave of attacks", "a series of agreements": nouns that count what their "of" phrase names. */
    static final Set<String> QUANTITY_NOUNS = DataFiles.words("faultline/lexicon/en/quantity-nouns.txt");

    /** "a wave of drone attacks": the noun that stands for the event in the clause ("wave"), or the noun itself. */
    static int standIn(Sentence s, int noun) {
        Dependency up = s.headEdge(noun);
        if (up != null && up.governor() >= 0 && up.relation().equals("nmod")
                && QUANTITY_NOUNS.contains(s.token(up.governor()).lowerLemma())) {
            for (int c : s.children(noun, "case")) {
                if (s.token(c).lowerWord().equals("of")) {
                    return up.governor();
                }
            }
        }
        return noun;
    }

    boolean licensed(Sentence s, int noun, Roles roles, boolean hasOwnActor) {
        Dependency up = s.headEdge(standIn(s, noun));
        if (up == null || up.governor() < 0) {
            // a verbless sentence ("Clashes in Tripoli.") states an event; a predicate noun ("the
            // conditions were a revolt") only describes
            return s.children(noun, "cop").isEmpty();
        }
        String rel = up.relation();
        if (rel.equals("compound")) {
            return false; // "extradition bill", "protest groups"
        }
        if (hasOwnActor) {
            return true;
        }
        var gov = s.token(up.governor());
        if (rel.startsWith("nsubj")) {
            return gov.isVerb() || s.children(up.governor(), "cop").isEmpty();
        }
        if (rel.startsWith("obl") && gov.isVerb() && RESPONSE_VERBS.contains(gov.lowerLemma())
                && "with".equals(org.faultline.grammar.PhraseActors.caseOf(s, standIn(s, noun)))) {
            return true; // "hit back with sanctions of its own"
        }
        if (rel.startsWith("obl") && gov.isVerb() && PURPOSE_TRAVEL_VERBS.contains(gov.lowerLemma())
                && "for".equals(org.faultline.grammar.PhraseActors.caseOf(s, standIn(s, noun)))) {
            return true; // "arrived in Cairo for talks with Sisi": the trip is made for the act
        }
        if ((rel.equals("obj") || rel.startsWith("obl")) && gov.isVerb()) {
            return LIGHT_VERBS.contains(gov.lowerLemma());
        }
        return false;
    }
}
