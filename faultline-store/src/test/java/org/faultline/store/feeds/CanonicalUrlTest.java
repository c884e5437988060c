package org.faultline.store.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class CanonicalUrlTest {
    @Test
    void oneSpellingPerArticle() {
        String canonical = "https://news.example/world/a?id=7&page=2";
        for (String spelling : new String[] {"HTTPS://News.Example:443/world/a?id=7&page=2#comments",
                "https://news.example/world/a?utm_source=rss&id=7&utm_medium=feed&page=2",
                " https://news.example/world/a?id=7&fbclid=abc&page=2&gclid=x "}) {
            assertEquals(canonical, CanonicalUrl.of(spelling), spelling);
        }
        assertEquals("http://news.example:8080/", CanonicalUrl.of("http://news.example:8080"));
        assertEquals("http://news.example/a", CanonicalUrl.of("http://news.example/a?utm_campaign=x"));
        assertEquals("http://news.example/A/b", CanonicalUrl.of("http://news.example/A/b"), "paths keep their case");
    }

    @Test
    void onlyAbsoluteHttpUrls() {
        for (String bad : new String[] {null, "/relative", "ftp://news.example/a", "mailto:x@news.example", "http://",
                "https://news example/a"}) {
            assertNull(CanonicalUrl.of(bad), String.valueOf(bad));
        }
    }
}
