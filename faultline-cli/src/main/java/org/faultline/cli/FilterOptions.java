package org.faultline.cli;

import java.time.LocalDate;
import org.faultline.store.QueryFilter;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** The event filters shared by {@code query}, {@code stats} and {@code export}. */
final class FilterOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--actor", paramLabel = "NAME", description = "Actor id, name or alias (any case).")
    String actor;

    @Option(names = "--type", paramLabel = "TYPE", description = "PLOVER event type, e.g. ASSAULT.")
    String type;

    @Option(names = "--mode", paramLabel = "MODE", description = "PLOVER mode, e.g. aerial.")
    String mode;

    @Option(names = "--place", paramLabel = "NAME", description = "Place or admin1 by any spelling: the GeoNames name, an article's wording or a gazetteer alternate name (Fallujah, Falluja, Al Fallujah); a place id.")
    String place;

    @Option(names = "--near", paramLabel = "LAT,LON", description = "Events within --radius km of this point.")
    String near;

    @Option(names = "--radius", paramLabel = "KM", defaultValue = "50", description = "Radius for --near (default: ${DEFAULT-VALUE}).")
    double radius;

    @Option(names = "--country", paramLabel = "CODE", description = "ISO alpha-3 or alpha-2 code, or English name.")
    String country;

    @Option(names = "--from", paramLabel = "DATE", description = "Events on or after this date (YYYY-MM-DD).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Events on or before this date (YYYY-MM-DD).")
    LocalDate to;

    @Option(names = "--modality", paramLabel = "M", description = "asserted, denied, hypothetical, ...")
    String modality;

    @Option(names = "--min-mentions", paramLabel = "N", defaultValue = "0", description = "Events reported at least N times.")
    int minMentions;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "0", description = "At most N events (0: all).")
    int limit;

    /** Whether any filter was given. */
    boolean any() {
        return actor != null || type != null || mode != null || place != null || near != null || country != null
                || from != null || to != null || modality != null || minMentions > 0 || limit > 0;
    }

    QueryFilter filter() {
        try {
            QueryFilter.radius(radius);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--radius " + e.getMessage());
        }
        QueryFilter f = new QueryFilter(actor, type, mode, place, null, null, radius, country, from, to, modality,
                minMentions, limit);
        if (near != null) {
            try {
                double[] ll = QueryFilter.latLon(near);
                f = f.near(ll[0], ll[1], radius);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--near " + e.getMessage());
            }
        }
        return f;
    }
}
