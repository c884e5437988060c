package org.faultline.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code faultline} command line. */
@Command(name = "faultline", mixinStandardHelpOptions = true, version = "faultline 0.1.0",
        description = "Turns news articles about armed conflict into PLOVER event data.",
        subcommands = {AnalyzeCommand.class, BenchCommand.class, DemoCommand.class, EvalCommand.class,
                IngestCommand.class, QueryCommand.class, StatsCommand.class, ExportCommand.class, ImportCommand.class,
                CheckCommand.class, ServeCommand.class, WatchCommand.class, SourcesCommand.class})
public final class Main implements Runnable {
    @picocli.CommandLine.Option(names = "--verbose", description = "Log libraries' info messages (default: warnings only); "
            + "also accepted after a command.")
    boolean verbose;


    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code (tests call this instead of main). */
    public static int run(String... args) {
        return run(CommandLine.defaultFactory(), args);
    }

    /** As {@link #run(String...)}, with commands and their option groups made by {@code factory}. */
    static int run(CommandLine.IFactory factory, String... args) {
        List<String> rest = new ArrayList<>(Arrays.asList(args));
        if (rest.remove(VERBOSE)) {
            // before any logger exists: the libraries' info messages (Jetty, Javalin, CoreNLP) are shown too
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "info");
        }
        return new CommandLine(new Main(), factory).setCaseInsensitiveEnumValuesAllowed(true)
                .registerConverter(LocalDate.class, Main::date)
                .execute(rest.toArray(String[]::new));
    }

    /** Every command takes --verbose (anywhere on the line): log at info level instead of warnings only. */
    static final String VERBOSE = "--verbose";

    /** A date option's value, with a message that names the expected form rather than a Java class. */
    static LocalDate date(String s) {
        try {
            return LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("'" + s + "' is not a date: write YYYY-MM-DD, e.g. 2016-06-09");
        }
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
