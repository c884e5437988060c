package org.faultline.store.feeds;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rules of one robots.txt for one user agent: the group naming the agent, else the {@code *} group;
 * the longest matching Allow or Disallow path prefix decides ({@code *} and {@code $} patterns are read
 * as a prefix up to the first wildcard, which errs towards not fetching).
 */
final class RobotsRules {
    static final RobotsRules ALLOW_ALL = new RobotsRules(List.of(), List.of());

    private final List<String> allow;
    private final List<String> disallow;

    private RobotsRules(List<String> allow, List<String> disallow) {
        this.allow = allow;
        this.disallow = disallow;
    }

    static RobotsRules parse(String text, String agent) {
        String me = agent.toLowerCase(Locale.ROOT);
        List<String>[] mine = group();
        List<String>[] any = group();
        List<List<String>[]> current = new ArrayList<>();
        boolean inAgents = false;
        boolean named = false;
        for (String raw : text.split("\r?\n|\r")) {
            String line = raw.replaceFirst("#.*", "").trim();
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String key = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).trim();
            if (key.equals("user-agent")) {
                if (!inAgents) {
                    current.clear();
                }
                inAgents = true;
                String ua = value.toLowerCase(Locale.ROOT);
                if (ua.equals("*")) {
                    current.add(any);
                } else if (!ua.isEmpty() && me.contains(ua)) {
                    current.add(mine);
                    named = true;
                }
            } else if (key.equals("allow") || key.equals("disallow")) {
                inAgents = false;
                String prefix = value.replaceFirst("[*$].*", "");
                if (value.isEmpty()) {
                    continue; // "Disallow:" with no path allows everything
                }
                for (List<String>[] g : current) {
                    g[key.equals("allow") ? 0 : 1].add(prefix);
                }
            } else {
                inAgents = false;
            }
        }
        List<String>[] g = named ? mine : any;
        return new RobotsRules(g[0], g[1]);
    }

    @SuppressWarnings("unchecked")
    private static List<String>[] group() {
        return new List[] {new ArrayList<String>(), new ArrayList<String>()};
    }

    boolean allows(String pathAndQuery) {
        int allowLen = longest(allow, pathAndQuery);
        int disallowLen = longest(disallow, pathAndQuery);
        return disallowLen < 0 || allowLen >= disallowLen;
    }

    private static int longest(List<String> prefixes, String path) {
        int best = -1;
        for (String p : prefixes) {
            if (path.startsWith(p) && p.length() > best) {
                best = p.length();
            }
        }
        return best;
    }
}
