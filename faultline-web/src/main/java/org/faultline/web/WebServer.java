package org.faultline.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import io.javalin.Javalin;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.javalin.util.JavalinBindException;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Supplier;
import org.faultline.analysis.Analyzer;
import org.faultline.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code faultline serve}: the JSON API ({@code /api/...}, described by {@code /openapi.json}) and the
 * browser UI (static files under {@code web/} in the jar, libraries included: no network at run time)
 * on one Javalin server. Errors are {@code {"error": message}} with their status; an unexpected failure
 * is logged and answered 500 without its stack trace.
 */
public final class WebServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
    /** The largest request body: a JSON Lines upload of articles. */
    static final long MAX_BODY = 20L * 1024 * 1024;

    private final Javalin app;

    private WebServer(Javalin app) {
        this.app = app;
    }

    static ObjectMapper mapper() {
        SimpleModule dates = new SimpleModule();
        dates.addSerializer(LocalDate.class, ToStringSerializer.instance);
        return new ObjectMapper().registerModule(dates);
    }

    /**
     * Starts serving {@code store} on {@code host:port} (port 0: any free port). {@code analyzers} builds the
     * analyzer on first use (analyse and ingest requests), so a read-only session never loads CoreNLP.
     */
    public static WebServer start(Store store, Supplier<? extends Analyzer> analyzers, String host, int port) {
        Api api = new Api(store, analyzers);
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.maxRequestSize = MAX_BODY;
            config.jsonMapper(new JavalinJackson(mapper(), false));
            config.staticFiles.add(sf -> {
                sf.hostedPath = "/";
                sf.directory = "/web";
                sf.location = Location.CLASSPATH;
            });
        });
        api.routes(app);
        app.exception(ApiError.class, (e, ctx) -> ctx.status(e.status()).json(Map.of("error", e.getMessage())));
        app.exception(HttpResponseException.class, (e, ctx) -> ctx.status(e.getStatus())
                .json(Map.of("error", e.getMessage() == null ? "HTTP " + e.getStatus() : e.getMessage())));
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
        return new WebServer(app);
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
    }
}
