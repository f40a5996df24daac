package org.contrepoint.identity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.contrepoint.support.MovableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-24T08:00:00Z"));
    private LoginThrottle throttle;

    @BeforeEach
    void setUp() {
        throttle = new LoginThrottle();
        throttle.clock = clock;
        throttle.config = new FixedConfig();
    }

    @Test
    void accountIsBlockedAfterFiveFailuresAndFreedWhenTheWindowPasses() {
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure("camille", "10.0.0.1");
        }
        assertFalse(throttle.isBlocked("camille", "10.0.0.1"));
        throttle.recordFailure("camille", "10.0.0.1");
        assertTrue(throttle.isBlocked("camille", "10.0.0.2"));
        clock.advance(Duration.ofMinutes(6));
        assertFalse(throttle.isBlocked("camille", "10.0.0.2"));
    }

    @Test
    void oneAddressTryingManyAccountsIsBlocked() {
        for (int i = 0; i < 20; i++) {
            throttle.recordFailure("user" + i, "10.0.0.9");
        }
        assertTrue(throttle.isBlocked("someone-else", "10.0.0.9"));
        assertFalse(throttle.isBlocked("someone-else", "10.0.0.10"));
    }

    @Test
    void successClearsTheAccountsFailures() {
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure("camille", "10.0.0.1");
        }
        throttle.recordSuccess("camille");
        throttle.recordFailure("camille", "10.0.0.1");
        assertFalse(throttle.isBlocked("camille", "10.0.0.3"));
    }

    static final class FixedConfig implements IdentityConfig {
        @Override
        public Mode mode() {
            return Mode.EMBEDDED;
        }

        @Override
        public boolean demoAccounts() {
            return true;
        }

        @Override
        public Duration sessionIdleTimeout() {
            return Duration.ofHours(2);
        }

        @Override
        public Duration sessionMaxLifetime() {
            return Duration.ofHours(12);
        }

        @Override
        public int maxFailures() {
            return 5;
        }

        @Override
        public int maxFailuresPerAddress() {
            return 20;
        }

        @Override
        public Duration failureWindow() {
            return Duration.ofMinutes(5);
        }
    }
}
