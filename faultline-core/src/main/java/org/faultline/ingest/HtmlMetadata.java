package org.faultline.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Article metadata from an HTML page's head: Open Graph first (what publishers maintain for social
 * previews, so usually the cleanest), then generic tags. Must run before {@link MainText} strips the page.
 */
record HtmlMetadata(String title, LocalDate published, String url, String source) {

    private static final ObjectMapper JSON = new ObjectMapper();

    // In priority order; matched case-insensitively against a meta tag's property, name or itemprop.
    private static final List<String> DATE_KEYS_BEFORE_JSON_LD = List.of(
            "article:published_time", "og:published_time", "datePublished");
    private static final List<String> DATE_KEYS_AFTER_JSON_LD = List.of(
            "date", "DC.date", "DC.date.issued", "dcterms.date", "dcterms.issued", "pubdate", "publishdate",
            "publish-date", "publish_date");

    static HtmlMetadata of(Document doc) {
        return new HtmlMetadata(title(doc), published(doc), url(doc), blankToNull(meta(doc, "og:site_name")));
    }

    private static String title(Document doc) {
        String title = blankToNull(meta(doc, "og:title"));
        if (title == null) {
            Element element = doc.selectFirst("title");
            title = element == null ? null : blankToNull(element.text());
        }
        if (title == null) {
            Element h1 = doc.selectFirst("h1");
            title = h1 == null ? null : blankToNull(h1.text());
        }
        return title;
    }

    private static LocalDate published(Document doc) {
        for (String key : DATE_KEYS_BEFORE_JSON_LD) {
            LocalDate date = Dates.parseLenient(meta(doc, key));
            if (date != null) {
                return date;
            }
        }
        // Microdata on a visible element: <time itemprop="datePublished" datetime="...">.
        for (Element element : doc.select("[itemprop=datePublished]")) {
            LocalDate date = Dates.parseLenient(firstNonBlank(element.attr("datetime"), element.attr("content"),
                    element.text()));
            if (date != null) {
                return date;
            }
        }
        LocalDate jsonLd = jsonLdDatePublished(doc);
        if (jsonLd != null) {
            return jsonLd;
        }
        for (String key : DATE_KEYS_AFTER_JSON_LD) {
            LocalDate date = Dates.parseLenient(meta(doc, key));
            if (date != null) {
                return date;
            }
        }
        // <time pubdate> marks the article's own date; otherwise a <time> in the article beats one in the
        // page chrome (which is often today's date).
        for (String query : List.of("time[pubdate][datetime]", "article time[datetime]", "time[datetime]")) {
            for (Element time : doc.select(query)) {
                LocalDate date = Dates.parseLenient(time.attr("datetime"));
                if (date != null) {
                    return date;
                }
            }
        }
        return null;
    }

    /** Schema.org JSON-LD ({@code "datePublished"} in a NewsArticle), which many CMSs emit instead of meta tags. */
    private static LocalDate jsonLdDatePublished(Document doc) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                LocalDate date = findDatePublished(JSON.readTree(script.data()));
                if (date != null) {
                    return date;
                }
            } catch (JsonProcessingException e) {
                // Broken JSON-LD is common and harmless: other sources of the date remain.
            }
        }
        return null;
    }

    private static LocalDate findDatePublished(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isObject()) {
            JsonNode value = node.get("datePublished");
            if (value != null && value.isTextual()) {
                LocalDate date = Dates.parseLenient(value.asText());
                if (date != null) {
                    return date;
                }
            }
        }
        if (node.isContainerNode()) {
            for (JsonNode child : node) {
                LocalDate date = findDatePublished(child);
                if (date != null) {
                    return date;
                }
            }
        }
        return null;
    }

    private static String url(Document doc) {
        String url = blankToNull(meta(doc, "og:url"));
        if (url == null) {
            Element canonical = doc.selectFirst("link[rel=canonical][href]");
            url = canonical == null ? null : blankToNull(canonical.attr("href"));
        }
        return url;
    }

    /** The content of the first meta tag whose property, name or itemprop is {@code key} (any case). */
    private static String meta(Document doc, String key) {
        for (Element meta : doc.select("meta[content]")) {
            if (key.equalsIgnoreCase(meta.attr("property")) || key.equalsIgnoreCase(meta.attr("name"))
                    || key.equalsIgnoreCase(meta.attr("itemprop"))) {
                String content = meta.attr("content");
                if (!content.isBlank()) {
                    return content;
                }
            }
        }
        return null;
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip().replaceAll("\\s+", " ");
    }
}
