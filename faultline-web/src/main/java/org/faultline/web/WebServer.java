package org.faultline.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.javalin.util.JavalinBindException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;
import org.faultline.analysis.Analyzer;
import org.faultline.pipeline.AnalysisTimeoutException;
import org.faultline.store.Store;
import org.faultline.store.StoreAccess;
import org.faultline.store.StoreBusyException;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code faultline serve}: the JSON API ({@code /api/...}, described by {@code /openapi.json}) and the
 * browser UI (static files under {@code web/} in the jar, libraries included: no network at run time)
 * on one Javalin server. Errors are {@code {"error": message}} with their status; an unexpected failure
 * is logged and answered 500 without its stack trace.
 *
 * <p>Hardening ({@link ServerOptions}): request bodies are capped (413); analyses pass an admission gate
 * (429 when the workers and queue are full) and a per-article time limit (503); write endpoints need a
 * bearer token (403 when none is configured); connections idle for longer than the idle timeout are
 * closed; every response carries security headers (a Content-Security-Policy allowing only this origin,
 * no inline script or style; no framing; no MIME sniffing; no referrer). No CORS headers are sent, so
 * other origins' pages cannot read the API. Static files come from the jar's {@code web/} directory only.
 */
public final class WebServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
    /** The largest request body: a JSON Lines upload of articles. */
    static final long MAX_BODY = 20L * 1024 * 1024;

    /**
     * The page's policy: everything from this origin, nothing inline, no plugins, no framing. The one
     * exception is the hash of the fixed style element Cytoscape.js inserts for its container (checked by
     * {@code BrowserTest}, which fails on any policy violation, so a new Cytoscape version shows up there).
     */
    static final String CYTOSCAPE_STYLE = "'sha256-pgvDUBa4IjFA2yuSJ2cqcyxmNYJMborsd0ORcRv9vw8='";
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' " + CYTOSCAPE_STYLE + "; img-src 'self' data:; "
            + "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";
    static final Map<String, String> SECURITY_HEADERS = Map.of(
            "Content-Security-Policy", CSP,
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            "Referrer-Policy", "no-referrer",
            "Cross-Origin-Opener-Policy", "same-origin",
            "Cross-Origin-Resource-Policy", "same-origin");

    private final Javalin app;
    private final Api api;

    private WebServer(Javalin app, Api api) {
        this.app = app;
        this.api = api;
    }

    /** True for addresses that only this machine can reach. */
    public static boolean isLoopback(String host) {
        String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (h.equals("localhost")) {
            return true;
        }
        try {
            return java.net.InetAddress.getByName(h).isLoopbackAddress();
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }

    static ObjectMapper mapper() {
        SimpleModule dates = new SimpleModule();
        dates.addSerializer(LocalDate.class, ToStringSerializer.instance);
        dates.addSerializer(LocalDateTime.class, ToStringSerializer.instance);
        return new ObjectMapper().registerModule(dates);
    }

    /**
     * Starts serving {@code store} on {@code host:port} (port 0: any free port). {@code analyzers} builds the
     * analyzer on first use (analyse and ingest requests), so a read-only session never loads CoreNLP.
     */
    public static WebServer start(Store store, Supplier<? extends Analyzer> analyzers, String host, int port) {
        return start(store, analyzers, host, port, ServerOptions.defaults());
    }

    /** As {@link #start(Store, Supplier, String, int)} with the given limits and token. */
    public static WebServer start(Store store, Supplier<? extends Analyzer> analyzers, String host, int port,
                                  ServerOptions options) {
        return start(StoreAccess.of(store), analyzers, host, port, options);
    }

    /**
     * As {@link #start(Store, Supplier, String, int, ServerOptions)} over any store access; {@code faultline
     * serve} passes a {@link org.faultline.store.SharedStore} so that other processes can read the file.
     */
    public static WebServer start(StoreAccess store, Supplier<? extends Analyzer> analyzers, String host, int port,
                                  ServerOptions options) {
        Api api = new Api(store, analyzers, options);
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.maxRequestSize = options.maxBodyBytes();
            config.jetty.modifyHttpConfiguration(http -> {
                http.setIdleTimeout(options.idleTimeout().toMillis()); // blocking reads and writes of one request
                http.setSendServerVersion(false);
                // Jetty caches repeated header fields per connection, by default ignoring case: a second
                // "Authorization: Bearer S3CRET" on a kept-alive connection came through as an earlier
                // request's casing. Tokens are case-sensitive, so the cache must be too.
                http.setHeaderCacheCaseSensitive(true);
            });
            config.jsonMapper(new JavalinJackson(mapper(), false));
            config.staticFiles.add(sf -> {
                sf.hostedPath = "/";
                sf.directory = "/web";
                sf.location = Location.CLASSPATH;
                sf.headers = SECURITY_HEADERS;
            });
        });
        HostCheck hosts = new HostCheck(options.allowedHosts());
        app.before(ctx -> {
            SECURITY_HEADERS.forEach(ctx::header);
            String hostHeader = ctx.header("Host");
            if (!hosts.hostAllowed(hostHeader)) {
                throw new ApiError(403, "Host " + hostHeader + " is not a name of this server (DNS rebinding is refused); "
                        + "start faultline serve with --allow-host NAME to accept it");
            }
            boolean reads = ctx.method() == HandlerType.GET || ctx.method() == HandlerType.HEAD
                    || ctx.method() == HandlerType.OPTIONS;
            if (!reads && !HostCheck.writeAllowed(ctx.header("Origin"), ctx.header("Sec-Fetch-Site"), hostHeader)) {
                throw new ApiError(403, "cross-origin request refused: only this server's own page may send "
                        + ctx.method() + " requests");
            }
        });
        api.routes(app);
        app.exception(ApiError.class, (e, ctx) -> ctx.status(e.status()).json(Map.of("error", e.getMessage())));
        app.exception(HttpResponseException.class, (e, ctx) -> ctx.status(e.getStatus())
                .json(Map.of("error", e.getMessage() == null ? "HTTP " + e.getStatus() : e.getMessage())));
        app.exception(AnalysisTimeoutException.class, (e, ctx) -> ctx.status(503).json(Map.of("error", e.getMessage())));
        app.exception(StoreBusyException.class, (e, ctx) -> ctx.status(503).header("Retry-After", "5")
                .json(Map.of("error", e.getMessage())));
        app.exception(RejectedExecutionException.class, (e, ctx) -> ctx.status(429)
                .json(Map.of("error", "too many analyses in progress; retry later")));
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            ctx.status(500).json(Map.of("error", "internal error: " + e.getClass().getSimpleName()));
        });
        app.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                ctx.json(Map.of("error", "not found: " + ctx.method() + " " + ctx.path()));
            }
        });
        app.error(405, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                ctx.json(Map.of("error", "method not allowed: " + ctx.method() + " " + ctx.path()));
            }
        });
        try {
            app.start(host, port);
        } catch (JavalinBindException e) {
            throw new IllegalStateException("cannot listen on " + host + ":" + port + " (" + e.getMessage()
                    + "); is another server using the port?", e);
        }
        for (Connector c : app.jettyServer().server().getConnectors()) {
            if (c instanceof AbstractConnector connector) {
                connector.setIdleTimeout(options.idleTimeout().toMillis()); // slow or stalled clients are dropped
            }
        }
        return new WebServer(app, api);
    }

    public int port() {
        return app.port();
    }

    /** Blocks until the server stops (the JVM is killed or {@link #close()} is called). */
    public void join() throws InterruptedException {
        app.jettyServer().server().join();
    }

    @Override
    public void close() {
        app.stop();
        api.close();
    }
}
