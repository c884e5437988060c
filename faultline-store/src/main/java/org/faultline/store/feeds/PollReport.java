package org.faultline.store.feeds;

import java.util.List;

/**
 * What one poll of one source did: its status ({@code ok}, {@code not modified}, {@code failing},
 * {@code stored}: a single article source already stored), the links it listed, the articles fetched,
 * newly stored, already known (not fetched), and failed, with each problem as one line.
 */
public record PollReport(String source, String status, int links, int fetched, int stored, int known, int failed,
                         List<String> problems) {
}
