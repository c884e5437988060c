package org.faultline.analysis;

/**
 * An event's date: value is YYYY, YYYY-MM or YYYY-MM-DD; precision is "year", "month" or "day";
 * {@code mention} is the time expression it came from, or null when it was taken from the article's
 * published date ({@code basis = "published"}).
 */
public record EventDate(String value, String precision, Span mention, String basis) {
}
