package org.faultline;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.faultline.analysis.ActorRef;
import org.faultline.analysis.Analysis;
import org.faultline.analysis.Event;
import org.faultline.ingest.Article;
import org.faultline.pipeline.Faultline;

/** One real pipeline for all tests in the JVM (CoreNLP models take seconds to load). */
public final class TestPipeline {
    private TestPipeline() {
    }

    public static Faultline get() {
        return Holder.PIPELINE;
    }

    private static final class Holder {
        static final Faultline PIPELINE = Faultline.standard();
    }

    public static Analysis analyze(String text, String published) {
        return get().analyze(new Article("t-" + Integer.toHexString(text.hashCode()),
                published == null ? null : LocalDate.parse(published), null, null, null, text, "test"));
    }

    /** Events of a type. */
    public static List<Event> events(Analysis a, String type) {
        return a.events().stream().filter(e -> e.type().equals(type)).toList();
    }

    /** The first event of a type whose trigger contains {@code trigger}; fails the test when there is none. */
    public static Event event(Analysis a, String type, String trigger) {
        List<Event> es = events(a, type).stream()
                .filter(e -> a.article().text().substring(e.trigger().start(), e.trigger().end()).contains(trigger))
                .toList();
        org.junit.jupiter.api.Assertions.assertFalse(es.isEmpty(), "no " + type + " at '" + trigger + "' in " + a.events());
        return es.get(0);
    }

    /** "text1+text2" of a role, for readable assertions. */
    public static String names(List<ActorRef> refs) {
        return refs.stream().map(ActorRef::text).collect(Collectors.joining("+"));
    }

    /** True when some actor of the role has this id or its text contains this string. */
    public static boolean has(List<ActorRef> refs, String idOrText) {
        return refs.stream().anyMatch(r -> r.id().equals(idOrText) || r.text().contains(idOrText));
    }
}
