package org.faultline.store.feeds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the article links of a source document: RSS (0.9x to 2.0) and Atom through Rome, JSON Feed
 * (version 1 and 1.1) through Jackson, and XML sitemaps (and sitemap indexes, gzip-compressed or not)
 * through the JDK's StAX reader, which Rome does not read. DTDs and external entities are refused. Links are resolved against
 * the document's URL; duplicates within one document are dropped.
 */
public final class FeedParser {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final int MAX_UNPACKED = 50 * 1024 * 1024;

    private FeedParser() {
    }

    public static FeedLinks parse(byte[] raw, URI base) throws FeedFormatException {
        byte[] body = gunzipped(raw);
        int i = 0;
        if (body.length >= 3 && (body[0] & 0xff) == 0xEF && (body[1] & 0xff) == 0xBB && (body[2] & 0xff) == 0xBF) {
            i = 3;
        }
        while (i < body.length && Character.isWhitespace(body[i])) {
            i++;
        }
        if (i < body.length && body[i] == '{') {
            return jsonFeed(body, base);
        }
        String root = rootElement(body);
        if (root.equals("urlset") || root.equals("sitemapindex")) {
            return sitemap(body, base, root.equals("sitemapindex") ? "sitemap index" : "sitemap");
        }
        return syndication(body, base);
    }

    /**
     * A gzip-compressed document (sitemap.xml.gz, served as application/gzip) unpacked, at most
     * {@value #MAX_UNPACKED} bytes (the sitemap protocol's limit); any other body as it is.
     */
    private static byte[] gunzipped(byte[] body) throws FeedFormatException {
        if (body.length < 2 || (body[0] & 0xff) != 0x1f || (body[1] & 0xff) != 0x8b) {
            return body;
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            byte[] out = in.readNBytes(MAX_UNPACKED + 1);
            if (out.length > MAX_UNPACKED) {
                throw new FeedFormatException("gzip document unpacks to more than " + MAX_UNPACKED + " bytes; not read", null);
            }
            return out;
        } catch (IOException e) {
            throw new FeedFormatException("broken gzip document: " + firstLine(e.getMessage()), e);
        }
    }

    private static FeedLinks jsonFeed(byte[] body, URI base) throws FeedFormatException {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (IOException e) {
            throw new FeedFormatException("malformed JSON Feed: " + firstLine(e.getMessage()), e);
        }
        if (!root.path("version").asText("").startsWith("https://jsonfeed.org/version/") || !root.path("items").isArray()) {
            throw new FeedFormatException("JSON document is not a JSON Feed (no jsonfeed.org version and items)", null);
        }
        List<String> links = new ArrayList<>();
        for (JsonNode item : root.path("items")) {
            String url = item.path("url").asText(item.path("external_url").asText(null));
            links.add(url);
        }
        return new FeedLinks("json feed", resolve(links, base));
    }

    private static FeedLinks syndication(byte[] body, URI base) throws FeedFormatException {
        SyndFeed feed;
        try (XmlReader reader = new XmlReader(new ByteArrayInputStream(body))) {
            feed = new SyndFeedInput().build(reader);
        } catch (Exception e) { // Rome throws FeedException, IllegalArgumentException and parser errors
            throw new FeedFormatException("not a readable RSS or Atom feed: " + firstLine(e.getMessage()), e);
        }
        List<String> links = new ArrayList<>();
        for (SyndEntry entry : feed.getEntries()) {
            String link = entry.getLink();
            if ((link == null || link.isBlank()) && !entry.getLinks().isEmpty()) {
                link = entry.getLinks().get(0).getHref();
            }
            links.add(link);
        }
        return new FeedLinks(feed.getFeedType(), resolve(links, base));
    }

    private static FeedLinks sitemap(byte[] body, URI base, String format) throws FeedFormatException {
        List<String> links = new ArrayList<>();
        try {
            XMLStreamReader r = reader(body);
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("loc")) {
                    links.add(r.getElementText().trim());
                }
            }
        } catch (XMLStreamException e) {
            throw new FeedFormatException("malformed sitemap: " + firstLine(e.getMessage()), e);
        }
        return new FeedLinks(format, resolve(links, base));
    }

    private static String rootElement(byte[] body) throws FeedFormatException {
        try {
            XMLStreamReader r = reader(body);
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT) {
                    return r.getLocalName();
                }
            }
        } catch (XMLStreamException e) {
            throw new FeedFormatException("malformed XML: " + firstLine(e.getMessage()), e);
        }
        throw new FeedFormatException("empty document: no feed or sitemap", null);
    }

    private static XMLStreamReader reader(byte[] body) throws XMLStreamException {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return f.createXMLStreamReader(new ByteArrayInputStream(body));
    }

    private static List<String> resolve(List<String> links, URI base) {
        Set<String> out = new LinkedHashSet<>();
        for (String link : links) {
            if (link == null || link.isBlank()) {
                continue;
            }
            try {
                out.add(base.resolve(link.trim()).toString());
            } catch (IllegalArgumentException e) {
                // a link that is no URI is no article to fetch
            }
        }
        return List.copyOf(out);
    }

    static String firstLine(String m) {
        if (m == null) {
            return "";
        }
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
