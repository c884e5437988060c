package org.faultline.store.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedParserTest {
    private static final URI BASE = URI.create("https://news.example/feeds/main.xml");

    private static FeedLinks parse(String body) throws FeedFormatException {
        return FeedParser.parse(body.getBytes(StandardCharsets.UTF_8), BASE);
    }

    @Test
    void readsRssAtomJsonFeedAndSitemapsResolvingRelativeLinks() throws Exception {
        FeedLinks rss = parse("\uFEFF<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title><link>x</link>"
                + "<description>d</description><item><link>/2026/a.html</link></item>"
                + "<item><link>https://other.example/b</link></item><item><link>/2026/a.html</link></item>"
                + "<item><title>no link</title></item></channel></rss>");
        assertEquals("rss_2.0", rss.format());
        assertEquals(List.of("https://news.example/2026/a.html", "https://other.example/b"), rss.links());

        FeedLinks atom = parse("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>t</title><id>i</id>"
                + "<updated>2026-01-01T00:00:00Z</updated><entry><id>e</id><title>t</title>"
                + "<updated>2026-01-01T00:00:00Z</updated><link rel=\"alternate\" href=\"c.html\"/></entry></feed>");
        assertEquals("atom_1.0", atom.format());
        assertEquals(List.of("https://news.example/feeds/c.html"), atom.links());

        FeedLinks json = parse("  {\"version\": \"https://jsonfeed.org/version/1\", \"items\": [{\"id\": \"1\", "
                + "\"url\": \"https://news.example/d\"}, {\"id\": \"2\", \"external_url\": \"https://e.example/e\"}]}");
        assertEquals(List.of("https://news.example/d", "https://e.example/e"), json.links());

        FeedLinks map = parse("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc> "
                + "https://news.example/f </loc><lastmod>2026-01-01</lastmod></url></urlset>");
        assertEquals("sitemap", map.format());
        assertEquals(List.of("https://news.example/f"), map.links());
        FeedLinks index = parse("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><sitemap>"
                + "<loc>https://news.example/s1.xml</loc></sitemap></sitemapindex>");
        assertTrue(index.sitemapIndex());
    }

    @Test
    void readsGzipSitemapsAndRefusesBrokenGzip() throws Exception {
        java.io.ByteArrayOutputStream packed = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(packed)) {
            gz.write(("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>/g1</loc></url>"
                    + "<url><loc>/g2</loc></url></urlset>").getBytes(StandardCharsets.UTF_8));
        }
        assertEquals(List.of("https://news.example/g1", "https://news.example/g2"),
                FeedParser.parse(packed.toByteArray(), BASE).links());
        byte[] cut = java.util.Arrays.copyOf(packed.toByteArray(), 12);
        FeedFormatException e = assertThrows(FeedFormatException.class, () -> FeedParser.parse(cut, BASE));
        assertTrue(e.getMessage().startsWith("broken gzip document"), e.getMessage());
    }

    @Test
    void refusesBrokenDocumentsAndExternalEntities() {
        for (String bad : List.of("<rss version=\"2.0\"><channel><item>", "{\"items\": []}", "{broken",
                "<html><body>a page</body></html>", "",
                "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><urlset><url><loc>&x;"
                        + "</loc></url></urlset>")) {
            assertThrows(FeedFormatException.class, () -> parse(bad), bad);
        }
    }
}
