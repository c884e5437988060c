package org.faultline.relations;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.faultline.actors.ActorMention;
import org.faultline.analysis.ActorRef;
import org.faultline.lexicon.Lexicon;
import org.faultline.text.DataFiles;

/**
 * Who may be a party to a relation. A generic description ("the rebels", "insurgents") takes the name
 * the article gives it ("rebels led by HTS", "insurgents, known as al-Shabab"); otherwise only a
 * qualified description of an organised party ("the unity government") may, never bare agent nouns or
 * civilians. A bare state facing a party of its own country is its government, or its army when the
 * mention names armed forces.
 */
final class Parties {
    private static final Set<String> MILITARY = DataFiles.words("faultline/relations/military-words.txt");
    private final Set<String> organisations;
    private final Map<String, ActorRef> names = new HashMap<>();

    /** For one article, with the lexicon's head nouns of organisations ("government", "council"). */
    Parties(Lexicon lexicon) {
        this.organisations = lexicon.words("organisation-head-nouns");
    }

    /** The article names a generic description: from now on its relations are the named actor's. */
    void link(ActorMention generic, ActorMention named) {
        if (generic.kind() == ActorMention.Kind.GENERIC && named.kind() != ActorMention.Kind.GENERIC && !named.isPerson()
                && !generic.id().equals(named.id())) {
            names.putIfAbsent(generic.id(), ref(named));
        }
    }

    ActorRef ref(ActorMention m) {
        return m.ref();
    }

    /** The party a reference stands for, or null when it may take no relation. */
    ActorRef resolve(ActorRef a) {
        if (a == null || !a.id().startsWith("generic:")) {
            return a;
        }
        ActorRef named = names.get(a.id());
        if (named != null) {
            return named;
        }
        return qualified(a) ? a : null;
    }

    /**
     * "generic:unity government@LBY" describes one organisation (a qualified organisation noun);
     * "generic:people@NGA" and "generic:former police officer@HTI" do not.
     */
    private boolean qualified(ActorRef a) {
        String description = a.id().substring("generic:".length()).replaceFirst("@.*$", "");
        String head = description.substring(description.lastIndexOf(' ') + 1);
        return description.contains(" ") && organisations.contains(head);
    }

    /** A bare state (its id is its ISO3 code) facing a party of its own country is its government or its army. */
    ActorRef stateSide(ActorRef state, ActorRef other) {
        if (!state.id().equals(state.country()) || !state.country().equals(other.country())) {
            return state;
        }
        String sector = military(state.text()) ? "/MIL" : "/GOV";
        String name = state.name() + (sector.equals("/MIL") ? " military" : " government");
        return new ActorRef(state.id() + sector, name, state.text(), state.country(),
                sector.equals("/MIL") ? "STATE_FORCES" : "GOVERNMENT", state.known(), state.mention());
    }

    private static boolean military(String text) {
        String t = text == null ? "" : text.toLowerCase(Locale.ROOT);
        return MILITARY.stream().anyMatch(w -> t.endsWith(w) || t.contains(w + " "));
    }
}
