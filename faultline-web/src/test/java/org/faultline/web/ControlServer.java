package org.faultline.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.faultline.store.ControlFixtures;
import org.faultline.store.Store;

/**
 * One server per test JVM on a free loopback port over a store of the control fixtures (who held Fallujah
 * and Mosul from 2013 to 2016), with no analyzer: its tests only read.
 */
final class ControlServer {
    private static ControlServer shared;

    final Store store;
    final WebServer server;
    final String base;

    private ControlServer() throws IOException {
        store = ControlFixtures.store(Files.createTempDirectory("faultline-control-test").resolve("control.db"));
        server = WebServer.start(store, () -> {
            throw new IllegalStateException("the control tests analyse nothing");
        }, "127.0.0.1", 0);
        base = "http://127.0.0.1:" + server.port();
    }

    static synchronized ControlServer get() {
        if (shared == null) {
            try {
                shared = new ControlServer();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                shared.server.close();
                shared.store.close();
            }));
        }
        return shared;
    }
}
