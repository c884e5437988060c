package org.faultline.store;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.faultline.analysis.Analysis;
import org.faultline.store.export.EventRows;
import org.faultline.store.export.TextTable;

/**
 * The store part of {@code faultline demo}: stores the given analyses in a fresh store (a temporary one,
 * deleted afterwards, unless a path is given) and prints what the queries see: canonical events, then
 * counts per week, actor and place.
 */
public final class StoreDemo {
    private StoreDemo() {
    }

    public static void run(List<Analysis> analyses, Path db, PrintStream out) {
        Path tmp = null;
        try {
            if (db == null) {
                tmp = Files.createTempDirectory("faultline-demo");
                db = tmp.resolve("demo.db");
            }
            try (Store store = Store.open(db)) {
                analyses.forEach(store::put);
                List<CanonicalEvent> events = store.events(QueryFilter.all());
                out.printf("%nSTORE %s: %d article(s), %d event mention(s), %d canonical event(s)%n%n",
                        tmp == null ? db : "(temporary)", store.count("articles"), store.count("events"), events.size());
                EventRows.table(events.subList(0, Math.min(20, events.size())), out);
                for (Stats.Table t : Stats.compute(store, QueryFilter.all(), 5)) {
                    out.printf("%n%s%n", t.title().toUpperCase(java.util.Locale.ROOT));
                    TextTable.print(out, t.columns(), t.rows());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (tmp != null) {
                deleteTree(tmp);
            }
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary folder is harmless
        }
    }
}
