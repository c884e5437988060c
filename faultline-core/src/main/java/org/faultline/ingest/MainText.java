package org.faultline.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.faultline.lexicon.Lexicon;
import org.faultline.text.DataFiles;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The story text of a news page, without menus, teasers, share bars, captions and ads, with paragraphs
 * separated by blank lines (sentence splitting and evidence spans downstream rely on them). Heuristic
 * and cheap: drop boilerplate by tag and by class/id words, then take the {@code <article>} or else the
 * element holding the most paragraph text.
 */
final class MainText {

    /** Never content; removed outright. */
    private static final String INVISIBLE = "script, style, noscript, template, svg, canvas, object, embed, "
            + "iframe, video, audio, picture, select, textarea, button, input, dialog, [hidden], "
            + "[style~=(?i)display\\s*:\\s*none]";
    /** Page chrome by HTML5 semantics: the author said it is not the story. */
    private static final String CHROME = "nav, header, footer, aside, figure, figcaption, menu";
    /** Class and id words of page furniture ("share-bar", "cookieConsent"). */
    private static final Set<String> BOILERPLATE_WORDS = DataFiles.words("faultline/ingest/boilerplate-classes.txt");
    private static final Set<String> NEVER_REMOVED = Set.of("html", "body", "main", "article");
    private static final Set<String> BLOCKS = Set.of(
            "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li",
            "blockquote", "pre", "table", "thead", "tbody", "tfoot", "tr", "caption", "dl", "dt", "dd", "hr",
            "br", "address", "details", "summary", "center", "body");
    private static final Set<String> CELLS = Set.of("td", "th");

    private static final Pattern CLICK_TO_ENLARGE = Pattern.compile("\\(\\s*click to enlarge[^)]*\\)",
            Pattern.CASE_INSENSITIVE);
    /** Whole lines of furniture ("Read more ...", "Advertisement"), from the lexicon's patterns. */
    private static final Pattern BOILERPLATE_LINE = Pattern.compile(
            String.join("|", Lexicon.english().entries("boilerplate-lines")), Pattern.CASE_INSENSITIVE);
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");
    private static final Pattern INVISIBLE_CHARS = Pattern.compile("[\\u200B-\\u200D\\u2060\\uFEFF\\u00AD]");
    private static final Pattern CAMEL_HUMP = Pattern.compile("([a-z])([A-Z])");
    private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9]+");

    private MainText() {
    }

    /** Extracts the main text; removes boilerplate from {@code doc} as it goes. Returns "" if nothing is left. */
    static String extract(Document doc) {
        Element body = doc.body();
        body.select(INVISIBLE).remove();
        body.select(CHROME).remove();
        int pageText = paragraphTextLength(body);
        // Forms and class/id names are weaker evidence: see wrapsContent.
        for (Element element : body.select("form")) {
            removeUnlessContent(element, pageText);
        }
        for (Element element : body.select("[class], [id]")) {
            if (element.ownerDocument() != null && hasBoilerplateName(element)) {
                removeUnlessContent(element, pageText);
            }
        }
        return paragraphs(chooseContainer(body));
    }

    private static void removeUnlessContent(Element element, int pageText) {
        if (element.ownerDocument() != null && !wrapsContent(element, pageText)) {
            element.remove();
        }
    }

    /**
     * Guards against layouts where a whole page sits in a {@code <form>} (ASP.NET) or in a wrapper with a
     * class like "has-sidebar": such an element holds most of the page's paragraph text. An {@code <article>} is
     * never dropped for its class ("article share-enabled"); teaser cards lose out in {@link #chooseContainer}.
     */
    private static boolean wrapsContent(Element element, int pageText) {
        return NEVER_REMOVED.contains(element.normalName())
                || pageText > 0 && paragraphTextLength(element) * 2 > pageText;
    }

    /** True if a word of the class or id names boilerplate; words, not substrings ("header" holds "ad"). */
    static boolean hasBoilerplateName(Element element) {
        String names = CAMEL_HUMP.matcher(element.className() + " " + element.id()).replaceAll("$1 $2");
        for (String word : NON_WORD.split(names.toLowerCase(Locale.ROOT))) {
            if (BOILERPLATE_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static Element chooseContainer(Element body) {
        Element densest = densestParagraphContainer(body);
        Element article = null;
        int articleText = -1;
        for (Element candidate : body.select("article")) {
            int text = paragraphTextLength(candidate);
            if (text > articleText) {
                article = candidate;
                articleText = text;
            }
        }
        if (article == null) {
            return densest != null ? densest : body;
        }
        // Prefer <article>, unless it is a teaser card and the real story sits in a plain div elsewhere.
        if (densest != null && paragraphTextLength(densest) > 3 * articleText) {
            return densest;
        }
        return article;
    }

    /**
     * The element with the most {@code <p>} text, scored as in Readability: a paragraph counts fully for
     * its parent and half for its grandparent, so a story split over several sibling divs is taken whole.
     */
    private static Element densestParagraphContainer(Element body) {
        Map<Element, Double> scores = new HashMap<>();
        for (Element p : body.select("p")) {
            int length = p.text().length();
            Element parent = p.parent();
            if (length == 0 || parent == null) {
                continue;
            }
            scores.merge(parent, (double) length, Double::sum);
            Element grandparent = parent.parent();
            if (grandparent != null) {
                scores.merge(grandparent, length / 2.0, Double::sum);
            }
        }
        Element best = null;
        double bestScore = 0;
        // Iterate in document order so that ties resolve the same way on every run.
        for (Element element : body.getAllElements()) {
            double score = scores.getOrDefault(element, 0.0);
            if (score > bestScore) {
                best = element;
                bestScore = score;
            }
        }
        return best;
    }

    private static int paragraphTextLength(Element element) {
        int total = 0;
        for (Element p : element.select("p")) {
            total += p.text().length();
        }
        return total;
    }

    /** The text of {@code root}, one paragraph per block element, paragraphs joined by a blank line. */
    static String paragraphs(Element root) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    current.append(text.getWholeText());
                } else if (node instanceof Element element) {
                    if (BLOCKS.contains(element.normalName())) {
                        flush(current, paragraphs);
                    } else if (CELLS.contains(element.normalName())) {
                        current.append(' ');
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                    flush(current, paragraphs);
                }
            }
        }, root);
        flush(current, paragraphs);
        return String.join("\n\n", paragraphs);
    }

    private static void flush(StringBuilder current, List<String> paragraphs) {
        if (current.length() == 0) {
            return;
        }
        String text = INVISIBLE_CHARS.matcher(current).replaceAll("");
        text = CLICK_TO_ENLARGE.matcher(text).replaceAll(" ");
        text = SPACES.matcher(text).replaceAll(" ").strip();
        current.setLength(0);
        if (!text.isEmpty() && !BOILERPLATE_LINE.matcher(text).matches()) {
            paragraphs.add(text);
        }
    }
}
