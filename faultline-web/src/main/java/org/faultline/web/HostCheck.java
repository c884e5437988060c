package org.faultline.web;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks against other web sites: DNS rebinding (a page on a name the attacker controls, re-pointed at
 * 127.0.0.1, reading the API as its own origin) is refused by the Host header, and writes from another
 * origin's page (a cross-origin {@code text/plain} POST needs no CORS preflight) by Origin and
 * Sec-Fetch-Site.
 */
final class HostCheck {
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private final Set<String> names;

    /** {@code names}: host names (lower case) accepted besides loopback names and IP literals. */
    HostCheck(Set<String> names) {
        this.names = names;
    }

    /**
     * Whether a Host header names this server: an IP literal (rebinding needs a name), "localhost" or a
     * name under ".localhost", or an allowed name; any port. A request without Host (HTTP/1.0) passes.
     */
    boolean hostAllowed(String host) {
        if (host == null || host.isBlank()) {
            return true;
        }
        String h = host.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            return h.indexOf(']') > 0; // an IPv6 literal
        }
        int colon = h.lastIndexOf(':');
        String name = colon >= 0 ? h.substring(0, colon) : h;
        if (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1);
        }
        return IPV4.matcher(name).matches() || name.equals("localhost") || name.endsWith(".localhost")
                || names.contains(name);
    }

    /**
     * Whether a write may proceed: a browser's Sec-Fetch-Site must say same-origin (or none: typed by the
     * user), and an Origin header, when sent, must be this server's scheme-less host and port as the Host
     * header gives them. Tools such as curl send neither and pass.
     */
    static boolean writeAllowed(String origin, String secFetchSite, String host) {
        if (secFetchSite != null && !secFetchSite.equalsIgnoreCase("same-origin") && !secFetchSite.equalsIgnoreCase("none")) {
            return false;
        }
        if (origin == null) {
            return true;
        }
        int scheme = origin.indexOf("://");
        if (origin.equals("null") || scheme < 0 || host == null) {
            return false;
        }
        return origin.substring(scheme + 3).equalsIgnoreCase(host.strip());
    }
}
