package org.faultline.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.faultline.store.CanonicalEvent;
import org.faultline.store.ControlQuery;
import org.faultline.store.Store;
import org.faultline.store.StoreException;
import org.faultline.store.control.ControlAnswer;
import org.faultline.store.export.ControlRows;
import org.faultline.store.export.EventJson;
import org.faultline.store.export.EventRows;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code faultline query}: canonical events matching the filters, or with {@code --controls} who holds a
 * place on a date; as a table, JSON Lines or CSV.
 */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"List the stored canonical events that match the filters,",
            "or (--controls PLACE --at DATE) who controls a place on a date and the history behind it."})
final class QueryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    enum Format { table, jsonl, csv }

    @Mixin
    StoreOptions store;

    @Mixin
    FilterOptions filters;

    @Option(names = "--format", defaultValue = "table", description = "table (default), jsonl or csv.")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of standard output.")
    Path output;

    @Option(names = "--controls", paramLabel = "PLACE",
            description = "Who controls this place (name, a wording an article used, place id or GeoNames id) on --at.")
    String controls;

    @Option(names = "--at", paramLabel = "DATE", description = "The date for --controls (YYYY-MM-DD; default: today).")
    LocalDate at;

    @Override
    public Integer call() throws IOException {
        if (controls == null && at != null) {
            throw new ParameterException(spec.commandLine(), "--at goes with --controls PLACE");
        }
        if (controls != null) {
            if (filters.any()) {
                throw new ParameterException(spec.commandLine(), "--controls takes --at, --format and -o, not event filters");
            }
            return controls();
        }
        List<CanonicalEvent> events;
        try (Store s = store.openForReading(System.err)) {
            events = s.events(filters.filter());
        } catch (StoreException e) {
            return StoreOptions.fail(e, System.err);
        }
        return print(() -> EventRows.table(events, System.out), w -> EventJson.write(events, w), w -> EventRows.csv(events, w));
    }

    private int controls() throws IOException {
        List<ControlAnswer> answers;
        try (Store s = store.openForReading(System.err)) {
            answers = ControlQuery.withGazetteer(s).at(controls, at == null ? LocalDate.now() : at);
        } catch (StoreException e) {
            return StoreOptions.fail(e, System.err);
        }
        return print(() -> ControlRows.table(answers, System.out), w -> ControlRows.jsonl(answers, w),
                w -> ControlRows.csv(answers, w));
    }

    /** Output that writes to a file or standard output. */
    private interface Output {
        void write(Writer w) throws IOException;
    }

    /** The table on standard output; JSON Lines or CSV (also a table sent to a file) through a writer. */
    private int print(Runnable table, Output jsonl, Output csv) throws IOException {
        if (format == Format.table && output == null) {
            table.run();
            return 0;
        }
        try (Writer w = StoreOptions.output(output)) {
            (format == Format.jsonl ? jsonl : csv).write(w);
        }
        return 0;
    }
}
