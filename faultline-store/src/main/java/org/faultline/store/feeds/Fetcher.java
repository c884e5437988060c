package org.faultline.store.feeds;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
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
 *
 * <p>A 429 or 503 with Retry-After (seconds or an HTTP date) is honoured: a short wait (up to
 * {@link #LONGEST_WAIT}) delays the next request to that host; a longer one means no request to the host
 * is sent until then (each is answered as a retryable failure that says so, and the watcher schedules
 * the source's next poll no earlier).
 */
public final class Fetcher {
    /** The longest Retry-After the fetcher sleeps through; beyond it requests to the host are deferred. */
    static final Duration LONGEST_WAIT = Duration.ofSeconds(30);
    private static final Duration LONGEST_RETRY_AFTER = Duration.ofDays(1);
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

    private final FetchOptions options;
    private final Clock clock;
    private final HttpClient client;
    private final HostPacer pacer;
    private final Map<String, RobotsRules> robots = new HashMap<>();
    private final Map<String, Instant> deferredUntil = new HashMap<>();

    public Fetcher(FetchOptions options) {
        this(options, Clock.systemUTC());
    }

    /** {@code clock} dates long Retry-After waits (the tests move it). */
    public Fetcher(FetchOptions options, Clock clock) {
        this.options = options;
        this.clock = clock;
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
            Instant until = deferredUntil.get(at.getRawAuthority());
            Instant now = clock.instant();
            if (until != null && now.isBefore(until)) {
                return Fetched.failed(at, 0, "not requested: " + at.getRawAuthority() + " asked to wait until "
                        + until + " (Retry-After)", true, Duration.between(now, until));
            }
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
                return new Hop(new Fetched(at, status, null, new byte[0], null, null, null, false, null),
                        r.headers().firstValue("Location").orElse(null));
            }
            if (status == 304) {
                return new Hop(new Fetched(at, status, null, new byte[0], etag, lastModified, null, false, null));
            }
            if (status < 200 || status >= 300) {
                boolean retry = status == 429 || status >= 500 || status == 408;
                Duration wait = status == 429 || status == 503
                        ? retryAfter(r.headers().firstValue("Retry-After").orElse(null)) : null;
                if (wait == null) {
                    return new Hop(Fetched.failed(at, status, "HTTP " + status, retry));
                }
                if (wait.compareTo(LONGEST_WAIT) <= 0) {
                    pacer.holdOff(at.getHost(), wait);
                } else {
                    deferredUntil.put(at.getRawAuthority(), clock.instant().plus(wait));
                }
                return new Hop(Fetched.failed(at, status, "HTTP " + status + ", Retry-After " + wait.toSeconds() + " s",
                        retry, wait));
            }
            if (r.body() == null) {
                return new Hop(Fetched.failed(at, status, "larger than " + options.maxBytes() + " bytes; not read", false));
            }
            return new Hop(new Fetched(at, status, r.headers().firstValue("Content-Type").orElse(null), r.body(),
                    r.headers().firstValue("ETag").orElse(null),
                    r.headers().firstValue("Last-Modified").orElse(null), null, false, null));
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

    /** A Retry-After value (delay seconds or an HTTP date) as a wait from now, at most a day; null when absent or unreadable. */
    Duration retryAfter(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        Duration d;
        if (v.matches("\\d{1,9}")) {
            d = Duration.ofSeconds(Long.parseLong(v));
        } else {
            try {
                d = Duration.between(clock.instant(), ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        if (d.isNegative()) {
            return Duration.ZERO;
        }
        return d.compareTo(LONGEST_RETRY_AFTER) > 0 ? LONGEST_RETRY_AFTER : d;
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
