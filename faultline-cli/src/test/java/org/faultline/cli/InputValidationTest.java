package org.faultline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad inputs and options are reported before the models load (a stand-in counts the loads). */
class InputValidationTest {
    @TempDir
    Path dir;

    private final StandInModels models = new StandInModels();
    private Path good;

    @BeforeEach
    void goodInput() throws Exception {
        good = Files.writeString(dir.resolve("good.txt"), "Rebels shelled Goma on Monday, killing 12 civilians.\n");
    }

    private Cli.Result refused(int code, String expected, String... args) {
        Cli.Result r = Cli.run(models, args);
        assertEquals(code, r.code(), String.join(" ", args) + ": " + r.err());
        assertTrue(r.err().contains(expected), "expected '" + expected + "' in: " + r.err());
        assertEquals(0, models.loads(), String.join(" ", args) + ": the models must not load");
        return r;
    }

    @Test
    void aGoodInputLoadsTheModelsOnce() {
        Cli.Result r = Cli.run(models, "analyze", good.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(1, models.loads(), "the stand-in is used, so the refusals below are meaningful");
        assertTrue(r.out().contains("\"id\""), r.out());
    }

    @Test
    void badPathsAreRefusedBeforeAnythingElse() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.jsonl"), "");
        Path pdf = Files.writeString(dir.resolve("report.pdf"), "%PDF");
        Path missing = dir.resolve("missing.txt");
        Cli.Result r = refused(2, missing + ": no such file", "analyze", good.toString(), missing.toString(),
                empty.toString(), pdf.toString());
        assertTrue(r.err().contains(empty + ": empty file"), r.err());
        assertTrue(r.err().contains(pdf + ": unsupported file type"), r.err());
        assertTrue(r.err().contains("nothing analysed"), r.err());
        assertEquals("", r.out(), "not even the good input is analysed: the command line is wrong");
        Path db = dir.resolve("new.db");
        refused(2, missing + ": no such file", "ingest", missing.toString(), "--db", db.toString());
        assertFalse(Files.exists(db), "no store is created for a refused ingest");
    }

    @Test
    void aBadDateOrThreadCountIsRefused() {
        refused(2, "--published", "analyze", good.toString(), "--published", "2024-13-45");
        refused(2, "--published", "ingest", good.toString(), "--published", "yesterday", "--db",
                dir.resolve("x.db").toString());
        refused(2, "--threads must be at least 1", "analyze", good.toString(), "--threads", "0");
    }

    @Test
    void aBadStoreIsRefusedBeforeTheInputsAreAnalysed() throws Exception {
        Path inMissingFolder = dir.resolve("no-such-folder").resolve("x.db");
        refused(2, "the folder " + inMissingFolder.getParent().toAbsolutePath() + " does not exist", "ingest",
                good.toString(), "--db", inMissingFolder.toString());
        Path notAStore = Files.writeString(dir.resolve("notes.db"), "these are my notes, not a DuckDB file\n");
        refused(1, "cannot open " + notAStore, "ingest", good.toString(), "--db", notAStore.toString());
        assertEquals("these are my notes, not a DuckDB file\n", Files.readString(notAStore), "left untouched");
    }

    @Test
    void inputsWithoutAnyArticleNeverLoadTheModels() throws Exception {
        Path blank = Files.writeString(dir.resolve("blank.jsonl"), "\n   \n");
        Path broken = Files.writeString(dir.resolve("broken.jsonl"), "{not json\n{\"id\": \"a\"}\n");
        Cli.Result r = refused(1, "no article to analyse", "analyze", blank.toString(), broken.toString());
        assertTrue(r.err().contains(blank + ": no articles"), r.err());
        assertTrue(r.err().contains(broken + ":1: not valid JSON"), r.err());
        assertTrue(r.err().contains(broken + ":2: missing \"text\""), r.err());
    }
}
