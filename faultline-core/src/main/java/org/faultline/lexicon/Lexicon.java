package org.faultline.lexicon;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.faultline.text.DataFiles;

/**
 * The words of one language that the rules rely on, one file per concept under
 * {@code faultline/lexicon/LANG/}: {@code NAME.txt} one word a line, {@code NAME.tsv} a word and its value.
 * Each file's header says whether it holds lemmas or word forms (what the rule compares with). Built
 * once and handed to the stages that need it; immutable and thread-safe (files load on first use).
 */
public final class Lexicon {
    private static final Map<String, Lexicon> LOADED = new ConcurrentHashMap<>();

    private final String root;
    private final Map<String, Set<String>> words = new ConcurrentHashMap<>();
    private final Map<String, Map<String, String>> tables = new ConcurrentHashMap<>();

    private Lexicon(String language) {
        this.root = "faultline/lexicon/" + language + "/";
    }

    /** The bundled English lexicon (one instance per JVM). */
    public static Lexicon english() {
        return of("en");
    }

    public static Lexicon of(String language) {
        return LOADED.computeIfAbsent(language, Lexicon::new);
    }

    /** The resource path of a concept's file, for messages and for readers that parse it themselves. */
    public String resource(String concept, String extension) {
        return root + concept + "." + extension;
    }

    /** The words of {@code concept}.txt; a missing file fails. */
    public Set<String> words(String concept) {
        return words.computeIfAbsent(concept, c -> DataFiles.words(resource(c, "txt")));
    }

    /** The entries of {@code concept}.txt in file order (for lists whose order or repeats matter, or patterns). */
    public List<String> entries(String concept) {
        return DataFiles.lines(resource(concept, "txt")).stream().map(l -> l.text().strip()).toList();
    }

    /** The word-to-value pairs of {@code concept}.tsv (two tab-separated columns); a malformed line fails. */
    public Map<String, String> table(String concept) {
        return tables.computeIfAbsent(concept, c -> {
            String resource = resource(c, "tsv");
            List<DataFiles.Line> lines = DataFiles.lines(resource);
            Map<String, String> out = new java.util.HashMap<>();
            for (DataFiles.Line l : lines) {
                String[] f = l.text().split("\t");
                if (f.length != 2) {
                    throw new IllegalStateException(resource + ":" + l.number() + ": expected word<TAB>value");
                }
                if (out.put(f[0], f[1]) != null) {
                    throw new IllegalStateException(resource + ":" + l.number() + ": second line for " + f[0]);
                }
            }
            return Collections.unmodifiableMap(out);
        });
    }

    /** The word-to-number pairs of {@code concept}.tsv; a value that is not a number fails, naming the word. */
    public Map<String, Double> numbers(String concept) {
        Map<String, Double> out = new java.util.HashMap<>();
        table(concept).forEach((word, value) -> {
            try {
                out.put(word, Double.parseDouble(value));
            } catch (NumberFormatException e) {
                throw new IllegalStateException(resource(concept, "tsv") + ": " + word + ": '" + value + "' is not a number");
            }
        });
        return Collections.unmodifiableMap(out);
    }

    @Override
    public String toString() {
        return "Lexicon(" + root + ")";
    }

}
