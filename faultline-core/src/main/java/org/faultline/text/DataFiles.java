package org.faultline.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the project's bundled data files: UTF-8 text, "#" comment lines and blank lines skipped. */
public final class DataFiles {
    private DataFiles() {
    }

    /** The data lines of a classpath resource, numbered from 1 as in the file. */
    public record Line(int number, String text) {
    }

    /** A one-word-a-line list as a set. */
    public static java.util.Set<String> words(String resource) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (Line l : lines(resource)) {
            out.add(l.text().strip());
        }
        return java.util.Set.copyOf(out);
    }

    public static List<Line> lines(String resource) {
        try (InputStream in = DataFiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Line> out = new ArrayList<>();
            int n = 0;
            for (String line; (line = r.readLine()) != null; ) {
                n++;
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(new Line(n, line));
                }
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }
}
