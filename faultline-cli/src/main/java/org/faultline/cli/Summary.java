package org.faultline.cli;

import java.io.PrintStream;
import java.util.stream.Collectors;
import org.faultline.analysis.Actor;
import org.faultline.analysis.ActorRef;
import org.faultline.analysis.Analysis;
import org.faultline.analysis.Event;
import org.faultline.analysis.Place;
import org.faultline.analysis.Relation;

/** Prints an analysis as plain tables: events, actors, places, relations. */
final class Summary {
    private final PrintStream out;

    Summary(PrintStream out) {
        this.out = out;
    }

    void print(Analysis a) {
        String text = a.article().text();
        out.printf("%s  %s  (%s)%n%n", a.article().id(), a.article().title() == null ? "" : a.article().title(),
                a.article().published() == null ? "date unknown" : a.article().published());
        out.printf("EVENTS (%d)%n", a.events().size());
        out.printf("%-9s %-13s %-44s %-12s %-10s %-12s %s%n", "type", "mode", "source -> target", "place", "date",
                "counts", "sentence");
        for (Event e : a.events()) {
            String who = names(e.source()) + " -> " + names(e.target());
            String counts = e.counts().entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                    .collect(Collectors.joining(","));
            String sentence = e.evidence().of(text).replaceAll("\\s+", " ");
            out.printf("%-9s %-13s %-44s %-12s %-10s %-12s %s%n", e.type(), e.mode() == null ? "" : e.mode(),
                    clip(who, 44), clip(e.place() == null ? "" : e.place().place().name(), 12),
                    e.date() == null ? "" : e.date().value(), counts, clip(sentence, 70)
                            + (e.modality().equals("asserted") ? "" : "  [" + e.modality() + "]"));
        }
        out.printf("%nACTORS (%d)%n", a.actors().size());
        for (Actor ac : a.actors()) {
            out.printf("  %-40s %-13s %-4s %s%n", clip(ac.name(), 40), ac.type(), ac.country() == null ? "" : ac.country(),
                    ac.known() ? "" : "(not in knowledge base)");
        }
        out.printf("%nPLACES (%d)%n", a.places().size());
        for (Place p : a.places()) {
            out.printf("  %-28s %-4s %8.4f %9.4f  %s%n", clip(p.name(), 28), p.country() == null ? "" : p.country(),
                    p.lat(), p.lon(), p.precision());
        }
        out.printf("%nRELATIONS (%d)%n", a.relations().size());
        for (Relation r : a.relations()) {
            String target = r.targetPlace() != null ? r.targetPlace().place().name() : r.target().name();
            out.printf("  %-28s %-9s %s%n", clip(r.source().name(), 28), r.type(), target);
        }
    }

    private static String names(java.util.List<ActorRef> refs) {
        return refs.isEmpty() ? "?" : refs.stream().map(ActorRef::text).collect(Collectors.joining("+"));
    }

    private static String clip(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "\u2026";
    }
}
