package org.faultline.store.feeds;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** The per-host rate limit: waits so that two requests to one host are at least {@code delay} apart. */
final class HostPacer {
    private final long delayNanos;
    private final Map<String, Long> next = new HashMap<>();

    HostPacer(Duration delay) {
        this.delayNanos = delay.toNanos();
    }

    /** The next request to {@code host} waits at least {@code wait} from now (a short Retry-After). */
    synchronized void holdOff(String host, Duration wait) {
        long at = System.nanoTime() + wait.toNanos();
        Long planned = next.get(host);
        next.put(host, planned == null || at - planned > 0 ? at : planned);
    }

    synchronized void await(String host) throws InterruptedException {
        long now = System.nanoTime();
        Long at = next.get(host);
        if (at != null && at - now > 0) {
            Thread.sleep(Duration.ofNanos(at - now).toMillis() + 1);
            now = System.nanoTime();
        }
        next.put(host, now + delayNanos);
    }
}
