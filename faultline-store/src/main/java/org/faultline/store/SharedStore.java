package org.faultline.store;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;

/**
 * A store file shared with other processes, as {@code faultline serve} holds it. DuckDB lets one process
 * open a file read-write, or any number of processes open it read-only, never both. So the file is
 * held read-only, and the CLI's {@code query}, {@code stats}, {@code export} and {@code check} can read
 * it at the same time; a write closes the read-only connection, opens the file read-write (retrying for up
 * to {@code writeWait} while other processes still read it, with the read-only connection back between
 * tries), stores and recomputes the canonical events in that session, closes it (DuckDB checkpoints on
 * close) and reopens read-only. A write that cannot get
 * the file in time fails with {@link StoreBusyException} and changes nothing; each stored analysis is its
 * own transaction, so nothing already stored is ever lost.
 */
public final class SharedStore implements StoreAccess {
    /** How long a write waits for other processes to stop reading; CLI reads take about a second. */
    public static final Duration DEFAULT_WRITE_WAIT = Duration.ofSeconds(15);
    private static final long LONGEST_PAUSE_MS = 250;

    private final Path path;
    private final Duration writeWait;
    private Store reader; // null while a write runs, or after another process took the file for writing

    private SharedStore(Path path, Duration writeWait, Store reader) {
        this.path = path;
        this.writeWait = writeWait;
        this.reader = reader;
    }

    public static SharedStore open(Path path) {
        return open(path, DEFAULT_WRITE_WAIT);
    }

    /**
     * Opens an existing store. When no other process holds it, it is first opened read-write to migrate
     * the schema and recompute stale canonical events, which read-only connections cannot do.
     */
    public static SharedStore open(Path path, Duration writeWait) {
        Store first = Store.openForReading(path);
        if (!first.readOnly()) {
            first.recluster();
            first.close();
            first = Store.openReadOnly(path);
        }
        return new SharedStore(path, writeWait, first);
    }

    @Override
    public synchronized <T> T read(Function<Store, T> read) {
        if (reader == null) {
            reader = Store.openReadOnly(path); // StoreBusyException while another process writes it
        }
        return read.apply(reader);
    }

    /**
     * Stores through a short read-write session. While other processes read the file, the read-only
     * connection is reopened and the lock released between attempts, so the server's reads go on while a
     * write waits.
     */
    @Override
    public <T> T write(Function<Store, T> write) {
        long deadline = System.nanoTime() + writeWait.toNanos();
        long pause = 10;
        while (true) {
            StoreBusyException busy;
            synchronized (this) {
                closeReader();
                try (Store writer = Store.openExisting(path)) {
                    T result = write.apply(writer);
                    writer.recluster();
                    return result;
                } catch (StoreBusyException e) {
                    busy = e; // only opening throws it: other processes still read the file
                } finally {
                    reopenReader();
                }
            }
            if (System.nanoTime() + pause * 1_000_000 > deadline) {
                throw new StoreBusyException(busy.getMessage() + "; waited " + writeWait.toSeconds()
                        + " s to write, nothing was stored: retry later", busy);
            }
            sleep(pause);
            pause = Math.min(2 * pause, LONGEST_PAUSE_MS);
        }
    }

    /** The read-only connection again; if another process took the file meanwhile, the next read retries. */
    private void reopenReader() {
        try {
            reader = Store.openReadOnly(path);
        } catch (StoreException e) {
            reader = null;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting to write", e);
        }
    }

    private void closeReader() {
        if (reader != null) {
            Store r = reader;
            reader = null;
            r.close();
        }
    }

    @Override
    public synchronized void close() {
        closeReader();
    }
}
