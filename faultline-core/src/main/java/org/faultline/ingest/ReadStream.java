package org.faultline.ingest;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The articles and problems of an input, pulled one at a time so that a consumer holds only what it is
 * working on: the edge that lets a bounded batch run over an input larger than memory. It may hold an
 * open file: close it when done (closing early is how a consumer stops reading). Like the readers, it
 * never throws for bad content or I/O failures; those are {@link ReadProblem}s in the stream.
 */
public interface ReadStream extends Iterator<ReadResult>, AutoCloseable {

    /** Bytes of input consumed so far (for progress); a stream that cannot tell says 0. */
    default long bytesRead() {
        return 0;
    }

    @Override
    void close();

    /** A stream over results already in memory (a single text or HTML file's). */
    static ReadStream of(List<ReadResult> results) {
        Iterator<ReadResult> it = results.iterator();
        return new ReadStream() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public ReadResult next() {
                if (!it.hasNext()) {
                    throw new NoSuchElementException();
                }
                return it.next();
            }

            @Override
            public void close() {
            }
        };
    }
}
