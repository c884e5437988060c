package org.faultline.pipeline;

import java.util.function.Consumer;

/**
 * One step of the pipeline: what it does to an article's work, and the stage its time counts
 * towards (two steps may share a stage: actors run before and after places).
 */
record Step(String name, StageTimer.Stage stage, Consumer<ArticleWork> action) {
}
