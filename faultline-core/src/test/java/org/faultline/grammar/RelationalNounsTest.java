package org.faultline.grammar;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.Set;
import org.faultline.actors.KnowledgeBase;
import org.faultline.text.DataFiles;
import org.junit.jupiter.api.Test;

/**
 * The relational nouns PhraseActors keeps as parties must be agent nouns of the knowledge base, or no
 * actor would ever cover them and the list would promise what no code does.
 */
class RelationalNounsTest {

    @Test
    void everyRelationalNounIsAnAgentNoun() {
        Set<String> nouns = DataFiles.words("faultline/lexicon/en/relational-person-nouns.txt");
        assertFalse(nouns.isEmpty());
        KnowledgeBase kb = KnowledgeBase.bundled();
        for (String noun : nouns) {
            assertNotNull(kb.agent(noun), noun + " is in relational-person-nouns.txt but not in actors/agents.json");
        }
    }
}
