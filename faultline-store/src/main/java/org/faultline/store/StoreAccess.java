package org.faultline.store;

import java.util.function.Function;

/**
 * How a long-running user of a store (the web server) reaches it: reads and writes as units, so that
 * the implementation decides which connection serves them. Canonical events are recomputed at the end
 * of every write, so reads never find them stale.
 */
public interface StoreAccess extends AutoCloseable {

    /** Runs {@code read} on the store; reads are serialised (one connection serves them). */
    <T> T read(Function<Store, T> read);

    /** Runs {@code write} on the store and recomputes the canonical events, with no read in between. */
    <T> T write(Function<Store, T> write);

    @Override
    void close();

    /** One store opened by the caller serves reads and writes, one at a time; closing leaves it open. */
    static StoreAccess of(Store store) {
        return new StoreAccess() {
            @Override
            public synchronized <T> T read(Function<Store, T> read) {
                return read.apply(store);
            }

            @Override
            public synchronized <T> T write(Function<Store, T> write) {
                T result = write.apply(store);
                store.recluster();
                return result;
            }

            @Override
            public void close() {
                // the caller opened the store and closes it
            }
        };
    }

    /**
     * One store opened by the caller, for a batch that writes many articles (the feed watcher's round,
     * a backfill): writes do not recompute the canonical events, which would redo the clustering of the
     * whole store per article; the caller recomputes them once at the end ({@link Store#recluster()}).
     * {@link Store#events} recomputes stale canonical events itself, so no query reads them stale.
     */
    static StoreAccess batching(Store store) {
        return new StoreAccess() {
            @Override
            public <T> T read(Function<Store, T> read) {
                return read.apply(store);
            }

            @Override
            public <T> T write(Function<Store, T> write) {
                return write.apply(store);
            }

            @Override
            public void close() {
                // the caller opened the store and closes it
            }
        };
    }
}
