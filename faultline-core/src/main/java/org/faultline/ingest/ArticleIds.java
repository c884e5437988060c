package org.faultline.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Ids for inputs that carry none: derived from the text so that re-reading the same text gives the same id. */
public final class ArticleIds {

    private ArticleIds() {
    }

    /** "a-" + the first 16 hex digits of the SHA-1 of the UTF-8 text. */
    public static String contentId(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8));
            return "a-" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is required of every Java platform", e);
        }
    }
}
