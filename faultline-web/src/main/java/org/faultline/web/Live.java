package org.faultline.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.faultline.ingest.Article;
import org.faultline.store.Browse;
import org.faultline.store.CanonicalEvent;
import org.faultline.store.SourceLog;
import org.faultline.store.StoreAccess;
import org.faultline.store.feeds.PollReport;
import org.faultline.store.feeds.WatchListener;

/**
 * The page's live view of the sources {@code serve --watch} follows: {@code GET /api/sources} (each
 * source's health: status, last and next poll, failures in a row, links, articles stored, last error) and
 * {@code GET /api/live}, a server-sent event stream with an {@code article} event per newly stored article
 * (the article and its canonical events, read back from the store once it is committed) and a
 * {@code sources} event after each poll (the sources' health and that poll's report). A comment every
 * {@value #HEARTBEAT_SECONDS} s keeps the stream open through the server's idle timeout.
 */
final class Live implements WatchListener, AutoCloseable {
    static final int HEARTBEAT_SECONDS = 10;

    private final StoreAccess store;
    private final ObjectMapper mapper = WebServer.mapper();
    private final Set<SseClient> clients = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "faultline-live-heartbeat");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean watching;

    Live(StoreAccess store) {
        this.store = store;
        heartbeat.scheduleAtFixedRate(() -> broadcastComment("heartbeat"), HEARTBEAT_SECONDS, HEARTBEAT_SECONDS,
                TimeUnit.SECONDS);
    }

    void routes(Javalin app) {
        app.get("/api/sources", this::sources);
        app.sse("/api/live", client -> {
            client.keepAlive();
            client.onClose(() -> clients.remove(client));
            clients.add(client);
            send(client, "sources", sourcesPayload(null));
        });
    }

    /** From now on a watcher runs in this server (the page shows its panel). */
    void watching() {
        watching = true;
    }

    private void sources(Context ctx) {
        ctx.json(sourcesPayload(null));
    }

    private Map<String, Object> sourcesPayload(PollReport report) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("watching", watching);
        out.put("sources", store.read(s -> new SourceLog(s).all()));
        if (report != null) {
            out.put("poll", report);
        }
        return out;
    }

    @Override
    public void stored(String sourceUrl, Article article) {
        if (clients.isEmpty()) {
            return;
        }
        Map<String, Object> out = store.read(s -> {
            Browse b = new Browse(s);
            Browse.ArticleView a = b.article(article.id());
            if (a == null) {
                return null;
            }
            List<CanonicalEvent> events = new ArrayList<>();
            for (String id : a.eventIds()) {
                CanonicalEvent e = b.event(id);
                if (e != null) {
                    events.add(e);
                }
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("source", sourceUrl);
            m.put("article", Map.of("id", a.id(), "title", a.title() == null ? "" : a.title(),
                    "url", a.url() == null ? "" : a.url(), "published", a.published() == null ? "" : a.published().toString()));
            m.put("events", events);
            return m;
        });
        if (out != null) {
            broadcast("article", out);
        }
    }

    @Override
    public void polled(PollReport report) {
        if (!clients.isEmpty()) {
            broadcast("sources", sourcesPayload(report));
        }
    }

    private void broadcast(String event, Object data) {
        for (SseClient c : clients) {
            send(c, event, data);
        }
    }

    private void send(SseClient c, String event, Object data) {
        String json;
        try {
            json = mapper.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the " + event + " event", e);
        }
        synchronized (c) { // the watcher's thread and the heartbeat both write
            if (c.terminated()) {
                clients.remove(c);
            } else {
                c.sendEvent(event, json);
            }
        }
    }

    private void broadcastComment(String text) {
        for (SseClient c : clients) {
            synchronized (c) {
                if (c.terminated()) {
                    clients.remove(c);
                } else {
                    c.sendComment(text);
                }
            }
        }
    }

    @Override
    public void close() {
        heartbeat.shutdownNow();
        for (SseClient c : clients) {
            c.close();
        }
        clients.clear();
    }
}
