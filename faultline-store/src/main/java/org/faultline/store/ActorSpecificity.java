package org.faultline.store;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.faultline.actors.AgentNoun;
import org.faultline.actors.KnowledgeBase;
import org.faultline.text.DataFiles;

/**
 * Tells a named actor from one the recogniser inferred from context, by its surface text: a phrase
 * that, once its openers ({@code faultline/dedup/phrase-openers.txt}: "the", "its", "hundreds of")
 * and figures are dropped, has no capitalised word is only a description ("the army", "about 2,000
 * peacekeepers"). A capital on the phrase's first word counts only when that word is not part of an
 * agent noun, since "Police fired" and "Government forces" are capitalised by the sentence, not by a name.
 */
final class ActorSpecificity {
    static final String OPENERS = "faultline/dedup/phrase-openers.txt";

    private final Set<String> openers = new HashSet<>();
    private final Set<String> agentWords = new HashSet<>();

    ActorSpecificity(KnowledgeBase kb, List<DataFiles.Line> openerLines) {
        for (AgentNoun a : kb.agents()) {
            for (String w : a.noun().toLowerCase(Locale.ROOT).split("\\s+")) {
                agentWords.add(w);
            }
        }
        for (DataFiles.Line l : openerLines) {
            String w = l.text().strip();
            String where = OPENERS + ":" + l.number() + ": ";
            if (!w.matches("[a-z]+")) {
                throw new IllegalStateException(where + "'" + w + "' is not one lower-case word");
            }
            if (kb.agent(w) != null || kb.countryOfAdjective(w) != null) {
                throw new IllegalStateException(where + "'" + w + "' is an agent noun or a nationality; "
                        + "dropping it would hide what names an actor");
            }
            if (!openers.add(w)) {
                throw new IllegalStateException(where + "'" + w + "' is listed twice");
            }
        }
    }

    /** The bundled openers over the bundled knowledge base, loaded on first use. */
    static ActorSpecificity bundled() {
        return Bundled.INSTANCE;
    }

    private static final class Bundled {
        static final ActorSpecificity INSTANCE = new ActorSpecificity(KnowledgeBase.bundled(), DataFiles.lines(OPENERS));
    }

    /** The specificity of actor {@code id} as the text {@code surface} names it. */
    Specificity of(String id, String surface) {
        if (id.startsWith("generic:")) {
            return Specificity.GENERIC;
        }
        if (surface == null || surface.isBlank()) {
            return Specificity.NAMED; // no text to judge by: trust the id
        }
        String[] words = surface.strip().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            String w = words[i].replaceAll("^\\p{Punct}+|\\p{Punct}+$", "");
            String lower = w.toLowerCase(Locale.ROOT);
            if (w.isEmpty() || w.matches("[\\d.,]+") || openers.contains(lower)) {
                continue;
            }
            boolean capital = w.chars().anyMatch(Character::isUpperCase);
            if (capital && !(i == 0 && agentWords.contains(lower))) {
                return Specificity.NAMED;
            }
        }
        return Specificity.CONTEXTUAL;
    }
}
