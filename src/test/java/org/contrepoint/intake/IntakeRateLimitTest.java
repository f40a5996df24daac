package org.contrepoint.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.contrepoint.support.MovableClock;
import org.junit.jupiter.api.Test;

/** The limiter alone, with a clock the test moves: burst, refill, one bucket per client, the off switch. */
class IntakeRateLimitTest {

    record Config(boolean enabled, int requests, Duration window, int burst) implements IntakeRateLimitConfig {
    }

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-24T10:00:00Z"));

    @Test
    void aClientGetsItsBurstThenOneRequestPerRefillInterval() {
        // 60 a minute = one a second, 5 at once.
        IntakeRateLimit limit = new IntakeRateLimit(new Config(true, 60, Duration.ofMinutes(1), 5), clock);
        for (int i = 0; i < 5; i++) {
            assertTrue(limit.acquire("monitor").allowed(), "request " + i + " of the burst");
        }
        IntakeRateLimit.Decision refused = limit.acquire("monitor");
        assertFalse(refused.allowed());
        assertEquals(1, refused.retryAfterSeconds());
        clock.advance(Duration.ofMillis(500));
        assertFalse(limit.acquire("monitor").allowed(), "half a token is not a token");
        clock.advance(Duration.ofMillis(500));
        assertTrue(limit.acquire("monitor").allowed(), "one second refills one request");
        assertFalse(limit.acquire("monitor").allowed());
        clock.advance(Duration.ofHours(1));
        int allowed = 0;
        for (int i = 0; i < 20; i++) {
            allowed += limit.acquire("monitor").allowed() ? 1 : 0;
        }
        assertEquals(5, allowed, "a long pause refills the bucket to its burst, not beyond");
    }

    @Test
    void eachClientHasItsOwnBucket() {
        IntakeRateLimit limit = new IntakeRateLimit(new Config(true, 1, Duration.ofMinutes(1), 1), clock);
        assertTrue(limit.acquire("monitor").allowed());
        assertFalse(limit.acquire("monitor").allowed());
        assertTrue(limit.acquire("other-tool").allowed(), "another client is not slowed by the first one");
        IntakeRateLimit.Decision refused = limit.acquire("monitor");
        assertEquals(60, refused.retryAfterSeconds(), "one request a minute: retry in a minute");
    }

    @Test
    void theDefaultsLetABenchmarkClientSendThreeThousandPostsASecond() {
        IntakeRateLimit limit = new IntakeRateLimit(new Config(true, 1200, Duration.ofMinutes(1), 100), clock);
        // Three 1,000-post batches a second for a minute: 180 requests, none refused.
        for (int i = 0; i < 180; i++) {
            assertTrue(limit.acquire("monitor").allowed(), "batch " + i);
            clock.advance(Duration.ofMillis(333));
        }
        // A script hammering single posts without pause is held to the burst.
        int allowed = 0;
        for (int i = 0; i < 1000; i++) {
            allowed += limit.acquire("runaway").allowed() ? 1 : 0;
        }
        assertEquals(100, allowed);
    }

    @Test
    void offMeansNoLimit() {
        IntakeRateLimit limit = new IntakeRateLimit(new Config(false, 1, Duration.ofMinutes(1), 1), clock);
        for (int i = 0; i < 50; i++) {
            assertTrue(limit.acquire("monitor").allowed());
        }
    }
}
