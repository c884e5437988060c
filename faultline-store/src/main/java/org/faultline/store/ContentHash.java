package org.faultline.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.faultline.ingest.Article;

/**
 * SHA-256 of what an analysis depends on: text, published date, title, source and URL (not the origin,
 * which only says where the file was). Each field is length-prefixed so that moving text between
 * fields changes the hash.
 */
public final class ContentHash {
    private ContentHash() {
    }

    public static String of(Article a) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String field : new String[] {a.text(), a.published() == null ? null : a.published().toString(),
                    a.title(), a.source(), a.url()}) {
                byte[] b = field == null ? new byte[0] : field.getBytes(StandardCharsets.UTF_8);
                md.update((field == null ? "-" : b.length + ":").getBytes(StandardCharsets.US_ASCII));
                md.update(b);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
