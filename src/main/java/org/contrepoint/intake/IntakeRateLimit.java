package org.contrepoint.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per intake client (its principal name): {@code burst} requests at once, refilled at
 * {@code requests} per {@code window}. A monitoring tool sending 1,000-post batches a few times a second never
 * meets it; a runaway or abusive client is slowed to the refill rate instead of filling the queue and the
 * database. Counted in memory, so each instance applies the limit on its own.
 */
@ApplicationScoped
public class IntakeRateLimit {

    /** Beyond this many clients the table is cleared: intake clients are a handful of known accounts. */
    private static final int MAX_TRACKED_CLIENTS = 10_000;

    private final IntakeRateLimitConfig config;
    private final Clock clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    @Inject
    public IntakeRateLimit(IntakeRateLimitConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    /** Whether this request may go on; when not, how long the client should wait before retrying. */
    public record Decision(boolean allowed, Duration retryAfter) {
        public long retryAfterSeconds() {
            return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        }
    }

    /** Takes one token from the client's bucket, if there is one. */
    public Decision acquire(String client) {
        if (!config.enabled()) {
            return new Decision(true, Duration.ZERO);
        }
        if (buckets.size() > MAX_TRACKED_CLIENTS) {
            buckets.clear();
        }
        long now = clock.millis();
        double perMilli = (double) config.requests() / Math.max(1, config.window().toMillis());
        int burst = Math.max(1, config.burst());
        Decision[] decision = new Decision[1];
        buckets.compute(client, (key, bucket) -> {
            Bucket b = bucket == null ? new Bucket(burst, now) : bucket;
            b.tokens = Math.min(burst, b.tokens + Math.max(0, now - b.at) * perMilli);
            b.at = now;
            if (b.tokens >= 1) {
                b.tokens -= 1;
                decision[0] = new Decision(true, Duration.ZERO);
            } else {
                long wait = (long) Math.ceil((1 - b.tokens) / perMilli);
                decision[0] = new Decision(false, Duration.ofMillis(wait));
            }
            return b;
        });
        return decision[0];
    }

    private static final class Bucket {
        double tokens;
        long at;

        Bucket(double tokens, long at) {
            this.tokens = tokens;
            this.at = at;
        }
    }
}
