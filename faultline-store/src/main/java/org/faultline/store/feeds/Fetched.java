package org.faultline.store.feeds;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

/**
 * One fetch: the final URL (after redirects), the HTTP status (0 when no response came), the content
 * type, the body, the validators for the next conditional request, and the problem when it failed
 * ({@code error} non-null: a network error, timeout, too many redirects, a body over the cap, robots.txt,
 * or an HTTP error status). {@code retryable} tells a failure worth trying again later (network, 429, 5xx)
 * from one that is not (404, robots, too large); {@code retryAfter} is how long a 429 or 503 asked the
 * client to wait (its Retry-After header, or what is left of an earlier one for a request not sent), else null.
 */
public record Fetched(URI uri, int status, String contentType, byte[] body, String etag, String lastModified,
                      String error, boolean retryable, Duration retryAfter) {
    static Fetched failed(URI uri, int status, String error, boolean retryable) {
        return failed(uri, status, error, retryable, null);
    }

    static Fetched failed(URI uri, int status, String error, boolean retryable, Duration retryAfter) {
        return new Fetched(uri, status, null, new byte[0], null, null, error, retryable, retryAfter);
    }

    public boolean ok() {
        return error == null && status >= 200 && status < 300;
    }

    public boolean notModified() {
        return error == null && status == 304;
    }

    /** True for an HTML page (or a response that names no content type, left to the HTML reader). */
    public boolean html() {
        String t = mediaType();
        return t.isEmpty() || t.equals("text/html") || t.equals("application/xhtml+xml");
    }

    public String mediaType() {
        return contentType == null ? "" : contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    }

    /** The body as text in the charset the content type names, else UTF-8. */
    public String text() {
        Charset cs = StandardCharsets.UTF_8;
        if (contentType != null) {
            for (String part : contentType.split(";")) {
                String p = part.trim();
                if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                    try {
                        cs = Charset.forName(p.substring(8).replace("\"", "").trim());
                    } catch (IllegalArgumentException e) {
                        // an unknown charset: read as UTF-8, invalid bytes become U+FFFD
                    }
                }
            }
        }
        return new String(body, cs);
    }
}
