package org.faultline.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code faultline} command line. */
@Command(name = "faultline", mixinStandardHelpOptions = true, version = "faultline 0.1.0",
        description = "Turns news articles about armed conflict into PLOVER event data.",
        subcommands = {AnalyzeCommand.class, BenchCommand.class, DemoCommand.class, EvalCommand.class,
                IngestCommand.class, QueryCommand.class, StatsCommand.class, ExportCommand.class, ImportCommand.class,
                CheckCommand.class, ServeCommand.class, WatchCommand.class, BackfillCommand.class, SourcesCommand.class})
public final class Main implements Runnable {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code (tests call this instead of main). */
    public static int run(String... args) {
        return run(CommandLine.defaultFactory(), args);
    }

    /** As {@link #run(String...)}, with commands and their option groups made by {@code factory}. */
    static int run(CommandLine.IFactory factory, String... args) {
        return new CommandLine(new Main(), factory).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
