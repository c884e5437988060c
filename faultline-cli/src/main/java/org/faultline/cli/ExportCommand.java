package org.faultline.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.faultline.store.ParquetTransfer;
import org.faultline.store.Store;
import org.faultline.store.StoreException;
import org.faultline.store.export.ExportFormat;
import org.faultline.store.export.ExportReport;
import org.faultline.store.export.Exports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code faultline export}: the store in a format the field uses, or as Parquet files. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export canonical events (plover, acled, gdelt, geojson), the actor network (graphml, gexf) "
                + "or the whole store (parquet, into the folder -o DIR).")
final class ExportCommand implements Callable<Integer> {
    @Option(names = "--format", required = true, description = "plover, acled, gdelt, geojson, graphml, gexf or parquet.")
    ExportFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of standard output (a folder for parquet).")
    Path output;

    @Mixin
    StoreOptions store;

    @Mixin
    FilterOptions filters;

    @Override
    public Integer call() throws IOException {
        if (format == ExportFormat.parquet && output == null) {
            System.err.println("faultline: --format parquet writes one file per table: give the folder with -o DIR");
            return 2;
        }
        try (Store s = store.openForReading(System.err)) {
            if (format == ExportFormat.parquet) {
                List<Path> files = ParquetTransfer.export(s, output);
                System.err.println("faultline: wrote " + files.size() + " Parquet files to " + output);
                return 0;
            }
            ExportReport report;
            try (Writer w = StoreOptions.output(output)) {
                report = Exports.write(s, format, filters.filter(), w);
            }
            if (report.leftOutTotal() > 0) {
                // the format requires something these events lack: say so rather than drop them silently
                System.err.println("faultline: " + format + ": " + report.written() + " written, "
                        + report.leftOutSummary());
            }
            return 0;
        } catch (StoreException e) {
            return StoreOptions.fail(e, System.err);
        }
    }
}
