package org.faultline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.faultline.store.ControlFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code faultline query --controls PLACE --at DATE} on a store of the control fixtures (Fallujah, Mosul). */
class QueryControlsTest {
    @TempDir
    static Path dir;
    static String db;

    @BeforeAll
    static void store() {
        db = dir.resolve("control.db").toString();
        ControlFixtures.store(Path.of(db)).close();
    }

    @Test
    void theTableSaysWhoHoldsItAndWhy() {
        Cli.Result r = Cli.run("query", "--db", db, "--controls", "Falluja", "--at", "2014-02-01");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("Al Fall\u016bjah (gn:99454, IRQ) on 2014-02-01: held by Islamic State (ISIS) since 2014-01-03",
                lines.get(0));
        assertTrue(lines.get(1).startsWith("from"), r.out());
        assertTrue(lines.get(2).matches("2013-12-20 +2014-01-03 +Iraq government +taken +Islamic State +fx-1 .*"),
                lines.get(2));
        assertEquals(4 + 2, lines.stream().filter(l -> !l.isBlank()).count(), "headline, header, four periods");
    }

    @Test
    void beforeTheCaptureAndAfterTheStatedLoss() {
        assertTrue(Cli.run("query", "--db", db, "--controls", "Fallujah", "--at", "2014-01-02").out()
                .startsWith("Al Fall\u016bjah (gn:99454, IRQ) on 2014-01-02: held by Iraq government (IRQ/GOV) since 2013-12-20"));
        String lost = Cli.run("query", "--db", db, "--controls", "gn:99454", "--at", "2016-07-15").out();
        assertTrue(lost.startsWith("Al Fall\u016bjah (gn:99454, IRQ) on 2016-07-15: unknown: Iraq military lost control "
                + "on 2016-07-09"), lost);
    }

    @Test
    void jsonLinesCarryTheEvidenceOffsets() throws Exception {
        Cli.Result r = Cli.run("query", "--db", db, "--controls", "Mawsil", "--at", "2015-01-01", "--format", "jsonl");
        assertEquals(0, r.code(), r.err());
        JsonNode a = new ObjectMapper().readTree(r.out().lines().findFirst().orElseThrow());
        assertEquals("Mosul", a.path("place").path("name").asText());
        JsonNode c = a.path("controllers").get(0);
        assertEquals("ISIS", c.path("id").asText());
        assertEquals("2014-06-10", c.path("since").asText());
        JsonNode ev = c.path("evidence").get(0);
        assertEquals("fx-3", ev.path("articleId").asText());
        assertEquals("Islamic State has held al-Mawsil since 10 June 2014.", ev.path("sentence").asText());
        assertEquals(69, ev.path("start").asInt());
    }

    @Test
    void csvHasOnePeriodARowAndMarksTheCurrentOne() {
        Cli.Result r = Cli.run("query", "--db", db, "--controls", "Fallujah", "--at", "2016-06-30", "--format", "csv");
        List<String> rows = r.out().lines().toList();
        assertTrue(rows.get(0).startsWith("place_id,place,at,status,current,controller_id"), rows.get(0));
        assertEquals(5, rows.size());
        assertEquals(List.of("false", "false", "true", "false"), rows.subList(1, 5).stream().map(l -> l.split(",")[4]).toList());
    }

    @Test
    void wrongCombinationsAreUsageErrors() {
        assertEquals(2, Cli.run("query", "--db", db, "--at", "2016-01-01").code());
        assertEquals(2, Cli.run("query", "--db", db, "--controls", "Fallujah", "--actor", "ISIS").code());
        assertEquals(2, Cli.run("query", "--db", db, "--controls", "Fallujah", "--at", "June").code());
        Cli.Result none = Cli.run("query", "--db", db, "--controls", "Atlantis", "--at", "2016-01-01");
        assertEquals(0, none.code());
        assertTrue(none.out().contains("no stored place"), none.out());
    }
}
