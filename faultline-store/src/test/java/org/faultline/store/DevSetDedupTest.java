package org.faultline.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.faultline.analysis.Analysis;
import org.faultline.ingest.Article;
import org.faultline.ingest.JsonlReader;
import org.faultline.pipeline.Faultline;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ingests the dev articles ({@code ../shared/eval/dev/*.input.jsonl}) with the real pipeline, then a
 * syndicated copy of each, and checks the canonical events dedup makes of them: none has an actor as
 * both source and target, no merged count is below a member's figure unless more articles give it, no
 * event merges two different stories, and events do merge with their copies. Skipped where ../shared is absent,
 * failed under CI ({@code CI=true}), where it is always laid beside the clone.
 */
class DevSetDedupTest {
    @TempDir
    Path dir;

    /** The shared dev folder, found by walking up from the working directory to a sibling "shared". */
    private static Path devFolder() {
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            Path dev = d.resolveSibling("shared").resolve("eval").resolve("dev");
            if (Files.isDirectory(dev)) {
                return dev;
            }
        }
        String why = "../shared/eval/dev not found beside " + Path.of("").toAbsolutePath();
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionError(why + " (CI=true: it must be there)");
        }
        Assumptions.assumeTrue(false, why);
        return null;
    }

    private static List<Article> devArticles() throws IOException {
        List<Article> out = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(devFolder(), "*.input.jsonl")) {
            for (Path f : new TreeSet<>(iterable(files))) {
                new JsonlReader().read(f, null, r -> {
                    if (r.isArticle()) {
                        out.add(r.article());
                    }
                });
            }
        }
        return out;
    }

    private static List<Path> iterable(DirectoryStream<Path> files) {
        List<Path> out = new ArrayList<>();
        files.forEach(out::add);
        return out;
    }

    @Test
    void devArticlesMakeNoSelfTargetedEventAndNoShrunkenCount() throws Exception {
        List<Article> articles = devArticles();
        assertTrue(articles.size() >= 10, "dev articles: " + articles.size());
        Faultline analyzer = Faultline.standard();
        try (Store s = Store.open(dir.resolve("dev.db"))) {
            List<Analysis> analyses = new ArrayList<>();
            for (Article a : articles) {
                Analysis analysis = analyzer.analyze(a);
                analyses.add(analysis);
                s.put(analysis);
            }
            List<CanonicalEvent> events = s.events(QueryFilter.all());
            System.out.printf("dev set: %d articles, %d event mentions, %d canonical events (%d merged from 2+ mentions)%n",
                    articles.size(), s.count("events"), events.size(), merged(events));
            checkCanonical(s, events);

            // each article again as another outlet's copy: the same happenings, so events merge with their
            // twins, and the dev articles tell different stories, so nothing merges across two of them
            analyses.forEach(a -> s.put(twin(a)));
            List<CanonicalEvent> withTwins = s.events(QueryFilter.all());
            long twinned = withTwins.stream().filter(e -> e.numArticles() == 2).count();
            System.out.printf("with a syndicated copy of each: %d event mentions, %d canonical events, %d of them "
                    + "an event and its copy%n", s.count("events"), withTwins.size(), twinned);
            checkCanonical(s, withTwins);
            List<String> crossStory = withTwins.stream().filter(e -> e.members().stream()
                    .map(m -> m.articleId().replace(COPY, "")).distinct().count() > 1)
                    .map(e -> e.id() + " " + e.members()).toList();
            assertEquals(List.of(), crossStory, "canonical events merged from two different stories");
            // events named only generically ("police", "people") stay apart by design; most have a name
            long originals = analyses.stream().mapToLong(a -> a.events().size()).sum();
            assertTrue(twinned >= originals / 2, "only " + twinned + " of " + originals + " events merged with their copy");
        }
    }

    private static final String COPY = "-copy";

    private static Analysis twin(Analysis a) {
        Article o = a.article();
        Article copy = new Article(o.id() + COPY, o.published(), o.title(), "Syndication Wire", null, o.text(), o.origin());
        return new Analysis(copy, a.events(), a.actors(), a.places(), a.relations(), a.counts());
    }

    private static long merged(List<CanonicalEvent> events) {
        return events.stream().filter(e -> e.members().size() > 1).count();
    }

    private static void checkCanonical(Store s, List<CanonicalEvent> events) throws SQLException {
        List<String> selfTargeted = new ArrayList<>();
        for (CanonicalEvent e : events) {
            Set<String> sources = new TreeSet<>(e.sources().stream().map(CanonicalEvent.EventActor::id).toList());
            e.targets().stream().filter(t -> sources.contains(t.id()))
                    .forEach(t -> selfTargeted.add(e.id() + ": " + t.id() + " " + e.members()));
        }
        assertEquals(List.of(), selfTargeted, "actors both source and target of one canonical event");
        assertEquals(List.of(), shrunkenCounts(s), "merged counts below a member's figure");
        assertTrue(StoreCheck.run(s).ok(), StoreCheck.run(s).toString());
    }

    /**
     * Merged counts below some member's figure that no more articles give than that higher figure, and
     * ranges that do not span every member's figure.
     */
    private static List<String> shrunkenCounts(Store s) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement st = s.connection().createStatement(); ResultSet r = st.executeQuery("""
                WITH given AS (
                  SELECT m.cluster_id, n.count_type, n.number, count(DISTINCT n.article_id) AS articles
                  FROM cluster_members m JOIN event_counts n ON n.event_id = m.event_id
                  GROUP BY ALL)
                SELECT c.cluster_id, c.count_type, c.number, c.low, c.high, g.number, g.articles,
                       (SELECT max(x.articles) FROM given x WHERE x.cluster_id = c.cluster_id
                          AND x.count_type = c.count_type AND x.number = c.number) AS kept_by
                FROM cluster_counts c JOIN given g USING (cluster_id, count_type)
                WHERE g.number < c.low OR g.number > c.high
                   OR (g.number > c.number AND g.articles >= (SELECT max(x.articles) FROM given x
                        WHERE x.cluster_id = c.cluster_id AND x.count_type = c.count_type AND x.number = c.number))""")) {
            while (r.next()) {
                out.add(r.getString(1) + " " + r.getString(2) + "=" + r.getLong(3) + " (" + r.getLong(4) + "-"
                        + r.getLong(5) + ") but " + r.getLong(6) + " given by " + r.getLong(7) + " article(s), the kept figure by "
                        + r.getLong(8));
            }
        }
        return out;
    }
}
