package org.faultline.events;

import org.faultline.nlp.Sentence;

/** Backing and alliance words that describe an actor rather than report an act. */
final class DescriptiveParticiples {
    private DescriptiveParticiples() {
    }

    /**
     * "forces, backed (up) by US air strikes", "with Russian airpower backing": backing that describes
     * an actor states a standing relation (the relation extractor records it), not an event.
     */
    static boolean describes(Sentence s, TriggerMatch m) {
        String type = m.pattern().type();
        if (!(type.equals("SUPPORT") || type.equals("AID") || type.equals("COOPERATE"))) {
            return false;
        }
        int h = m.head();
        var up = s.headEdge(h);
        if (up != null && up.relation().equals("amod") && (s.token(h).isAdjective() || s.token(h).pos().equals("VBN"))) {
            return true; // "their allied Kurdish Peshmerga"
        }
        if (s.token(h).isAdjective() || s.token(h).pos().equals("VBN") && s.children(h, "aux").isEmpty()
                && s.children(h, "aux:pass").isEmpty()) {
            return true; // "allied to workers everywhere", "militias aligned with": a standing relation
        }
        if (type.equals("SUPPORT") && up != null && up.relation().equals("acl:relcl")) {
            return true; // "the coalition, which backs President Hadi": who the actor is, not what it did
        }
        boolean byFollows = false;
        for (int k = h + 1; k <= Math.min(h + 2, s.tokens().size() - 1); k++) {
            byFollows |= s.token(k).lowerWord().equals("by");
        }
        if (byFollows && s.children(h, "aux").isEmpty() && s.children(h, "aux:pass").isEmpty()) {
            return true;
        }
        for (int k = h - 1; k >= Math.max(0, h - 4); k--) {
            if (s.token(k).lowerWord().equals("with") && s.token(h).isNoun()) {
                return true;
            }
        }
        return false;
    }
}
