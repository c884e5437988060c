package org.faultline.web;

import java.time.Duration;
import java.util.Set;

/**
 * Limits and access control of {@code faultline serve}.
 *
 * @param token            bearer token required by the write endpoints ({@code POST /api/articles},
 *                         {@code POST /api/analyze?store=true}); null: writing is refused (403)
 * @param analysisWorkers  analyses that run at once (CoreNLP is CPU- and memory-heavy)
 * @param analysisQueue    analysis requests that may wait for a worker; more are answered 429
 * @param analysisTimeout  time limit of one article's analysis (waiting included); then 503
 * @param idleTimeout      a connection that sends or accepts nothing for this long is closed
 * @param maxBodyBytes     the largest request body (413 above)
 * @param allowedHosts     host names (lower case) accepted in the Host header besides loopback names and IP
 *                         literals ({@link HostCheck}); the name {@code serve --host} was given is added
 */
public record ServerOptions(String token, int analysisWorkers, int analysisQueue, Duration analysisTimeout,
                            Duration idleTimeout, long maxBodyBytes, Set<String> allowedHosts) {

    /** The environment variable {@code faultline serve} reads the token from. */
    public static final String TOKEN_ENV = "FAULTLINE_TOKEN";

    public ServerOptions(String token, int analysisWorkers, int analysisQueue, Duration analysisTimeout,
                         Duration idleTimeout, long maxBodyBytes) {
        this(token, analysisWorkers, analysisQueue, analysisTimeout, idleTimeout, maxBodyBytes, Set.of());
    }

    public ServerOptions {
        token = token == null || token.isBlank() ? null : token.strip();
        allowedHosts = allowedHosts.stream().map(h -> h.strip().toLowerCase(java.util.Locale.ROOT)).collect(
                java.util.stream.Collectors.toUnmodifiableSet());
        if (analysisWorkers < 1 || analysisQueue < 0 || maxBodyBytes < 1 || analysisTimeout.isNegative()
                || analysisTimeout.isZero() || idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("invalid server limits");
        }
    }

    /** No token (read-only), 2 analyses at once and 8 waiting, 60 s per analysis, 30 s idle, 20 MB bodies. */
    public static ServerOptions defaults() {
        return new ServerOptions(null, 2, 8, Duration.ofSeconds(60), Duration.ofSeconds(30), WebServer.MAX_BODY);
    }

    public ServerOptions withToken(String newToken) {
        return new ServerOptions(newToken, analysisWorkers, analysisQueue, analysisTimeout, idleTimeout, maxBodyBytes,
                allowedHosts);
    }

    public ServerOptions withAnalysis(int workers, int queue, Duration timeout) {
        return new ServerOptions(token, workers, queue, timeout, idleTimeout, maxBodyBytes, allowedHosts);
    }

    /** These names accepted in the Host header too (a DNS name the server is reached by). */
    public ServerOptions withAllowedHosts(Set<String> names) {
        return new ServerOptions(token, analysisWorkers, analysisQueue, analysisTimeout, idleTimeout, maxBodyBytes, names);
    }

    /** Hides the token in logs and error messages. */
    @Override
    public String toString() {
        return "ServerOptions[token=" + (token == null ? "none" : "set") + ", analysisWorkers=" + analysisWorkers
                + ", analysisQueue=" + analysisQueue + ", analysisTimeout=" + analysisTimeout + ", idleTimeout="
                + idleTimeout + ", maxBodyBytes=" + maxBodyBytes + ", allowedHosts=" + allowedHosts + "]";
    }
}
