package org.faultline.salience;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.faultline.analysis.ActorRef;
import org.faultline.analysis.Event;
import org.faultline.nlp.AnnotatedArticle;
import org.faultline.nlp.Dependency;
import org.faultline.nlp.Sentence;
import org.faultline.nlp.Token;

/**
 * How central each event is to its article, from 0 to 1: where it is told (earlier is more central), whether
 * the headline names its words, whether it has casualty counts, how often the article tells it again, whether
 * its trigger heads the sentence or hangs in a subordinate clause ("to denounce the killing", "after the
 * attack"), whether it is a material act or a statement, and whether its parties are named. Asserted events
 * outweigh alleged, future or negated ones. The weights are in {@link Weights}. Stateless and thread-safe.
 */
public final class Salience {
    /** The weight of each signal; they add up to 1. */
    record Weights(double position, double headline, double counts, double mentions, double clause, double material,
                   double parties) {
    }

    static final Weights WEIGHTS = new Weights(0.25, 0.20, 0.08, 0.07, 0.20, 0.12, 0.08);
    /** Dependency edges that put a trigger below the sentence's main act. */
    private static final Set<String> SUBORDINATE = Set.of("advcl", "acl", "acl:relcl", "xcomp", "obl", "nmod",
            "dep", "appos");
    private static final double NOT_ASSERTED = 0.6;
    /** Types that say something rather than do it: an article is seldom about the saying. */
    private static final Set<String> STATEMENTS = Set.of("ACCUSE", "REJECT", "THREATEN", "REQUEST", "CONSULT",
            "SUPPORT");

    /** The events with their salience set. */
    public List<Event> score(AnnotatedArticle doc, List<Event> events) {
        Set<String> headline = headlineWords(doc);
        List<Event> out = new ArrayList<>(events.size());
        for (Event e : events) {
            out.add(e.withSalience(score(doc, e, events, headline)));
        }
        return out;
    }

    private static double score(AnnotatedArticle doc, Event e, List<Event> all, Set<String> headline) {
        Sentence s = doc.sentenceAt(e.trigger().start());
        int index = s == null ? doc.sentences().size() : s.index();
        double position = 1.0 / (1 + index);
        double head = s == null || headline.isEmpty() ? 0 : overlap(s, headline);
        long casualties = e.counts().values().stream().mapToLong(Long::longValue).sum();
        double counts = Math.min(1, Math.log10(1 + casualties) / 2);
        double mentions = Math.min(1, (retold(e, all) - 1) / 3.0);
        double clause = s == null ? 0 : clause(s, s.headOf(e.trigger().start(), e.trigger().end()));
        double material = STATEMENTS.contains(e.type()) ? 0.3 : 1;
        double parties = (e.source().isEmpty() ? 0 : 0.5) + (e.target().isEmpty() ? 0 : 0.5);
        Weights w = WEIGHTS;
        double sum = w.position() * position + w.headline() * head + w.counts() * counts + w.mentions() * mentions
                + w.clause() * clause + w.material() * material + w.parties() * parties;
        return "asserted".equals(e.modality()) ? sum : sum * NOT_ASSERTED;
    }

    /** How many events of the article tell the same act: same type, sharing a party (itself included). */
    private static int retold(Event e, List<Event> all) {
        Set<String> parties = ids(e);
        int n = 0;
        for (Event o : all) {
            if (o == e || o.type().equals(e.type()) && !parties.isEmpty() && ids(o).stream().anyMatch(parties::contains)) {
                n++;
            }
        }
        return n;
    }

    private static Set<String> ids(Event e) {
        Set<String> out = new HashSet<>();
        e.source().stream().map(ActorRef::id).forEach(out::add);
        e.target().stream().map(ActorRef::id).forEach(out::add);
        return out;
    }

    /** 1 for a trigger that heads its sentence (or a clause joined to the head), halved per subordinate step. */
    private static double clause(Sentence s, int trigger) {
        double score = 1;
        int node = trigger;
        for (int depth = 0; depth < 12; depth++) {
            Dependency up = s.headEdge(node);
            if (up == null || up.governor() < 0) {
                break;
            }
            if (SUBORDINATE.contains(up.relation()) || up.relation().startsWith("obl:")
                    || up.relation().startsWith("nmod:")) {
                score /= 2;
            }
            node = up.governor();
        }
        return score;
    }

    /** Share of the headline's content words the sentence contains (as written or as lemma). */
    private static double overlap(Sentence s, Set<String> headline) {
        Set<String> words = new HashSet<>();
        for (Token t : s.tokens()) {
            words.add(t.lowerWord());
            words.add(t.lowerLemma());
        }
        long hit = headline.stream().filter(words::contains).count();
        return (double) hit / headline.size();
    }

    /** The article title's words of four letters or more. */
    private static Set<String> headlineWords(AnnotatedArticle doc) {
        String title = doc.article().title();
        Set<String> out = new HashSet<>();
        if (title != null) {
            for (String w : title.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                if (w.length() >= 4) {
                    out.add(w);
                }
            }
        }
        return out;
    }
}
