package org.faultline.pipeline;

import java.util.List;
import java.util.Set;
import org.faultline.actors.ActorMention;
import org.faultline.analysis.Analysis;
import org.faultline.analysis.Relation;
import org.faultline.events.EventExtractor;
import org.faultline.grammar.ArticlePatterns;
import org.faultline.events.PlaceSpot;
import org.faultline.nlp.AnnotatedArticle;

/**
 * What the pipeline's steps have found so far for one article: each step reads what earlier steps
 * left and fills its own fields. One instance per article, never shared between threads.
 */
final class ArticleWork {
    final AnnotatedArticle doc;
    List<ActorMention> named;
    Set<String> namedCountries;
    Geoparser.Located located;
    PlaceSpot focus;
    List<ActorMention> mentions;
    /** The sentences' dependency-pattern matches, shared by events and relations. */
    ArticlePatterns patterns;
    EventExtractor.Result found;
    List<Relation> relations;
    Analysis analysis;

    ArticleWork(AnnotatedArticle doc) {
        this.doc = doc;
    }
}
