package org.faultline.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.faultline.store.ParquetTransfer;
import org.faultline.store.Store;
import org.faultline.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code faultline import DIR}: loads a Parquet export into the store, replacing the articles it carries. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import a folder written by 'faultline export --format parquet' into the store.")
final class ImportCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "Folder of Parquet files.")
    Path dir;

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() {
        try {
            ParquetTransfer.requireExport(dir); // before the store is created for it
        } catch (StoreException e) {
            return StoreOptions.fail(e, System.err);
        }
        try (Store s = store.openOrCreate(System.err)) {
            long n = ParquetTransfer.importDir(s, dir);
            System.err.printf("faultline: imported %d articles; %s now holds %d articles in %d canonical events%n", n,
                    store.db, s.count("articles"), s.count("clusters"));
            return 0;
        } catch (StoreException e) {
            return StoreOptions.fail(e, System.err);
        }
    }
}
