package org.faultline.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.faultline.store.QueryFilter;

/** Query parameters of the API: the event filters of {@code faultline query}, paging and dates. */
final class Params {
    private Params() {
    }

    /** The filters of {@code faultline query} from the query string (names as the CLI options, min_mentions too). */
    static QueryFilter filter(Context ctx) {
        double radius = number(ctx, "radius", QueryFilter.DEFAULT_RADIUS_KM);
        if (radius <= 0) {
            throw ApiError.badRequest("radius must be a positive number of kilometres, got " + ctx.queryParam("radius"));
        }
        LocalDate from = date(ctx, "from");
        LocalDate to = date(ctx, "to");
        if (from != null && to != null && from.isAfter(to)) {
            throw ApiError.badRequest("from (" + from + ") is after to (" + to + ")");
        }
        String minMentions = first(ctx, "min_mentions", "min-mentions");
        QueryFilter f = new QueryFilter(text(ctx, "actor"), text(ctx, "type"), text(ctx, "mode"), text(ctx, "place"),
                null, null, radius, text(ctx, "country"), from, to, text(ctx, "modality"),
                minMentions == null ? 0 : (int) integer("min_mentions", minMentions, 0, Integer.MAX_VALUE), 0);
        String near = text(ctx, "near");
        if (near != null) {
            try {
                double[] ll = QueryFilter.latLon(near);
                f = f.near(ll[0], ll[1], radius);
            } catch (IllegalArgumentException e) {
                throw ApiError.badRequest("near " + e.getMessage());
            }
        }
        return f;
    }

    /** A trimmed parameter, or null when absent or blank. */
    static String text(Context ctx, String name) {
        String v = ctx.queryParam(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static String first(Context ctx, String... names) {
        for (String n : names) {
            String v = text(ctx, n);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    static LocalDate date(Context ctx, String name) {
        String v = text(ctx, name);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw ApiError.badRequest(name + " must be a date YYYY-MM-DD, got " + v);
        }
    }

    static int integer(Context ctx, String name, int dflt, int min, int max) {
        String v = text(ctx, name);
        return v == null ? dflt : (int) integer(name, v, min, max);
    }

    private static long integer(String name, String v, long min, long max) {
        try {
            long n = Long.parseLong(v);
            if (n < min || n > max) {
                throw ApiError.badRequest(name + " must be between " + min + " and " + max + ", got " + v);
            }
            return n;
        } catch (NumberFormatException e) {
            throw ApiError.badRequest(name + " must be an integer, got " + v);
        }
    }

    private static double number(Context ctx, String name, double dflt) {
        String v = text(ctx, name);
        if (v == null) {
            return dflt;
        }
        try {
            return QueryFilter.decimal(v);
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest(name + " must be a decimal number, got " + v);
        }
    }

    static boolean flag(Context ctx, String name) {
        String v = text(ctx, name);
        if (v == null || v.equals("false") || v.equals("0")) {
            return false;
        }
        if (v.equals("true") || v.equals("1")) {
            return true;
        }
        throw ApiError.badRequest(name + " must be true or false, got " + v);
    }
}
