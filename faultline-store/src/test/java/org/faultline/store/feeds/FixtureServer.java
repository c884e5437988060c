package org.faultline.store.feeds;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback HTTP server for the watcher's tests: each path answers as its {@link Reply} says, and every
 * request is counted by path (with its conditional headers kept), so a test sees what was fetched how often.
 */
final class FixtureServer implements AutoCloseable {
    /** How one path answers. */
    interface Reply {
        void answer(HttpExchange x) throws IOException;
    }

    private final HttpServer server;
    private final Map<String, Reply> replies;
    private final ExecutorService pool = Executors.newCachedThreadPool();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    final List<String> ifNoneMatch = new CopyOnWriteArrayList<>();

    FixtureServer(Map<String, Reply> replies) throws IOException {
        this.replies = replies;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", x -> {
            String path = x.getRequestURI().getRawPath();
            hits.computeIfAbsent(path, k -> new AtomicInteger()).incrementAndGet();
            String inm = x.getRequestHeaders().getFirst("If-None-Match");
            if (inm != null) {
                ifNoneMatch.add(path + " " + inm);
            }
            try {
                Reply r = replies.get(path);
                if (r == null) {
                    send(x, 404, "text/plain", "not found");
                } else {
                    r.answer(x);
                }
            } catch (IOException e) {
                // the client gave up (the timeout case)
            } finally {
                x.close();
            }
        });
        server.setExecutor(pool);
        server.start();
    }

    /** The replies by path, to change one between polls (a map the server reads at each request). */
    Map<String, Reply> replies() {
        return replies;
    }

    String url(String path) {
        return "http://" + InetAddress.getLoopbackAddress().getHostAddress() + ":" + server.getAddress().getPort() + path;
    }

    int hits(String path) {
        AtomicInteger n = hits.get(path);
        return n == null ? 0 : n.get();
    }

    static void send(HttpExchange x, int status, String type, String body) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        if (type != null) {
            x.getResponseHeaders().set("Content-Type", type);
        }
        x.sendResponseHeaders(status, b.length == 0 ? -1 : b.length);
        if (b.length > 0) {
            try (OutputStream o = x.getResponseBody()) {
                o.write(b);
            }
        }
    }

    static Reply page(String type, String body) {
        return x -> send(x, 200, type, body);
    }

    /** {@code reply} after {@code millis}: slower than the client's timeout in the tests. */
    static Reply slow(long millis, Reply reply) {
        return x -> {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            reply.answer(x);
        };
    }

    static Reply status(int code) {
        return x -> send(x, code, "text/plain", "status " + code);
    }

    static Reply redirect(String to) {
        return x -> {
            x.getResponseHeaders().set("Location", to);
            send(x, 302, null, "");
        };
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
