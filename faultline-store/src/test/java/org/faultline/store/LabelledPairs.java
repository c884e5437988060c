package org.faultline.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.faultline.analysis.Place;

/**
 * Reads the hand-labelled same/different pairs of {@code dedup/same-happening-pairs.txt} (its header
 * describes the format) into event mentions. An undeclared place or actor fails the read.
 */
final class LabelledPairs {
    /** A labelled pair: {@code same} is the label, {@code reason} why. */
    record Pair(int line, boolean same, String reason, EventMention a, EventMention b) {
    }

    private record ActorDecl(String type, String text, String parent) {
    }

    private final Map<String, Place> places = new HashMap<>();
    private final Map<String, ActorDecl> actors = new HashMap<>();
    private final List<Pair> pairs = new ArrayList<>();
    private int reports;

    static List<Pair> read(String resource) {
        try (InputStream in = LabelledPairs.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            LabelledPairs p = new LabelledPairs();
            p.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"));
            return p.pairs;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void parse(String[] lines) {
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].strip();
            String[] f = l.split("\\s+");
            try {
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                switch (f[0]) {
                    case "place" -> places.put(f[1], new Place("test:" + f[1], words(f[1]), Double.parseDouble(f[2]),
                            Double.parseDouble(f[3]), dash(f[4]), dash(words(f[5])), null, null, f[6], List.of()));
                    case "actor" -> actors.put(f[1], new ActorDecl(f[2], words(f[3]),
                            f.length > 4 ? f[4].substring("parent=".length()) : null));
                    case "SAME", "DIFFERENT" -> {
                        EventMention a = report(lines[i + 1]);
                        EventMention b = report(lines[i + 2]);
                        pairs.add(new Pair(i + 1, f[0].equals("SAME"), l.substring(f[0].length()).strip(), a, b));
                        i += 2;
                    }
                    default -> throw new IllegalArgumentException("unexpected line");
                }
            } catch (RuntimeException e) {
                throw new IllegalStateException("same-happening-pairs.txt:" + (i + 1) + ": " + e.getMessage(), e);
            }
        }
    }

    /** "- TYPE[/MODE] DATE[~published] @PLACE[~BASIS] S:ID[=text] T:ID killed=N in=ARTICLE[:SENTENCE]". */
    private EventMention report(String line) {
        String[] f = line.strip().split("\\s+");
        if (!f[0].equals("-") || f.length < 4) {
            throw new IllegalArgumentException("a report line starts with '- TYPE DATE @PLACE': " + line);
        }
        String id = "r" + ++reports;
        String[] typeMode = f[1].split("/");
        String[] date = f[2].split("~");
        String[] place = f[3].substring(1).split("~");
        String article = id;
        int sentence = 0;
        List<EventMention.Participant> ps = new ArrayList<>();
        Map<String, Long> counts = new TreeMap<>();
        for (int k = 4; k < f.length; k++) {
            String t = f[k];
            if (t.startsWith("S:") || t.startsWith("T:")) {
                ps.add(participant(t.startsWith("S:") ? "source" : "target", t.substring(2)));
            } else if (t.startsWith("in=")) {
                String[] at = t.substring(3).split(":");
                article = at[0];
                sentence = at.length > 1 ? Integer.parseInt(at[1]) : 0;
            } else if (t.contains("=")) {
                counts.put(t.substring(0, t.indexOf('=')), Long.parseLong(t.substring(t.indexOf('=') + 1)));
            } else {
                throw new IllegalArgumentException("unknown token " + t);
            }
        }
        Place where = place[0].equals("-") ? null : places.get(place[0]);
        if (where == null && !place[0].equals("-")) {
            throw new IllegalArgumentException("undeclared place " + place[0]);
        }
        String value = date[0].equals("-") ? null : date[0];
        return Mentions.of(id, article, sentence, typeMode[0], typeMode.length > 1 ? typeMode[1] : null, value,
                date.length > 1 ? date[1] : "text", where, place.length > 1 ? place[1] : "sentence", ps, counts);
    }

    private EventMention.Participant participant(String role, String token) {
        String[] idText = token.split("=", 2);
        ActorDecl d = actors.get(idText[0]);
        if (d == null) {
            throw new IllegalArgumentException("undeclared actor " + idText[0]);
        }
        String text = idText.length > 1 ? words(idText[1]) : d.text();
        return Mentions.actor(role, idText[0], d.text(), d.type(), null, d.parent(), text);
    }

    private static String words(String s) {
        return s.replace('_', ' ');
    }

    private static String dash(String s) {
        return s.equals("-") ? null : s;
    }
}
