package org.faultline.cli;

import java.util.concurrent.Callable;
import org.faultline.store.Store;
import org.faultline.store.StoreCheck;
import org.faultline.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code faultline check}: the store's integrity check; exit code 1 when it finds errors. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check the store: schema version, orphan rows, offsets inside their article, clusters.")
final class CheckCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Override
    public Integer call() {
        try (Store s = store.openForReading(System.err)) {
            StoreCheck.Report r = StoreCheck.run(s);
            r.rows().forEach((table, n) -> System.out.printf("%-14s %d rows%n", table, n));
            r.warnings().forEach(w -> System.out.println("warning: " + w));
            r.errors().forEach(e -> System.out.println("error: " + e));
            System.out.println(r.ok() ? "store OK" : "store has " + r.errors().size() + " problem(s)");
            return r.ok() ? 0 : 1;
        } catch (StoreException e) {
            return StoreOptions.fail(e, System.err);
        }
    }
}
