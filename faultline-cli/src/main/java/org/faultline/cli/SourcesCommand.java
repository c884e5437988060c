package org.faultline.cli;

import java.io.PrintStream;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.faultline.store.SourceLog;
import org.faultline.store.SourceLog.SourceState;
import org.faultline.store.Store;
import org.faultline.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code faultline sources}: the watched sources in a store, with their health. */
@Command(name = "sources", mixinStandardHelpOptions = true,
        description = "List the sources 'faultline watch' polled into the store, with status, counts and last error.")
final class SourcesCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Override
    public Integer call() {
        PrintStream out = System.out;
        try (Store s = store.openForReading(System.err)) {
            List<SourceState> all = new SourceLog(s).all();
            out.println("status\tfailures\tlast_poll\tnext_poll\tlinks\tstored\turl\tlast_error");
            for (SourceState st : all) {
                out.println(String.join("\t", st.status(), String.valueOf(st.failures()), time(st.lastPoll()),
                        time(st.nextPoll()), String.valueOf(st.entries()), String.valueOf(st.stored()), st.url(),
                        st.lastError() == null ? "" : st.lastError()));
            }
            if (all.isEmpty()) {
                System.err.println("faultline: no sources in " + store.db + " ('faultline watch SOURCES_FILE' adds them)");
            }
        } catch (StoreException e) {
            return StoreOptions.fail(e, System.err);
        }
        return 0;
    }

    private static String time(Instant t) {
        return t == null ? "" : t.toString();
    }
}
