package org.faultline.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.faultline.text.ClosedVocabulary;
import org.faultline.text.DataFiles;

/**
 * The trigger dictionary (faultline/events/triggers.tsv, extendable with user files): tab-separated
 * {@code pattern pos type mode flags}. A pattern is a lemma, a lemma sequence ("air strike") or a head
 * with dependency constraints ("launch >obj offensive|attack"). A user line with the same pattern
 * and part of speech replaces the bundled one; type "-" removes it.
 */
public final class TriggerDictionary {
    public static final Set<String> TYPES = Set.of("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID",
            "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE",
            "ASSAULT");
    private static final String BUNDLED = "faultline/events/triggers.tsv";
    private static volatile TriggerDictionary bundled;

    private final Map<String, TriggerPattern> byKey = new HashMap<>();
    private final Map<String, List<TriggerPattern>> byHead = new HashMap<>();

    public static TriggerDictionary bundled() {
        TriggerDictionary d = bundled;
        if (d == null) {
            synchronized (TriggerDictionary.class) {
                d = bundled;
                if (d == null) {
                    d = load(List.of());
                    bundled = d;
                }
            }
        }
        return d;
    }

    public static TriggerDictionary load(List<Path> userFiles) {
        TriggerDictionary d = new TriggerDictionary();
        try (BufferedReader in = DataFiles.reader(BUNDLED)) {
            d.read(in, BUNDLED);
            for (Path p : userFiles) {
                try (BufferedReader r = DataFiles.reader(p)) {
                    d.read(r, p.toString());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        d.byKey.values().forEach(p -> d.byHead.computeIfAbsent(p.headLemma(), k -> new ArrayList<>()).add(p));
        return d;
    }

    private void read(BufferedReader r, String origin) throws IOException {
        int n = 0;
        for (String line; (line = r.readLine()) != null; ) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            String where = origin + ":" + n;
            if (f.length < 4) {
                throw new IllegalArgumentException(where + ": expected pattern, pos, type, mode[, flags]: " + line);
            }
            String key = f[0].strip().toLowerCase(Locale.ROOT) + "\t" + f[1].strip();
            String type = f[2].strip();
            if (type.equals("-")) {
                byKey.remove(key);
                continue;
            }
            if (!TYPES.contains(type)) {
                throw new IllegalArgumentException(where + ": unknown PLOVER type '" + type + "'");
            }
            byKey.put(key, parse(f, where));
        }
    }

    private static TriggerPattern parse(String[] f, String where) {
        String[] parts = f[0].strip().toLowerCase(Locale.ROOT).split("\\s+");
        List<String> lemmas = new ArrayList<>();
        List<TriggerPattern.DepConstraint> constraints = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            if (parts[i].startsWith(">")) {
                if (i + 1 >= parts.length) {
                    throw new IllegalArgumentException(where + ": constraint " + parts[i] + " lacks a lemma");
                }
                String lemmas2 = parts[++i];
                Set<String> allowed = lemmas2.equals("*") ? Set.of() : new LinkedHashSet<>(Arrays.asList(lemmas2.split("\\|")));
                constraints.add(new TriggerPattern.DepConstraint(parts[i - 1].substring(1), allowed));
            } else if (constraints.isEmpty()) {
                lemmas.add(parts[i]);
            } else {
                throw new IllegalArgumentException(where + ": lemmas must come before constraints");
            }
        }
        String pos = f[1].strip();
        if (!Set.of("V", "N", "A", "*").contains(pos)) {
            throw new IllegalArgumentException(where + ": pos must be V, N, A or *");
        }
        String mode = f[3].strip();
        Set<TriggerFlag> flags = f.length > 4 ? ClosedVocabulary.set(TriggerFlag.class, f[4], where) : Set.of();
        return new TriggerPattern(List.copyOf(lemmas), List.copyOf(constraints), pos, f[2].strip(),
                mode.equals("-") ? null : mode, Set.copyOf(flags), where);
    }

    /** Patterns whose head is this lemma. */
    public List<TriggerPattern> forHead(String lemma) {
        return byHead.getOrDefault(lemma, List.of());
    }

    public int size() { return byKey.size(); }

    /** The PLOVER types at least one pattern signals. */
    public Set<String> typesCovered() {
        Set<String> out = new java.util.TreeSet<>();
        byKey.values().forEach(p -> out.add(p.type()));
        return out;
    }
}
