package org.faultline.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.faultline.actors.ActorMention;
import org.faultline.analysis.ActorRef;
import org.faultline.analysis.Event;
import org.faultline.analysis.RoleBasis;
import org.faultline.lexicon.Lexicon;
import org.faultline.nlp.AnnotatedArticle;
import org.faultline.nlp.Sentence;

/**
 * The actor of an act told without one, from the acts told before it. "Gangs stormed the national
 * penitentiary. A second prison was overrun the same weekend": the second prison was overrun by the
 * gangs; "Iran hanged a protester on Monday ... On Thursday another man was hanged": by Iran. An
 * agentless passive takes the source of the last event of its type when that event is at most
 * {@value #WINDOW} sentences back; any act told without its actor takes it when every earlier event of the
 * type had that one source (tit-for-tat reporting alternates sides, so a noun alone is no continuation);
 * a protest without protesters takes the article's protesters. The source's references point at the earlier
 * mentions, so each stays traceable.
 */
public final class Continuations {
    private static final int WINDOW = 3;
    private static final Set<String> ONE_PERSON = Lexicon.english().words("person-agent-nouns");

    /** The events with unstated sources filled from context (new instances); the others are the same instances. */
    public List<Event> fill(AnnotatedArticle doc, List<ActorMention> mentions, List<Event> events, CodeTable codes) {
        List<Event> out = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            List<ActorRef> source = List.of();
            if (e.source().isEmpty() && e.type().equals("PROTEST")) {
                source = protesters(doc, mentions, e.evidence().start());
            } else if (e.source().isEmpty()) {
                source = earlier(doc, events, i, passive(doc, e));
            }
            Set<String> targets = new HashSet<>(Draft.ids(e.target()));
            if (source.isEmpty() || source.stream().anyMatch(a -> targets.contains(a.id()))) {
                out.add(e);
                continue;
            }
            source = ActorRef.withBasis(source, RoleBasis.CONTINUED);
            out.add(new Event(e.type(), e.mode(), source, e.target(), e.place(), e.date(), e.modality(), e.counts(),
                    e.evidence(), e.trigger(), e.attribution(), codes.codes(e.type(), e.mode(), source, e.target())));
        }
        return out;
    }

    /** A passive verb (without a by-phrase, or the event would have its source) as the event's trigger. */
    private static boolean passive(AnnotatedArticle doc, Event e) {
        Sentence s = doc.sentenceAt(e.trigger().start());
        if (s == null) {
            return false;
        }
        for (var t : s.tokens()) {
            if (t.start() >= e.trigger().start() && t.end() <= e.trigger().end()) {
                return t.isVerb() && (!s.children(t.index(), "aux:pass").isEmpty()
                        || !s.children(t.index(), "nsubj:pass").isEmpty());
            }
        }
        return false;
    }

    /**
     * The source of the last earlier event of the same type: for a passive, when it is near; for any act
     * told without its actor, when every earlier event of the type had that one source.
     */
    private static List<ActorRef> earlier(AnnotatedArticle doc, List<Event> events, int i, boolean passive) {
        Event e = events.get(i);
        Event last = null;
        Set<Set<String>> sources = new HashSet<>();
        for (int j = 0; j < i; j++) {
            Event o = events.get(j);
            if (o.type().equals(e.type()) && !o.source().isEmpty() && o.modality().equals("asserted")) {
                last = o;
                sources.add(new HashSet<>(Draft.ids(o.source())));
            }
        }
        if (last == null) {
            return List.of();
        }
        int gap = sentence(doc, e) - sentence(doc, last);
        return passive && gap <= WINDOW || sources.size() == 1 ? last.source() : List.of();
    }

    private static int sentence(AnnotatedArticle doc, Event e) {
        Sentence s = doc.sentenceAt(e.evidence().start());
        return s == null ? 0 : s.index();
    }

    /** The article's most often named protesters, at their mention nearest before {@code offset}. */
    private static List<ActorRef> protesters(AnnotatedArticle doc, List<ActorMention> mentions, int offset) {
        Map<String, Integer> counts = new HashMap<>();
        mentions.stream().filter(m -> "PROTESTERS".equals(m.type()) && crowd(doc, m))
                .forEach(m -> counts.merge(m.id(), 1, Integer::sum));
        String id = counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse(null);
        ActorMention at = id == null ? null : Counterparts.nearest(mentions, id, offset);
        return at == null ? List.of() : List.of(at.ref());
    }

    /** Not one person ("the second protester"): a protest is a crowd's, or a group's ("the opposition"). */
    private static boolean crowd(AnnotatedArticle doc, ActorMention m) {
        return !ONE_PERSON.contains(doc.sentences().get(m.sentence()).token(m.tokenEnd() - 1).lowerWord());
    }
}
