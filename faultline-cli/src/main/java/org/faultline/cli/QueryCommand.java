package org.faultline.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.faultline.store.CanonicalEvent;
import org.faultline.store.Store;
import org.faultline.store.StoreException;
import org.faultline.store.export.EventJson;
import org.faultline.store.export.EventRows;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code faultline query}: canonical events matching the filters, as a table, JSON Lines or CSV. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "List the stored canonical events that match the filters.")
final class QueryCommand implements Callable<Integer> {
    enum Format { table, jsonl, csv }

    @Mixin
    StoreOptions store;

    @Mixin
    FilterOptions filters;

    @Option(names = "--format", defaultValue = "table", description = "table (default), jsonl or csv.")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of standard output.")
    Path output;

    @Override
    public Integer call() throws IOException {
        List<CanonicalEvent> events;
        try (Store s = store.openForReading(System.err)) {
            events = s.events(filters.filter());
        } catch (StoreException e) {
            return StoreOptions.fail(e, System.err);
        }
        if (format == Format.table && output == null) {
            EventRows.table(events, System.out);
            return 0;
        }
        try (Writer w = StoreOptions.output(output)) {
            switch (format) {
                case jsonl -> EventJson.write(events, w);
                case csv, table -> EventRows.csv(events, w);
            }
        }
        return 0;
    }
}
