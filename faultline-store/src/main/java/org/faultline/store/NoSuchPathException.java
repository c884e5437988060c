package org.faultline.store;

/**
 * A path the command was given names nothing (a mistyped {@code --db}, a missing import folder); nothing
 * was created for it.
 */
public final class NoSuchPathException extends StoreException {
    public NoSuchPathException(String message) {
        super(message);
    }
}
