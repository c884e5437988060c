package org.faultline.events;

import java.util.List;
import java.util.Set;
import org.faultline.actors.ActorMention;
import org.faultline.nlp.Sentence;
import org.faultline.text.DataFiles;

/**
 * Which phrases around a trigger name the party acted on, by event type: the prepositions of a verb's or
 * a noun's target, "to" for what is handed over, "with" for the other party of a shared act, objects that
 * are what is given rather than who receives it, and "anti-" modifiers.
 */
final class RoleCases {
    private RoleCases() {
    }

    /** After a verb: "fired on the convoy", "a campaign against Isis". */
    static final Set<String> TARGET_CASES = DataFiles.words("faultline/lexicon/en/verb-target-prepositions.txt");
    /** After an event noun: "strikes on Houthi sites", "talks with Hamas". */
    static final Set<String> NOUN_TARGET_CASES = DataFiles.words("faultline/lexicon/en/noun-target-prepositions.txt");

    /** Types whose trigger's object is what is given or moved ("sent special forces"), not who is acted on. */
    static final Set<String> GIVEN_OBJECT_TYPES = Set.of("AID", "MOBILIZE");

    /** Types whose trigger's object belongs to the party acted on ("froze its assets", "seized its ships"). */
    static final Set<String> OWNER_TARGET_TYPES = Set.of("SANCTION", "COERCE");

    static boolean isAntiModifier(Sentence s, int token) {
        return s.token(token).lowerWord().startsWith("anti-") || token >= 2 && s.token(token - 1).word().equals("-")
                && s.token(token - 2).lowerWord().equals("anti");
    }

    /** "hand the city to the rebels", "send weapons to Kyiv": the to-phrase receives. */
    static boolean recipientTo(TriggerMatch m) {
        String type = m.pattern().type();
        return type.equals("AID") || type.equals("RETREAT") || type.equals("CONCEDE");
    }

    /**
     * "appealed to Hamas", "pleaded with Western leaders", "issued a warning to Pristina", "an ultimatum to the
     * junta": a request or a threat is addressed to the party its to- or with-phrase names.
     */
    static boolean addressed(TriggerMatch m, String preposition) {
        String type = m.pattern().type();
        return (type.equals("REQUEST") || type.equals("THREATEN"))
                && (preposition.equals("to") || preposition.equals("with") && type.equals("REQUEST"));
    }

    /** "received a phone call from Abbas", "a delegation from Hamas": a meeting's from-phrase is its other party. */
    static boolean consultedFrom(TriggerMatch m, String preposition) {
        return preposition.equals("from") && m.pattern().type().equals("CONSULT");
    }

    /** "fight with X", "cooperate with X", "talks with X": the with-phrase is the other party. */
    static boolean partnerWith(TriggerMatch m) {
        String type = m.pattern().type();
        return m.pattern().has(TriggerFlag.SYMMETRIC) || type.equals("COOPERATE") || type.equals("CONSULT")
                || type.equals("AGREE");
    }

    /**
     * "A ceasefire between Israel and Hezbollah", "clashes between the army and the rebels": the parties of a
     * shared act are all its source; of a hostile one, the first acts on the others.
     */
    static void between(List<ActorMention> parties, TriggerMatch m, List<ActorMention> source,
                        List<ActorMention> target) {
        if (parties.isEmpty() || !source.isEmpty()) {
            return;
        }
        if (partnerWith(m) && !m.pattern().has(TriggerFlag.SYMMETRIC)) {
            source.addAll(parties);
        } else {
            source.add(parties.get(0));
            target.addAll(parties.subList(1, parties.size()));
        }
    }
}
