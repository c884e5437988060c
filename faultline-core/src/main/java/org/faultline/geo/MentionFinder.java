package org.faultline.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.faultline.nlp.AnnotatedArticle;
import org.faultline.nlp.EntityMention;
import org.faultline.nlp.Sentence;
import org.faultline.nlp.Token;

/**
 * Recognition: finds the place names of an article, sentence by sentence ({@link SentenceScan}). NER
 * LOCATION spans come first; then gazetteer lookups over capitalised n-grams (up to four tokens)
 * catch what NER missed, each accepted only with enough support (a locative cue, a country or
 * curated name, a large population) because a capitalised word in news is more often an actor, a
 * person or a headline word than a village. Across sentences: a name the article showed to be a
 * place is one after a locative elsewhere, and a one-word name that is someone's surname is not.
 */
final class MentionFinder {

    private final NameLookup names;
    private final Lexicon lexicon;
    private final Abbreviations abbreviations;

    MentionFinder(Gazetteer gazetteer, Lexicon lexicon, Abbreviations abbreviations) {
        this.names = new NameLookup(gazetteer);
        this.lexicon = lexicon;
        this.abbreviations = abbreviations;
    }

    List<RawMention> find(AnnotatedArticle doc) {
        Map<Integer, List<EntityMention>> entities = new HashMap<>();
        for (EntityMention e : doc.entities()) {
            entities.computeIfAbsent(e.sentence(), k -> new ArrayList<>()).add(e);
        }
        List<RawMention> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            scan(doc, s, entities, Set.of(), out);
        }
        // one sense per article: a name the text shows to be a place ("the province of Cabo Delgado")
        // is that place after a locative elsewhere ("deploying to Cabo Delgado"), whatever NER said
        Set<String> placeKeys = new java.util.HashSet<>();
        out.forEach(m -> placeKeys.add(m.key));
        Set<Integer> again = new java.util.HashSet<>();
        for (EntityMention e : doc.entities()) {
            if ("PERSON".equals(e.type()) && e.text() != null && placeKeys.contains(Names.key(e.text()))) {
                again.add(e.sentence());
            }
        }
        if (!again.isEmpty()) {
            out.removeIf(m -> again.contains(m.sentence));
            for (int i : again) {
                scan(doc, doc.sentences().get(i), entities, placeKeys, out);
            }
        }
        dropSurnames(doc, out);
        out.sort(Comparator.comparingInt(m -> m.span.start()));
        return out;
    }

    private void scan(AnnotatedArticle doc, Sentence s, Map<Integer, List<EntityMention>> entities,
                      Set<String> placeKeys, List<RawMention> out) {
        new SentenceScan(doc.text(), s, entities.getOrDefault(s.index(), List.of()), names, lexicon, abbreviations,
                placeKeys, out).run();
    }

    /**
     * A one-word name that the article also uses as a person's surname ("Elizabeth Fairfield" ...
     * "Fairfield's defense team") is that person, unless a strong locative stands before it ("in
     * Fairfield") or it names a country or a state.
     */
    private static void dropSurnames(AnnotatedArticle doc, List<RawMention> mentions) {
        java.util.Set<String> surnames = new java.util.HashSet<>();
        for (EntityMention e : doc.entities()) {
            if ("PERSON".equals(e.type()) && e.tokenEnd() - e.tokenStart() >= 2) {
                List<Token> toks = doc.sentences().get(e.sentence()).tokens();
                surnames.add(Names.key(toks.get(Math.min(toks.size(), e.tokenEnd()) - 1).word()));
            }
        }
        if (surnames.isEmpty()) {
            return;
        }
        mentions.removeIf(m -> m.tokenEnd - m.tokenStart == 1 && surnames.contains(m.key) && !m.qualifier
                && m.candidates.stream().noneMatch(c -> c.kind() == GeoKind.COUNTRY || c.kind() == GeoKind.ADMIN1)
                && !afterStrongLocative(doc.sentences().get(m.sentence).tokens(), m.tokenStart));
    }

    private static boolean afterStrongLocative(List<Token> toks, int a) {
        int k = a - 1;
        while (k >= 0 && Lexicon.DIRECTIONS.contains(Names.lower(toks.get(k).word()))) {
            k--;
        }
        return k >= 0 && Lexicon.STRONG_LOCATIVE.contains(Names.lower(toks.get(k).word()));
    }
}
