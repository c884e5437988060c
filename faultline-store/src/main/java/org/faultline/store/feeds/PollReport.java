package org.faultline.store.feeds;

import java.util.List;

/**
 * What one poll of one source (or one backfill) did: its status ({@code ok}, {@code not modified},
 * {@code failing}, {@code article}: a single article source), the links it listed, the articles fetched,
 * newly stored, already known (not fetched), and failed, the bytes of the responses read, with each
 * problem as one line.
 */
public record PollReport(String source, String status, int links, int fetched, int stored, int known, int failed,
                         long bytes, List<String> problems) {
}
