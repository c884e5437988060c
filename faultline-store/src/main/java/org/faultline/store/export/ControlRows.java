package org.faultline.store.export;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.faultline.store.DateRange;
import org.faultline.store.control.ControlAnswer;
import org.faultline.store.control.Evidence;
import org.faultline.store.control.Period;

/**
 * The control view's answers for {@code faultline query --controls}: a table (the answer, then the history
 * that explains it), CSV (one row per period of the history, {@code current} marking the period in force on
 * the date) and JSON Lines (one answer per line, as the API gives it).
 */
public final class ControlRows {
    static final List<String> COLUMNS = List.of("place_id", "place", "at", "status", "current", "controller_id",
            "controller", "from", "to", "ended", "ended_by", "article_id", "evidence_start", "evidence_end", "sentence");
    private static final List<String> TABLE = List.of("from", "to", "controller", "ended", "ended_by", "article_id",
            "sentence");

    private ControlRows() {
    }

    public static void table(List<ControlAnswer> answers, PrintStream out) {
        if (answers.isEmpty()) {
            out.println("(no stored place of that name is said to be held by anyone)");
        }
        List<Integer> pick = TABLE.stream().map(COLUMNS::indexOf).toList();
        for (ControlAnswer a : answers) {
            out.println(headline(a));
            List<List<String>> rows = new ArrayList<>();
            for (Period p : a.history()) {
                List<String> full = row(a, p);
                rows.add(pick.stream().map(full::get).toList());
            }
            TextTable.print(out, TABLE, rows);
            out.println();
        }
    }

    public static void csv(List<ControlAnswer> answers, Writer w) throws IOException {
        Csv.row(w, COLUMNS);
        for (ControlAnswer a : answers) {
            for (Period p : a.history()) {
                Csv.row(w, row(a, p));
            }
        }
    }

    public static void jsonl(List<ControlAnswer> answers, Writer w) throws IOException {
        for (ControlAnswer a : answers) {
            w.write(JsonLines.MAPPER.writeValueAsString(a));
            w.write('\n');
        }
    }

    /** "Al Fallūjah (gn:99454, IRQ) on 2016-08-05: held by Iraq military (IRQ/MIL) since 2016-08-01". */
    static String headline(ControlAnswer a) {
        String place = a.place().name() + " (" + a.place().id() + (a.place().country() == null ? "" : ", "
                + a.place().country()) + ") on " + a.at() + ": ";
        if (a.controllers().isEmpty()) {
            return place + "unknown: " + a.note();
        }
        List<String> who = a.controllers().stream().map(c -> c.name() + " (" + c.id() + ") since " + c.since()).toList();
        return place + a.status() + " by " + String.join(" and ", who);
    }

    private static List<String> row(ControlAnswer a, Period p) {
        Evidence first = p.evidence().get(0);
        List<String> r = new ArrayList<>();
        r.add(a.place().id());
        r.add(a.place().name());
        r.add(a.at());
        r.add(a.status());
        r.add(String.valueOf(current(a, p)));
        r.add(p.controllerId());
        r.add(p.controller());
        r.add(p.from());
        r.add(p.to());
        r.add(p.ended());
        r.add(p.endedBy());
        r.add(first.articleId());
        r.add(String.valueOf(first.start()));
        r.add(String.valueOf(first.end()));
        r.add(first.sentence() == null ? null : first.sentence().replaceAll("\\s+", " ").strip());
        return r;
    }

    /** Whether the period is the one in force on the answer's date. */
    private static boolean current(ControlAnswer a, Period p) {
        LocalDate at = LocalDate.parse(a.at());
        DateRange from = DateRange.of(p.from(), null);
        DateRange to = DateRange.of(p.to(), null);
        return from != null && !from.first().isAfter(at) && (to == null || to.first().isAfter(at))
                && a.controllers().stream().anyMatch(c -> c.party().equals(p.party()));
    }
}
