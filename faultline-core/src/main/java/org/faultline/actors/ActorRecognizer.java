package org.faultline.actors;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.faultline.lexicon.Lexicon;
import org.faultline.nlp.AnnotatedArticle;
import org.faultline.nlp.Sentence;

/**
 * Finds actor mentions, running the matchers in order over each sentence, each leaving the tokens
 * an earlier one took: knowledge-base aliases (longest match first, {@link AliasMatcher}),
 * nationality adjectives with or without an agent noun ({@link NationalMatcher}: "Iraqi soldiers"
 * -> IRQ/MIL, "Turkish" -> TUR), then head-noun references ({@link HeadNounMatcher}), generic agents
 * ({@link GenericMatcher}: "protesters", attached to the article's focus country) and organisations
 * or people NER found that the knowledge base lacks ({@link UnknownEntityMatcher}, kept, flagged
 * unknown), and last other names given to a party just found ({@link NamingMatcher}: "toughs, known as
 * colectivos"). Stateless between articles and thread-safe.
 */
public final class ActorRecognizer {
    private final KnowledgeBase kb;
    private final ActorWords words;
    private final AgentNouns agents;
    private final NationalMatcher nationals;
    private final HeadNounMatcher headNouns;
    private final GenericMatcher generics;
    private final NamingMatcher naming;

    public ActorRecognizer(KnowledgeBase kb) {
        this(kb, Lexicon.english());
    }

    public ActorRecognizer(KnowledgeBase kb, Lexicon lexicon) {
        this.kb = kb;
        this.words = ActorWords.from(lexicon);
        this.agents = new AgentNouns(kb, words);
        this.nationals = new NationalMatcher(kb, words, agents);
        this.headNouns = new HeadNounMatcher(kb, words, agents);
        this.generics = new GenericMatcher(kb, words, agents);
        this.naming = new NamingMatcher(words.namingParticiples());
    }

    /** Both passes, with the focus country judged from the named actors alone. */
    public List<ActorMention> recognize(AnnotatedArticle doc) {
        List<ActorMention> named = recognizeNamed(doc);
        return complete(doc, named, focusCountry(named));
    }

    /**
     * First pass: knowledge-base names and nationalities. The pipeline then resolves places, which
     * tell the article's focus country better than the actors do.
     */
    public List<ActorMention> recognizeNamed(AnnotatedArticle doc) {
        String text = doc.text();
        String date = doc.article().published() == null ? null : doc.article().published().toString();
        AliasMatcher aliases = new AliasMatcher(kb, words, agents, text, date);
        Claims claims = new Claims(List.of());
        for (Sentence s : doc.sentences()) {
            claims.freshSentence(s);
            aliases.match(s, claims);
            nationals.match(s, text, claims);
        }
        return claims.byStart();
    }

    /**
     * Second pass: head-noun references to named actors ("the coalition"), generic and bare agents
     * ("protesters", "police", attached to the focus country), and organisations or people NER found
     * that the knowledge base lacks.
     */
    public List<ActorMention> complete(AnnotatedArticle doc, List<ActorMention> named, String focus) {
        String text = doc.text();
        Claims claims = new Claims(named);
        UnknownEntityMatcher unknowns = new UnknownEntityMatcher(doc);
        for (Sentence s : doc.sentences()) {
            claims.resumeSentence(s);
            headNouns.match(s, text, claims);
            generics.match(s, text, focus, claims);
            unknowns.match(s, claims);
            naming.match(s, text, claims);
        }
        return claims.byStart();
    }

    /** The country the article is mostly about, judged by how often each state is named. */
    public static String focusCountry(List<ActorMention> mentions) {
        Map<String, Integer> counts = new HashMap<>();
        for (ActorMention m : mentions) {
            if (m.country() != null && (m.kind() == ActorMention.Kind.NATIONAL || m.id().startsWith(m.country()))) {
                counts.merge(m.country(), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }
}
