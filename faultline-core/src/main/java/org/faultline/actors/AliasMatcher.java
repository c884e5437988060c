package org.faultline.actors;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.faultline.analysis.Span;
import org.faultline.nlp.Sentence;
import org.faultline.nlp.Token;
import org.faultline.text.Normalizer;

/**
 * Knowledge-base names in one article, longest first, with the agent noun that belongs to the name
 * ("Houthi fighters", "US forces"); a name defined with a bracketed acronym ("Reporters Without
 * Borders (RSF)") names the same actor from there on. One instance per article (it keeps those
 * definitions).
 */
final class AliasMatcher {
    private final KnowledgeBase kb;
    private final ActorWords words;
    private final AgentNouns agents;
    private final SharedNouns shared;
    private final HyphenMatcher hyphens;
    private final String text;
    private final String date;
    private final Map<String, ActorEntry> defined = new HashMap<>();

    AliasMatcher(KnowledgeBase kb, ActorWords words, AgentNouns agents, String text, String date) {
        this.kb = kb;
        this.words = words;
        this.agents = agents;
        this.shared = new SharedNouns(kb, agents);
        this.hyphens = new HyphenMatcher(kb, words, date);
        this.text = text;
        this.date = date;
    }

    void match(Sentence s, Claims claims) {
        List<Token> toks = s.tokens();
        int max = kb.aliases().maxWords() + 2;
        for (int i = 0; i < toks.size(); i++) {
            if (claims.used(i)) {
                continue;
            }
            for (int j = Math.min(toks.size(), i + max); j > i; j--) {
                String surface = text.substring(toks.get(i).start(), toks.get(j - 1).end());
                if (!Capitalisation.startsCapitalised(surface)) {
                    if (j == i + 1) {
                        hyphens.match(s, toks.get(i), claims); // "anti-Isis"
                    }
                    continue;
                }
                ActorEntry e = defined.get(surface); // "Reporters Without Borders (RSF)" beats the bundled RSF
                if (e == null) {
                    e = kb.named(surface, date);
                }
                if (e == null && j == i + 1) {
                    hyphens.match(s, toks.get(i), claims);
                }
                if (e == null) {
                    continue;
                }
                if (namesPlace(toks, i, e, surface)) {
                    break; // "in Iraq", "the capital Sanaa", "seized Kabul" name places, not actors
                }
                // "Houthi fighters", "PKK militia", "US forces": the agent noun belongs to the name
                AgentNoun agent = j < toks.size() && !claims.used(j) ? agents.at(toks, j) : null;
                if (agent != null && !e.isPerson()) {
                    if (e.isState() && agent.sector() != null) {
                        e = kb.sectorOf(e.country(), agent.sector());
                    }
                    j += agent.noun().contains(" ") ? 2 : 1;
                    surface = text.substring(toks.get(i).start(), toks.get(j - 1).end());
                } else if (agent == null && e.isState()) {
                    AgentNoun sharedAgent = shared.after(toks, j); // "Rwandan and Mozambican troops"
                    ActorEntry sector = sharedAgent == null ? null : kb.sectorOf(e.country(), sharedAgent.sector());
                    e = sector == null ? e : sector;
                }
                claims.addAndClaim(ActorMention.of(e, ActorMention.Kind.NAMED, surface, s.index(), i, j,
                        new Span(toks.get(i).start(), toks.get(j - 1).end())));
                defineAcronym(toks, j, e);
                i = j - 1;
                break;
            }
        }
    }

    /**
     * A state after a locative (unless a word of address takes the "to"), or a capital after a locative, a
     * capital cue or inside a longer name.
     */
    private boolean namesPlace(List<Token> toks, int i, ActorEntry e, String surface) {
        String prev = i > 0 ? toks.get(i - 1).lowerWord() : "";
        boolean insideLongerName = words.nameConnectors().contains(prev) && i >= 2
                && Capitalisation.startsCapitalised(toks.get(i - 2).word()); // "Mocimboa da Praia", "Rio de Janeiro"
        // "a warning to Iran", "appealed to Russia", "its ambassador to Spain": the to-phrase is addressed to the state
        boolean addressed = prev.equals("to") && i >= 2 && words.addressWords().contains(toks.get(i - 2).lowerWord());
        return e.isState() && words.locatives().contains(prev) && !addressed || isCapital(e, surface)
                && (words.locatives().contains(prev) || words.capitalCues().contains(prev) || insideLongerName);
    }

    /** "Syrian Democratic Forces (SDF)": the bracketed acronym names the same actor from here on. */
    private void defineAcronym(List<Token> toks, int after, ActorEntry e) {
        if (after + 2 < toks.size() && toks.get(after).word().equals("(") && toks.get(after + 2).word().equals(")")) {
            String acro = toks.get(after + 1).word();
            if (Normalizer.isAcronym(acro)) {
                defined.putIfAbsent(acro, e);
            }
        }
    }

    private boolean isCapital(ActorEntry e, String surface) {
        if (!"GOV".equals(e.sector())) {
            return false;
        }
        StateEntry st = kb.state(e.country());
        return st != null && (surface.equalsIgnoreCase(st.capital()) || st.metonyms().stream()
                .anyMatch(m -> m.equalsIgnoreCase(surface)));
    }
}
