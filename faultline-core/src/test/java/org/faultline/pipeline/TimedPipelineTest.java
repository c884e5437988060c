package org.faultline.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.faultline.TestPipeline;
import org.faultline.ingest.Article;
import org.faultline.json.AnalysisJson;
import org.junit.jupiter.api.Test;

/** The timed pipeline runs the same steps as the untimed one and reports every stage once per article. */
class TimedPipelineTest {

    @Test
    void timingChangesNothingAndCoversEveryStage() {
        Article article = new Article("timed", LocalDate.of(2024, 5, 6), null, null, null,
                "Rebels attacked Goma on Monday, killing three soldiers, the army said. "
                        + "The Congolese army later retook the town.", "test");
        StageTimer timer = new StageTimer();
        String timed = AnalysisJson.line(TestPipeline.get().timed(timer).analyze(article));
        assertEquals(AnalysisJson.line(TestPipeline.get().analyze(article)), timed);
        for (StageTimer.Stage stage : new StageTimer.Stage[] {StageTimer.Stage.NLP, StageTimer.Stage.ACTORS,
                StageTimer.Stage.GEO, StageTimer.Stage.EVENTS, StageTimer.Stage.RELATIONS}) {
            assertTrue(timer.totalNanos(stage) > 0, stage + " was not timed");
            // one article: the mean per article is the whole time, so the stage was reported once
            assertEquals(timer.totalNanos(stage) / 1e6, timer.millisPerArticle(stage), 1e-9, stage.name());
            // the thread's CPU time fits in the stage's wall time (a little slack for the clocks' steps)
            assertTrue(timer.cpuMillisPerArticle(stage) <= timer.millisPerArticle(stage) + 1, stage.name());
        }
        assertTrue(timer.cpuMillisPerArticle(StageTimer.Stage.NLP) > 0, "NLP's CPU time was not taken");
        assertEquals(0, timer.totalNanos(StageTimer.Stage.STORE));
    }
}
