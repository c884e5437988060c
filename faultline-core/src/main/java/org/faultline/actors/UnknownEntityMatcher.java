package org.faultline.actors;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.faultline.analysis.Span;
import org.faultline.nlp.AnnotatedArticle;
import org.faultline.nlp.EntityMention;
import org.faultline.nlp.Sentence;
import org.faultline.nlp.Token;
import org.faultline.text.Normalizer;

/**
 * Organisations and people NER found that the knowledge base lacks, kept as unknown actors: a
 * surname alone refers to the person named in full earlier, and an acronym bracketed after an
 * unknown organisation names it from there on. One instance per article (it keeps those acronyms).
 */
final class UnknownEntityMatcher {
    private final AnnotatedArticle doc;
    private final Map<String, ActorMention> acronyms = new HashMap<>();

    UnknownEntityMatcher(AnnotatedArticle doc) {
        this.doc = doc;
    }

    void match(Sentence s, Claims claims) {
        for (EntityMention m : doc.entities()) {
            if (m.sentence() != s.index() || !(m.type().equals("ORGANIZATION") || m.type().equals("PERSON"))) {
                continue;
            }
            boolean free = true;
            boolean pronoun = true;
            for (int k = m.tokenStart(); k < m.tokenEnd(); k++) {
                free &= !claims.used(k);
                pronoun &= s.token(k).pos().startsWith("PRP");
            }
            if (pronoun || !free) {
                continue; // "her", "him": left to the anaphora resolver
            }
            ActorMention mention = mention(m, s, claims.found());
            claims.addAndClaim(mention);
            List<Token> toks = s.tokens();
            int after = m.tokenEnd();
            if (mention.type().equals("OTHER") && after + 2 < toks.size() && toks.get(after).word().equals("(")
                    && toks.get(after + 2).word().equals(")") && Normalizer.isAcronym(toks.get(after + 1).word())) {
                acronyms.putIfAbsent(toks.get(after + 1).word(), mention);
            }
        }
        // Later bare uses of an acronym defined for an unknown organisation, whether or not NER tagged them.
        for (Token t : s.tokens()) {
            ActorMention defined = acronyms.get(t.word());
            if (defined != null && !claims.used(t.index())) {
                claims.addAndClaim(new ActorMention(defined.id(), defined.name(), defined.type(), null, null, false,
                        ActorMention.Kind.UNKNOWN, t.word(), s.index(), t.index(), t.index() + 1,
                        new Span(t.start(), t.end())));
            }
        }
    }

    private ActorMention mention(EntityMention m, Sentence s, List<ActorMention> found) {
        String type = m.type().equals("PERSON") ? "PERSON" : "OTHER";
        String id = "unknown:" + Normalizer.key(m.text());
        String name = m.text();
        ActorMention defined = acronyms.get(m.text());
        if (defined != null) {
            id = defined.id(); // "The IPF later withdrew": the organisation spelled out earlier
            name = defined.name();
        } else if (type.equals("PERSON")) {
            id = personId(found, m.text());
        }
        return new ActorMention(id, name, type, null, null, false, ActorMention.Kind.UNKNOWN,
                m.text(), s.index(), m.tokenStart(), m.tokenEnd(), new Span(m.start(), m.end()));
    }

    /** A surname alone ("Lam") refers to the person named in full earlier ("Carrie Lam"). */
    private static String personId(List<ActorMention> earlier, String name) {
        String key = Normalizer.key(name);
        for (ActorMention m : earlier) {
            if (m.isPerson() && (m.name().endsWith(" " + name) || Normalizer.key(m.name()).equals(key))) {
                return m.id();
            }
        }
        return "unknown:" + key;
    }
}
