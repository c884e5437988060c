package org.faultline.cli;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.faultline.analysis.Analysis;
import picocli.CommandLine;

/**
 * A picocli factory whose {@link DataOptions} load a stand-in analyzer (empty analyses) instead of the
 * models, counting the loads: a test sees whether a command got as far as loading them.
 */
final class StandInModels implements CommandLine.IFactory {
    private final AtomicInteger loads = new AtomicInteger();

    @Override
    public <K> K create(Class<K> type) throws Exception {
        if (type == DataOptions.class) {
            return type.cast(new DataOptions((actors, triggers) -> {
                loads.incrementAndGet();
                return a -> new Analysis(a, List.of(), List.of(), List.of(), List.of(), List.of());
            }));
        }
        return CommandLine.defaultFactory().create(type);
    }

    int loads() {
        return loads.get();
    }
}
