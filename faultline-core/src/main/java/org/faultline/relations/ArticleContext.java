package org.faultline.relations;

import org.faultline.grammar.Anaphora;
import org.faultline.grammar.PhraseActors;
import org.faultline.grammar.SentenceActors;

/**
 * One article as the relation rules read it: the stage's input, its actors by sentence and token, the
 * actors a phrase names, pronoun antecedents and the dates of clauses. Built per article, never shared.
 */
record ArticleContext(RelationInput in, SentenceActors byS, PhraseActors roles, Anaphora anaphora,
                      RelationDates dates) {

    static ArticleContext of(RelationInput in) {
        SentenceActors byS = new SentenceActors(in.actors());
        Anaphora anaphora = new Anaphora(in.actors(), in.doc().sentences());
        return new ArticleContext(in, byS, new PhraseActors(byS, anaphora), anaphora, new RelationDates(in.doc()));
    }
}
