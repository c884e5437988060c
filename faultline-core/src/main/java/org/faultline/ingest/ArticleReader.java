package org.faultline.ingest;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads one file into articles and problems, pushed to a consumer ({@code read}) or pulled ({@code open}). Implementations never throw for bad content or I/O
 * failures: they report a {@link ReadProblem} and return (only exceptions thrown by {@code out} escape).
 */
public interface ArticleReader {

    /**
     * Sends every article and problem of {@code file} to {@code out}, in file order.
     *
     * @param defaultPublished publication date for articles whose input gives none; may be null
     */
    void read(Path file, LocalDate defaultPublished, Consumer<? super ReadResult> out);

    /**
     * The results of {@code file} pulled one at a time. A file holding one article is read whole (it is
     * capped in size); {@link JsonlReader} overrides this to read line by line.
     */
    default ReadStream open(Path file, LocalDate defaultPublished) {
        return ReadStream.of(read(file, defaultPublished));
    }

    /** Convenience for small inputs: collects {@link #read(Path, LocalDate, Consumer)} into a list. */
    default List<ReadResult> read(Path file, LocalDate defaultPublished) {
        List<ReadResult> results = new ArrayList<>();
        read(file, defaultPublished, results::add);
        return results;
    }
}
