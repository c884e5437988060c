package org.faultline.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The one reader of data files, bundled (classpath resources) or the user's: UTF-8 text, "#" comment
 * lines and blank lines skipped, lines numbered as in the file. Word lists, tables, the trigger
 * dictionary and the geo lexicon all come through here.
 */
public final class DataFiles {
    private DataFiles() {
    }

    /** One data line of a file, numbered from 1 as in the file. */
    public record Line(int number, String text) {
    }

    /** A one-word-a-line list as a set. */
    public static Set<String> words(String resource) {
        Set<String> out = new HashSet<>();
        for (Line l : lines(resource)) {
            out.add(l.text().strip());
        }
        return Set.copyOf(out);
    }

    /** The data lines of a classpath resource; a missing resource fails. */
    public static List<Line> lines(String resource) {
        try (BufferedReader r = reader(resource)) {
            return lines(r);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** The data lines of a user's file. */
    public static List<Line> lines(Path file) throws IOException {
        try (BufferedReader r = reader(file)) {
            return lines(r);
        }
    }

    /** A classpath resource opened as UTF-8 text, for readers that parse lines themselves. */
    public static BufferedReader reader(String resource) {
        InputStream in = DataFiles.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    /** A user's file opened as UTF-8 text. */
    public static BufferedReader reader(Path file) throws IOException {
        return Files.newBufferedReader(file, StandardCharsets.UTF_8);
    }

    private static List<Line> lines(BufferedReader r) throws IOException {
        List<Line> out = new ArrayList<>();
        int n = 0;
        for (String line; (line = r.readLine()) != null; ) {
            n++;
            if (!line.isBlank() && !line.startsWith("#")) {
                out.add(new Line(n, line));
            }
        }
        return out;
    }
}
