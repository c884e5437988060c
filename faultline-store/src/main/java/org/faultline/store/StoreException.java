package org.faultline.store;

/** A store problem worth a one-line message to the user (wrong schema version, locked file, bad import). */
public class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
