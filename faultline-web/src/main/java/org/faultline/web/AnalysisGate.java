package org.faultline.web;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Admission control for analysis requests: at most {@code workers} run at once and {@code queue} wait; a
 * request beyond that is refused at once with 429 instead of piling up threads and memory. A waiting request
 * that gets no worker within the analysis time limit is answered 503.
 *
 * <p>Waiting requests are served fairly between clients, not first come first served: each client (its
 * address and the page's {@code X-Faultline-Client} id, see {@link #clientOf}) has its own line, and a freed
 * worker goes to the waiting client served longest ago (one never served first). So a small paste from one
 * client waits for at most one analysis of each other client, not behind every large article another
 * client queued before it.
 */
final class AnalysisGate {
    /** The header the page sends with a random id per tab, so that tabs behind one address are told apart. */
    static final String CLIENT_HEADER = "X-Faultline-Client";

    private final int workers;
    private final int queue;
    private final long waitMillis;
    private int running;
    private int waiting;
    /** Waiting tickets per client, clients in the order their lines opened. */
    private final LinkedHashMap<String, ArrayDeque<Ticket>> lines = new LinkedHashMap<>();
    /** When each client last got a worker (a counter), for clients that wait or were served lately. */
    private final Map<String, Long> lastServed = new HashMap<>();
    private long clock;

    private static final class Ticket {
        boolean granted;
    }

    AnalysisGate(int workers, int queue, long waitMillis) {
        this.workers = workers;
        this.queue = queue;
        this.waitMillis = waitMillis;
    }

    /** A client's key: its address plus the page's per-tab id when it sends one (at most 64 characters). */
    static String clientOf(String address, String clientHeader) {
        String id = clientHeader == null ? "" : clientHeader.strip();
        return address + "|" + (id.length() > 64 ? id.substring(0, 64) : id);
    }

    <T> T run(String client, Supplier<T> work) {
        admit(client);
        try {
            return work.get();
        } finally {
            release();
        }
    }

    private synchronized void admit(String client) {
        if (running + waiting >= workers + queue) {
            throw new ApiError(429, "too many analysis requests (" + workers + " running, " + queue
                    + " waiting); retry later");
        }
        if (running < workers && waiting == 0) {
            running++;
            served(client);
            return;
        }
        Ticket t = new Ticket();
        lines.computeIfAbsent(client, k -> new ArrayDeque<>()).add(t);
        waiting++;
        long deadline = System.currentTimeMillis() + waitMillis;
        try {
            while (!t.granted) {
                long left = deadline - System.currentTimeMillis();
                if (left <= 0) {
                    withdraw(client, t);
                    throw new ApiError(503, "no analysis worker became free within " + waitMillis / 1000 + " s; retry later");
                }
                wait(left);
            }
        } catch (InterruptedException e) {
            if (!t.granted) {
                withdraw(client, t);
            } else {
                release();
            }
            Thread.currentThread().interrupt();
            throw new ApiError(503, "interrupted while waiting for an analysis worker");
        }
    }

    private void withdraw(String client, Ticket t) {
        ArrayDeque<Ticket> line = lines.get(client);
        if (line != null && line.remove(t)) {
            waiting--;
            if (line.isEmpty()) {
                lines.remove(client);
            }
        }
    }

    private void served(String client) {
        lastServed.put(client, ++clock);
        if (lastServed.size() > 10_000) {
            lastServed.keySet().retainAll(lines.keySet()); // forget clients that no longer wait
        }
    }

    /** Frees a worker and hands it to the first waiting ticket of the waiting client served longest ago. */
    private synchronized void release() {
        running--;
        if (running >= workers || lines.isEmpty()) {
            return;
        }
        String next = null;
        for (String client : lines.keySet()) {
            if (next == null || lastServed.getOrDefault(client, 0L) < lastServed.getOrDefault(next, 0L)) {
                next = client;
            }
        }
        ArrayDeque<Ticket> line = lines.get(next);
        Ticket t = line.poll();
        if (line.isEmpty()) {
            lines.remove(next);
        }
        t.granted = true;
        waiting--;
        running++;
        served(next);
        notifyAll();
    }
}
