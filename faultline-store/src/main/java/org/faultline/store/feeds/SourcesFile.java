package org.faultline.store.feeds;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sources file of {@code faultline watch}: one source per line, an http(s) URL (RSS, Atom or JSON
 * Feed, an XML sitemap or sitemap index, or one article page: the response tells which), optionally
 * followed by {@code every=DURATION} ({@code 90s}, {@code 15m}, {@code 2h}, {@code 1d}); blank lines and
 * lines starting with {@code #} are ignored. Anything else (an unknown key, a malformed URL or duration,
 * a source listed twice) fails at load with file:line.
 */
public final class SourcesFile {
    private static final Pattern DURATION = Pattern.compile("(\\d+)([smhd])");

    private SourcesFile() {
    }

    public static List<Source> read(Path file, Duration defaultEvery) throws IOException {
        return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString(), defaultEvery);
    }

    public static List<Source> parse(List<String> lines, String name, Duration defaultEvery) {
        List<Source> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            String where = name + ":" + (i + 1);
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\s+");
            String url = CanonicalUrl.of(parts[0]);
            if (url == null) {
                throw new IllegalArgumentException(where + ": not an absolute http(s) URL: " + parts[0]);
            }
            if (!seen.add(url)) {
                throw new IllegalArgumentException(where + ": " + parts[0] + " is listed twice");
            }
            Duration every = defaultEvery;
            for (int p = 1; p < parts.length; p++) {
                String[] kv = parts[p].split("=", 2);
                if (kv.length != 2 || !kv[0].equals("every")) {
                    throw new IllegalArgumentException(where + ": unknown setting '" + parts[p] + "' (known: every=DURATION)");
                }
                every = duration(kv[1], where);
            }
            out.add(new Source(parts[0], every, where));
        }
        return out;
    }

    /** A duration written {@code 90s}, {@code 15m}, {@code 2h} or {@code 1d}. */
    public static Duration duration(String text, String where) {
        Matcher m = DURATION.matcher(text.toLowerCase(Locale.ROOT));
        if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
            throw new IllegalArgumentException(where + ": malformed duration '" + text + "' (write 90s, 15m, 2h or 1d)");
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofDays(n);
        };
    }
}
