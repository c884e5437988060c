package org.faultline.store.feeds;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The one spelling of an article URL under which it is stored, so that the same article linked from two
 * feeds is fetched and stored once: scheme and host lower-cased, the default port and the fragment
 * dropped, an empty path made "/", and tracking parameters (utm_*, fbclid, gclid) removed; the order of
 * the other query parameters is kept (some sites give it meaning).
 */
public final class CanonicalUrl {
    private CanonicalUrl() {
    }

    /** The canonical form of an absolute http(s) URL, or null when {@code url} is not one. */
    public static String of(String url) {
        if (url == null) {
            return null;
        }
        URI u;
        try {
            u = new URI(url.trim());
        } catch (URISyntaxException e) {
            return null;
        }
        String scheme = u.getScheme() == null ? null : u.getScheme().toLowerCase(Locale.ROOT);
        if (!"http".equals(scheme) && !"https".equals(scheme) || u.getRawAuthority() == null || u.getHost() == null) {
            return null;
        }
        int port = u.getPort();
        boolean defaultPort = port == -1 || port == 80 && scheme.equals("http") || port == 443 && scheme.equals("https");
        String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
        String query = u.getRawQuery() == null ? "" : Arrays.stream(u.getRawQuery().split("&"))
                .filter(p -> !p.isEmpty() && !tracking(p)).collect(Collectors.joining("&"));
        return scheme + "://" + u.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port) + path
                + (query.isEmpty() ? "" : "?" + query);
    }

    private static boolean tracking(String param) {
        String name = param.split("=", 2)[0].toLowerCase(Locale.ROOT);
        return name.startsWith("utm_") || name.equals("fbclid") || name.equals("gclid");
    }
}
