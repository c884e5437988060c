package org.faultline.ingest;

import java.util.Objects;

/**
 * Something wrong with an input, reported instead of thrown so that one bad file or line never stops a
 * batch. {@code origin} is "path" or "path:line". An {@link Severity#ERROR} means that input was skipped;
 * a {@link Severity#WARNING} means nothing was lost (an article decoded as Windows-1252 and still read,
 * a JSON Lines file with no articles in it).
 */
public record ReadProblem(String origin, String message, Severity severity) {

    public enum Severity { WARNING, ERROR }

    public ReadProblem {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(severity, "severity");
    }

    /** An error: the input named by {@code origin} yields no article. */
    public ReadProblem(String origin, String message) {
        this(origin, message, Severity.ERROR);
    }

    public static ReadProblem warning(String origin, String message) {
        return new ReadProblem(origin, message, Severity.WARNING);
    }

    public boolean isWarning() {
        return severity == Severity.WARNING;
    }

    /** "origin: message", the form users see on stderr. */
    @Override
    public String toString() {
        return origin + ": " + message;
    }
}
