package org.faultline.ingest;

import java.util.Objects;

/**
 * Something wrong with an input, reported instead of thrown so that one bad file or line never stops a
 * batch. {@code origin} is "path", "path:line" or "path:line:column". An {@link Severity#ERROR} fails the
 * run: that input was skipped, or read damaged (invalid UTF-8 read with U+FFFD, see {@link InvalidUtf8}).
 * A {@link Severity#WARNING} means nothing was lost.
 */
public record ReadProblem(String origin, String message, Severity severity) {

    public enum Severity { WARNING, ERROR }

    public ReadProblem {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(severity, "severity");
    }

    /** An error: the input named by {@code origin} yields no article, or a damaged one. */
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
