package org.faultline.store.export;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * A number for an event id, for formats whose event ids are numeric (GDELT's GlobalEventID, the number
 * of ACLED's event_id_cnty): positive, under 2^53 (exact in JavaScript and pandas), and the same in every
 * export, so the GDELT and ACLED rows of one event share it.
 */
final class EventNumbers {
    private EventNumbers() {
    }

    static long of(String eventId) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(eventId.getBytes(StandardCharsets.UTF_8));
            long v = 0;
            for (int i = 0; i < 8; i++) {
                v = (v << 8) | (h[i] & 0xff);
            }
            return v >>> 11;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
