package org.faultline.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.faultline.actors.ActorMention;
import org.faultline.analysis.PlaceRef;
import org.faultline.grammar.PhraseActors;
import org.faultline.grammar.SentenceActors;
import org.faultline.nlp.Dependency;
import org.faultline.nlp.Sentence;
import org.faultline.text.DataFiles;

/**
 * The actors and places next to a cue word, read along the tokens where the parse gives no phrase: the
 * phrase right after it, the coordination just before it, the noun phrase a participle describes.
 */
final class Neighbours {
    /** Tokens that end such a phrase (relations/phrase-breaks.txt). */
    private static final Set<String> BREAKS = DataFiles.words("faultline/relations/phrase-breaks.txt");

    private Neighbours() {
    }

    static boolean isBreak(String word) {
        return BREAKS.contains(word);
    }

    /** The actors a participle or relative clause describes: its governor phrase, else those just before it. */
    static List<ActorMention> modifiedBy(Sentence s, int token, SentenceActors byS, PhraseActors roles) {
        Dependency up = s.headEdge(token);
        if (up != null && up.governor() >= 0 && (up.relation().startsWith("acl") || up.relation().equals("amod"))) {
            List<ActorMention> gov = roles.phrase(s, up.governor());
            if (!gov.isEmpty()) {
                return gov;
            }
        }
        return left(s, token - 1, byS, 12);
    }

    /** Actors right after a position: the head phrase and its coordination. */
    static List<ActorMention> right(Sentence s, int from, SentenceActors byS, int window) {
        List<ActorMention> out = new ArrayList<>();
        for (int k = from; k < Math.min(s.tokens().size(), from + window); k++) {
            List<ActorMention> here = byS.covering(s.index(), k);
            int after = here.isEmpty() ? k : here.get(0).tokenEnd();
            if (!here.isEmpty() && after + 1 < s.tokens().size() && s.token(after).word().equals("-")) {
                k = after + 1; // "the UN-backed government": UN modifies, the government is the actor
                continue;
            }
            if (!here.isEmpty()) {
                out.addAll(here);
                return out;
            }
            if (isBreak(s.token(k).word()) || s.token(k).isVerb()) {
                break;
            }
        }
        return out;
    }

    /** The actors before a position, with the coordination they stand in ("the army and Shia militias"). */
    static List<ActorMention> left(Sentence s, int from, SentenceActors byS, int window) {
        List<ActorMention> out = new ArrayList<>();
        for (int k = from; k >= 0 && k > from - window; k--) {
            if (isBreak(s.token(k).word()) && !out.isEmpty()) {
                break;
            }
            List<ActorMention> here = byS.covering(s.index(), k);
            if (!here.isEmpty() && !byS.inByPhrase(s, here.get(0).tokenStart())) {
                out.addAll(0, here);
                int j = here.get(0).tokenStart() - 1; // coordination: "X and Y", "X, Y and Z"
                while (j >= 1 && (s.token(j).lowerWord().equals("and") || s.token(j).word().equals(","))) {
                    List<ActorMention> more = byS.covering(s.index(), j - 1);
                    if (more.isEmpty() && j >= 2) {
                        more = byS.covering(s.index(), j - 2);
                    }
                    if (more.isEmpty()) {
                        break;
                    }
                    out.addAll(0, more);
                    j = more.get(0).tokenStart() - 1;
                }
                return out;
            }
        }
        return out;
    }

    /** The first place within the noun phrase after a position ("-held port of Hodeidah"). */
    static PlaceRef rightPlace(RelationInput in, Sentence s, int from) {
        for (int k = from; k < Math.min(s.tokens().size(), from + 5); k++) {
            PlaceRef p = in.placeAt(s.index(), k);
            if (p != null) {
                return p;
            }
            if (isBreak(s.token(k).word()) || s.token(k).word().equals(",") || s.token(k).isVerb()) {
                break;
            }
        }
        return null;
    }
}
