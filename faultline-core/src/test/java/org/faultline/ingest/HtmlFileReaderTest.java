package org.faultline.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlFileReaderTest {

    @TempDir
    Path dir;

    private final HtmlFileReader reader = new HtmlFileReader();

    private static final String NEWS_PAGE = """
            <!DOCTYPE html>
            <html><head>
              <title>Fallujah battle | Example News</title>
              <meta property="og:title" content="Iraqi forces push into Fallujah">
              <meta property="og:site_name" content="Example News">
              <meta property="og:url" content="https://news.example/fallujah">
              <meta property="article:published_time" content="2016-06-09T21:30:00-05:00">
              <link rel="canonical" href="https://news.example/canonical-fallujah">
              <script>var tracking = "Iraqi forces";</script>
              <style>p { color: red }</style>
            </head><body>
              <header><a href="/">Example News</a> <nav><a>World</a> <a>Middle East</a></nav></header>
              <div class="breadcrumb"><a>Home</a> &gt; <a>World</a></div>
              <div id="cookie-banner"><p>We use cookies to improve your experience on this website.</p></div>
              <article>
                <h1>Iraqi forces push into Fallujah</h1>
                <div class="share-tools"><p>Share this article</p><a>Twitter</a></div>
                <figure><img src="a.jpg"><figcaption>Smoke rises over the city.</figcaption></figure>
                <p>(Click to enlarge: opens in new window)</p>
                <p>Iraqi forces <b>pushed</b> into the centre of Fallujah on Thursday,
                   the army said.</p>
                <p class="ad-slot">Buy our product now, limited offer!</p>
                <p>Advertisement</p>
                <p>About 68,000 people have fled&nbsp;the fighting, the <a href="/un">UN</a> said.</p>
                <p>Read more: Why Fallujah matters</p>
                <p>Click to enlarge</p>
                <div class="relatedStories"><p>Mosul offensive stalls as winter nears, officials say.</p></div>
                <div style="display: none"><p>Hidden text that a reader never sees on the page.</p></div>
                <p hidden>Also hidden from readers of the page.</p>
                <p>Islamic State fighters still hold parts of the city.</p>
                <section id="comments"><p>Great article, thanks for the update on the situation.</p></section>
              </article>
              <aside><p>Most read: celebrity news and other stories you may like a lot.</p></aside>
              <footer><p>Copyright Example News 2016. All rights reserved worldwide.</p></footer>
              <noscript>Enable JavaScript</noscript>
            </body></html>
            """;

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private Article read(String html) throws IOException {
        List<ReadResult> results = reader.read(write("page.html", html), null);
        assertEquals(1, results.size(), results::toString);
        assertTrue(results.get(0).isArticle(), () -> results.get(0).toString());
        return results.get(0).article();
    }

    @Test
    void extractsStoryParagraphsAndDropsBoilerplate() throws IOException {
        // The <article>'s h1 stays as its first paragraph; nav, share bar, figure, ads, "Read more",
        // related stories and comments are gone; inline tags and &nbsp; become plain spaces.
        assertEquals("Iraqi forces push into Fallujah\n\n"
                + "Iraqi forces pushed into the centre of Fallujah on Thursday, the army said.\n\n"
                + "About 68,000 people have fled the fighting, the UN said.\n\n"
                + "Islamic State fighters still hold parts of the city.", read(NEWS_PAGE).text());
    }

    @Test
    void readsMetadataFromOpenGraphTags() throws IOException {
        Article article = read(NEWS_PAGE);
        assertEquals("Iraqi forces push into Fallujah", article.title());
        assertEquals("Example News", article.source());
        assertEquals("https://news.example/fallujah", article.url());
        // The date as written on the page, not shifted to UTC (which would be 10 June).
        assertEquals(LocalDate.of(2016, 6, 9), article.published());
        assertTrue(article.id().matches("a-[0-9a-f]{16}"), article.id());
        assertEquals(ArticleIds.contentId(article.text()), article.id());
    }

    @Test
    void withoutArticleTakesTheElementWithMostParagraphText() throws IOException {
        String html = """
                <html><head><title>Page title</title></head><body>
                <div class="col"><p>Short teaser one.</p><p>Short teaser two.</p></div>
                <div class="col">
                  <p>Gunmen attacked a checkpoint near Kirkuk late on Monday, police said.</p>
                  <p>Three policemen were killed and five wounded in the attack.</p>
                  <p>No group has claimed responsibility so far.</p>
                </div>
                </body></html>""";
        Article article = read(html);
        assertEquals("Gunmen attacked a checkpoint near Kirkuk late on Monday, police said.\n\n"
                + "Three policemen were killed and five wounded in the attack.\n\n"
                + "No group has claimed responsibility so far.", article.text());
        assertEquals("Page title", article.title());
        assertNull(article.published());
        assertNull(article.url());
        assertNull(article.source());
    }

    @Test
    void storySplitOverSiblingBlocksIsTakenWhole() throws IOException {
        String html = """
                <html><body><div id="story">
                  <div class="part"><p>First part of the story about the ceasefire talks.</p></div>
                  <div class="part"><p>Second part of the story about the ceasefire talks.</p></div>
                  <div class="part"><p>Third part of the story about the ceasefire talks.</p></div>
                </div></body></html>""";
        assertEquals("First part of the story about the ceasefire talks.\n\n"
                + "Second part of the story about the ceasefire talks.\n\n"
                + "Third part of the story about the ceasefire talks.", read(html).text());
    }

    @Test
    void pageWrappedInAFormIsNotDiscarded() throws IOException {
        String html = """
                <html><body><form id="aspnetForm"><div class="main has-sidebar">
                  <p>Rebels shelled the airport on Sunday, residents said.</p>
                  <p>The government condemned the attack.</p>
                </div></form></body></html>""";
        assertEquals("Rebels shelled the airport on Sunday, residents said.\n\nThe government condemned the attack.",
                read(html).text());
    }

    @Test
    void lineBreaksAndListItemsSeparateParagraphsAndInlineTagsDoNot() throws IOException {
        String html = "<html><body><article><p>One <i>two</i><span> three</span>.<br>Four.</p>"
                + "<ul><li>Item A</li><li>Item B</li></ul></article></body></html>";
        assertEquals("One two three.\n\nFour.\n\nItem A\n\nItem B", read(html).text());
    }

    @Test
    void titleFallsBackToTitleElementThenH1() throws IOException {
        assertEquals("From title", read("<html><head><title> From  title </title></head>"
                + "<body><h1>From h1</h1><p>Body text.</p></body></html>").title());
        assertEquals("From h1", read("<html><body><h1>From h1</h1><p>Body text.</p></body></html>").title());
    }

    @Test
    void publishedDateFromOtherMetaTagsAndTimeElement() throws IOException {
        String body = "<body><p>Body text.</p></body>";
        assertEquals(LocalDate.of(2016, 6, 9),
                read("<html><head><meta name=\"DC.date\" content=\"2016/06/09\"></head>" + body).published());
        assertEquals(LocalDate.of(2015, 1, 2),
                read("<html><head><meta name=\"date\" content=\"January 2, 2015\"></head>" + body).published());
        assertEquals(LocalDate.of(2014, 3, 4),
                read("<html><head><meta itemprop=\"datePublished\" content=\"2014-03-04T10:00:00Z\"></head>"
                        + body).published());
        assertEquals(LocalDate.of(2013, 5, 6),
                read("<html><body><article><time datetime=\"2013-05-06T08:00\">6 May</time>"
                        + "<p>Body text.</p></article></body></html>").published());
        assertEquals(LocalDate.of(2012, 7, 8),
                read("<html><head><script type=\"application/ld+json\">{\"@graph\": [{\"@type\": \"NewsArticle\","
                        + " \"datePublished\": \"2012-07-08T12:00:00+03:00\"}]}</script></head>" + body).published());
    }

    @Test
    void higherPriorityDateTagWins() throws IOException {
        String html = "<html><head><meta name=\"date\" content=\"2001-01-01\">"
                + "<meta property=\"og:published_time\" content=\"2016-06-09\"></head>"
                + "<body><time datetime=\"2020-02-02\">today</time><p>Body text.</p></body></html>";
        assertEquals(LocalDate.of(2016, 6, 9), read(html).published());
    }

    @Test
    void unparseableDateFallsBackToDefault() throws IOException {
        Path file = write("d.html", "<html><head><meta name=\"date\" content=\"last Tuesday\"></head>"
                + "<body><p>Body text.</p></body></html>");
        Article article = reader.read(file, LocalDate.of(2016, 1, 1)).get(0).article();
        assertEquals(LocalDate.of(2016, 1, 1), article.published());
    }

    @Test
    void urlFallsBackToCanonicalLink() throws IOException {
        assertEquals("https://news.example/c", read("<html><head><link rel=\"canonical\" href=\"https://news.example/c\">"
                + "</head><body><p>Body text.</p></body></html>").url());
    }

    @Test
    void pageWithOnlyBoilerplateIsAnEmptyArticle() throws IOException {
        Path file = write("empty.html", "<html><head><title>Nothing</title></head><body><nav>Home</nav>"
                + "<footer>Copyright</footer><script>x()</script></body></html>");
        List<ReadResult> results = reader.read(file, null);
        assertEquals(1, results.size());
        assertFalse(results.get(0).isArticle());
        assertEquals(file + ": empty article", results.get(0).problem().toString());
    }

    @Test
    void invalidUtf8InAPageIsReportedAtLineAndColumn() throws IOException {
        byte[] bytes = "<html><body>\n<p>They said \u0093no\u0094.</p></body></html>".getBytes(StandardCharsets.ISO_8859_1);
        Path file = Files.write(dir.resolve("old.htm"), bytes);
        List<ReadResult> results = reader.read(file, null);
        assertEquals(2, results.size());
        assertFalse(results.get(0).problem().isWarning());
        assertEquals(file + ":2:14", results.get(0).problem().origin());
        assertEquals("They said \uFFFDno\uFFFD.", results.get(1).article().text());
    }
}
