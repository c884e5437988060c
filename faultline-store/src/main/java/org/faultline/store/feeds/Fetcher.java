package org.faultline.store.feeds;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches over HTTP(S) with the JDK's client: conditional requests (If-None-Match, If-Modified-Since),
 * redirects followed up to a limit (each hop checked against robots.txt), a time limit per request, a
 * cap on the body read, and the per-host rate limit. Never throws for a network or HTTP problem: the
 * result carries it. robots.txt is read once per host and this fetcher's life; a host without one (or
 * whose robots.txt fails) is open.
 */
public final class Fetcher {
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

    private final FetchOptions options;
    private final HttpClient client;
    private final HostPacer pacer;
    private final Map<String, RobotsRules> robots = new HashMap<>();

    public Fetcher(FetchOptions options) {
        this.options = options;
        this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(options.timeout()).build();
        this.pacer = new HostPacer(options.hostDelay());
    }

    public Fetched get(URI uri) {
        return get(uri, null, null);
    }

    /** Fetches {@code uri}, sending the validators of the last fetch when non-null. */
    public Fetched get(URI uri, String etag, String lastModified) {
        URI at = uri;
        for (int hop = 0; ; hop++) {
            if (!robots(at).allows(pathAndQuery(at))) {
                return Fetched.failed(at, 0, "disallowed by robots.txt", false);
            }
            Hop h = once(at, etag, lastModified);
            Fetched f = h.fetched();
            if (f.error() != null || !REDIRECTS.contains(f.status())) {
                return f;
            }
            String location = h.location();
            if (location == null) {
                return Fetched.failed(at, f.status(), "redirect (HTTP " + f.status() + ") without a Location", false);
            }
            if (hop >= options.maxRedirects()) {
                return Fetched.failed(at, f.status(), "more than " + options.maxRedirects() + " redirects", false);
            }
            try {
                at = at.resolve(location.trim());
            } catch (IllegalArgumentException e) {
                return Fetched.failed(at, f.status(), "redirect to a malformed URL: " + location, false);
            }
            if (!at.getScheme().equals("http") && !at.getScheme().equals("https")) {
                return Fetched.failed(at, f.status(), "redirect to a non-HTTP URL: " + location, false);
            }
        }
    }

    /** One response; {@code location} is a redirect's Location header. */
    private record Hop(Fetched fetched, String location) {
        Hop(Fetched fetched) {
            this(fetched, null);
        }
    }

    private Hop once(URI at, String etag, String lastModified) {
        try {
            pacer.await(at.getHost());
            HttpRequest.Builder b = HttpRequest.newBuilder(at).timeout(options.timeout())
                    .header("User-Agent", options.userAgent()).GET();
            if (etag != null) {
                b.header("If-None-Match", etag);
            }
            if (lastModified != null) {
                b.header("If-Modified-Since", lastModified);
            }
            // the whole exchange, body included, within the timeout: a page that trickles in is given up too
            CompletableFuture<HttpResponse<byte[]>> pending = client.sendAsync(b.build(),
                    info -> new CappedBody(options.maxBytes()));
            HttpResponse<byte[]> r;
            try {
                r = pending.get(options.timeout().toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                pending.cancel(true);
                throw new HttpTimeoutException("timed out");
            } catch (ExecutionException e) {
                throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
            }
            int status = r.statusCode();
            if (REDIRECTS.contains(status)) {
                return new Hop(new Fetched(at, status, null, new byte[0], null, null, null, false),
                        r.headers().firstValue("Location").orElse(null));
            }
            if (status == 304) {
                return new Hop(new Fetched(at, status, null, new byte[0], etag, lastModified, null, false));
            }
            if (status < 200 || status >= 300) {
                boolean retry = status == 429 || status >= 500 || status == 408;
                return new Hop(Fetched.failed(at, status, "HTTP " + status, retry));
            }
            if (r.body() == null) {
                return new Hop(Fetched.failed(at, status, "larger than " + options.maxBytes() + " bytes; not read", false));
            }
            return new Hop(new Fetched(at, status, r.headers().firstValue("Content-Type").orElse(null), r.body(),
                    r.headers().firstValue("ETag").orElse(null),
                    r.headers().firstValue("Last-Modified").orElse(null), null, false));
        } catch (HttpTimeoutException e) {
            return new Hop(Fetched.failed(at, 0, "no complete response within " + options.timeout().toMillis() + " ms",
                    true));
        } catch (IOException e) {
            return new Hop(Fetched.failed(at, 0, "network error: " + e, true));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Hop(Fetched.failed(at, 0, "interrupted", true));
        }
    }

    private RobotsRules robots(URI at) {
        String origin = at.getScheme() + "://" + at.getRawAuthority();
        RobotsRules rules = robots.get(origin);
        if (rules == null) {
            Fetched f = once(URI.create(origin + "/robots.txt"), null, null).fetched();
            rules = f.ok() ? RobotsRules.parse(new String(f.body(), StandardCharsets.UTF_8), options.userAgent())
                    : RobotsRules.ALLOW_ALL;
            robots.put(origin, rules);
        }
        return rules;
    }

    private static String pathAndQuery(URI u) {
        String p = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
        return u.getRawQuery() == null ? p : p + "?" + u.getRawQuery();
    }
}
