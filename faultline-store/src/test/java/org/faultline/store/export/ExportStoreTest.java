package org.faultline.store.export;

import java.nio.file.Path;
import org.faultline.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** Base of the export tests: a fresh store filled with {@link ExportFixtures} for each test. */
abstract class ExportStoreTest {
    @TempDir
    Path dir;
    Store store;

    @BeforeEach
    void fill() {
        store = ExportFixtures.fill(Store.open(dir.resolve("x.db")));
    }

    @AfterEach
    void close() {
        store.close();
    }

    ExportFixtures.Exported export(ExportFormat format) throws Exception {
        return ExportFixtures.export(store, format);
    }
}
