package org.faultline.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a storing process with SIGKILL at random points, re-runs it, and checks that every article is
 * stored exactly once and the store passes its integrity check.
 */
class CrashSafetyTest {
    private static final int ARTICLES = 150;
    private static final int KILLS = 4;

    @TempDir
    Path dir;

    private Process start(Path db) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return new ProcessBuilder(java, "-Xmx256m", "-cp", cp, CrashWriter.class.getName(), db.toString(),
                String.valueOf(ARTICLES)).redirectErrorStream(true).start();
    }

    @Test
    void killedWritersLeaveEveryArticleOnceAndAConsistentStore() throws Exception {
        Path db = dir.resolve("crash.db");
        long seed = System.nanoTime();
        Random rnd = new Random(seed);
        int killedAfter = 0;
        for (int k = 0; k < KILLS; k++) {
            Process p = start(db);
            int target = 1 + rnd.nextInt(ARTICLES - 1);
            try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    if (line.startsWith("stored ") && Integer.parseInt(line.substring(7)) >= target) {
                        Thread.sleep(rnd.nextInt(5)); // land somewhere inside the next transaction
                        break;
                    }
                }
                p.destroyForcibly(); // SIGKILL on Unix
                assertTrue(p.waitFor(30, TimeUnit.SECONDS), "killed writer did not exit");
                killedAfter++;
            }
        }
        Process last = start(db);
        String output = new String(last.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(last.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, last.exitValue(), "seed " + seed + ": " + output);
        assertTrue(output.endsWith("done\n"), output);

        try (Store s = Store.open(db)) {
            assertEquals(ARTICLES, s.count("articles"), "seed " + seed);
            assertEquals(ARTICLES * 3L, s.count("events"), "seed " + seed);
            assertEquals(ARTICLES, s.count("relations"), "seed " + seed);
            try (Statement st = s.connection().createStatement(); ResultSet r = st.executeQuery(
                    "SELECT count(*), count(DISTINCT article_id), min(article_id), max(article_id) FROM articles")) {
                r.next();
                assertEquals(ARTICLES, r.getInt(1));
                assertEquals(ARTICLES, r.getInt(2));
            }
            // what the integrity check covers after the kills: the schema version, and offsets inside
            // their article (checked on rows that really carry offsets, so the check is not vacuous)
            assertEquals(Schema.VERSION, Migrations.currentVersion(s.connection(), db.toString()), "seed " + seed);
            try (Statement st = s.connection().createStatement(); ResultSet r = st.executeQuery(
                    "SELECT count(*), count(*) FILTER (WHERE x.evidence_start_cp < 0 OR x.evidence_end_cp > length(a.text) "
                    + "OR x.evidence_end_cp < x.evidence_start_cp) FROM events x JOIN articles a USING (article_id) "
                    + "WHERE x.evidence_start_cp IS NOT NULL")) {
                r.next();
                assertTrue(r.getLong(1) > 0, "stored events carry offsets");
                assertEquals(0, r.getLong(2), "seed " + seed + ": evidence offsets inside their article");
            }
            StoreCheck.Report report = StoreCheck.run(s);
            assertTrue(report.ok(), "seed " + seed + ": " + report);
            s.recluster();
            report = StoreCheck.run(s);
            assertTrue(report.ok() && report.warnings().isEmpty(), "seed " + seed + ": " + report);
            assertEquals(List.of(), report.errors());
        }
        assertEquals(KILLS, killedAfter);
    }
}
