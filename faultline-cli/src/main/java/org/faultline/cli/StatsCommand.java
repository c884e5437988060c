package org.faultline.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.faultline.store.Stats;
import org.faultline.store.Store;
import org.faultline.store.StoreException;
import org.faultline.store.export.Csv;
import org.faultline.store.export.TextTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code faultline stats}: canonical events per week and type, per actor and per place. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Count the stored canonical events per week and type, per actor and per place.")
final class StatsCommand implements Callable<Integer> {
    enum Format { table, csv }

    @Mixin
    StoreOptions store;

    @Mixin
    FilterOptions filters;

    @Option(names = "--top", paramLabel = "N", defaultValue = "20", description = "Actors and places listed (default: ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--format", defaultValue = "table", description = "table (default) or csv (one CSV block per aggregate).")
    Format format;

    @Override
    public Integer call() throws IOException {
        List<Stats.Table> tables;
        try (Store s = store.openForReading(System.err)) {
            tables = Stats.compute(s, filters.filter(), top);
        } catch (StoreException e) {
            return StoreOptions.fail(e, System.err);
        }
        if (format == Format.table) {
            PrintStream out = System.out;
            for (Stats.Table t : tables) {
                out.println(t.title().toUpperCase(Locale.ROOT));
                TextTable.print(out, t.columns(), t.rows());
                out.println();
            }
            return 0;
        }
        try (Writer w = StoreOptions.output(null)) {
            for (Stats.Table t : tables) {
                w.write("# " + t.title() + "\r\n");
                Csv.row(w, t.columns());
                for (List<String> r : t.rows()) {
                    Csv.row(w, r);
                }
                w.write("\r\n");
            }
        }
        return 0;
    }
}
