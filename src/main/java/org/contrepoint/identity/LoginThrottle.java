package org.contrepoint.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing in embedded mode: after too many failures for one account or from one client
 * address within the window, further attempts are refused until the window has passed. Kept in memory: each
 * instance counts on its own, which bounds guessing per instance (Keycloak does this job in production).
 */
@ApplicationScoped
public class LoginThrottle {

    private static final int MAX_TRACKED_KEYS = 100_000;

    @Inject
    IdentityConfig config;

    @Inject
    Clock clock;

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    public boolean isBlocked(String username, String clientAddress) {
        Instant now = clock.instant();
        return count("u:" + username, now) >= config.maxFailures()
                || count("a:" + clientAddress, now) >= config.maxFailuresPerAddress();
    }

    public void recordFailure(String username, String clientAddress) {
        if (failures.size() > MAX_TRACKED_KEYS) {
            failures.clear();
        }
        Instant now = clock.instant();
        add("u:" + username, now);
        add("a:" + clientAddress, now);
    }

    public void recordSuccess(String username) {
        failures.remove("u:" + username);
    }

    private void add(String key, Instant now) {
        failures.compute(key, (k, times) -> {
            Deque<Instant> deque = times == null ? new ArrayDeque<>() : times;
            prune(deque, now);
            deque.addLast(now);
            return deque;
        });
    }

    private int count(String key, Instant now) {
        int[] size = {0};
        failures.computeIfPresent(key, (k, times) -> {
            prune(times, now);
            size[0] = times.size();
            return times.isEmpty() ? null : times;
        });
        return size[0];
    }

    private void prune(Deque<Instant> times, Instant now) {
        Instant oldest = now.minus(config.failureWindow());
        while (!times.isEmpty() && times.peekFirst().isBefore(oldest)) {
            times.removeFirst();
        }
    }
}
