package org.faultline.cli;

/** The faultline command with {@link StandInModels} (no CoreNLP), for tests that run it in a JVM of their own. */
public final class StandInMain {
    private StandInMain() {
    }

    public static void main(String[] args) {
        System.exit(Main.run(new StandInModels(), args));
    }
}
