package org.faultline.store;

import java.util.Set;
import java.util.TreeSet;
import org.faultline.actors.ActorEntry;
import org.faultline.actors.AgentNoun;
import org.faultline.actors.KnowledgeBase;
import org.faultline.text.DataFiles;

/** The names faultline-core's bundled data uses, so that dedup's data files can be checked against them. */
final class CoreVocabulary {
    private CoreVocabulary() {
    }

    /** Every actor type of the knowledge base's actors and agent nouns. */
    static Set<String> actorTypes() {
        KnowledgeBase kb = KnowledgeBase.bundled();
        Set<String> out = new TreeSet<>();
        for (ActorEntry e : kb.entries()) {
            if (e.type() != null) {
                out.add(e.type());
            }
        }
        for (AgentNoun a : kb.agents()) {
            if (a.type() != null) {
                out.add(a.type());
            }
        }
        return out;
    }

    /** Every "TYPE mode" pair the trigger dictionary can give an event. */
    static Set<String> typeModes() {
        Set<String> out = new TreeSet<>();
        for (DataFiles.Line l : DataFiles.lines("faultline/events/triggers.tsv")) {
            String[] f = l.text().split("\t");
            if (f.length >= 4 && !f[3].strip().equals("-")) {
                out.add(f[2].strip() + " " + f[3].strip());
            }
        }
        return out;
    }
}
