package org.faultline.cli;

import java.util.concurrent.Callable;
import org.faultline.pipeline.Faultline;
import org.faultline.store.SharedStore;
import org.faultline.store.StoreException;
import org.faultline.web.ServerOptions;
import org.faultline.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code faultline serve}: the web UI and JSON API over a store, on the loopback interface by default. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the web UI (map, timeline, network, events, analyse box) and the JSON API (/openapi.json).")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", description = "TCP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String host;

    @Option(names = "--token", paramLabel = "TOKEN",
            description = "Bearer token the write endpoints (POST /api/articles, POST /api/analyze?store=true) require; "
                    + "default: the FAULTLINE_TOKEN environment variable (preferred: command lines are visible to other users). "
                    + "Without a token, writing is refused (403).")
    String token;

    @Option(names = "--allow-host", paramLabel = "NAME",
            description = "A DNS name the server is reached by, accepted in the Host header (repeatable). Loopback names, "
                    + "IP addresses and the --host name are accepted without it; other names are refused (DNS rebinding).")
    java.util.List<String> allowHosts = new java.util.ArrayList<>();

    @Override
    public Integer call() throws InterruptedException {
        String writeToken = token != null ? token : System.getenv(ServerOptions.TOKEN_ENV);
        java.util.Set<String> names = new java.util.HashSet<>(allowHosts);
        names.add(host);
        ServerOptions options = ServerOptions.defaults().withToken(writeToken).withAllowedHosts(names);
        if (!WebServer.isLoopback(host)) {
            System.err.printf("faultline: warning: listening on %s, reachable from other machines; the API has no TLS "
                    + "and read endpoints need no token%s%n", host,
                    options.token() == null ? "" : " (the write token travels in clear text)");
        }
        if (options.token() == null) {
            System.err.println("faultline: read-only (no --token or " + ServerOptions.TOKEN_ENV + "): storing analyses is refused");
        }
        // held read-only between writes, so that query, stats, export and check can read it meanwhile
        try (SharedStore s = SharedStore.open(store.db); WebServer server = WebServer.start(s, Faultline::standard, host,
                port, options)) {
            System.err.printf("faultline: serving %s on http://%s:%d/ (API: /openapi.json); Ctrl-C stops%n", store.db,
                    host.contains(":") ? "[" + host + "]" : host, server.port());
            server.join();
            return 0;
        } catch (StoreException e) {
            return StoreOptions.fail(e, System.err);
        } catch (IllegalStateException e) {
            System.err.println("faultline: " + e.getMessage());
            return 1;
        }
    }
}
