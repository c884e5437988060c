package org.faultline.store;

/**
 * The store file is locked by another process: DuckDB lets one process write a file, or any number of
 * processes read it, never both. Worth retrying once the other process is done.
 */
public final class StoreBusyException extends StoreException {
    public StoreBusyException(String message, Throwable cause) {
        super(message, cause);
    }
}
