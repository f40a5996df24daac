package org.contrepoint.identity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.contrepoint.support.MovableClock;
import org.junit.jupiter.api.Test;

class VerifiedPasswordsTest {

    private static final String HASH = "$2a$10$storedhashstoredhashstoredhashstoredhashstoredhash12";

    @Test
    void aPasswordIsRememberedOnlyForTheHashItMatchedAndOnlyForAWhile() {
        MovableClock clock = new MovableClock(Instant.parse("2026-11-24T10:00:00Z"));
        VerifiedPasswords verified = new VerifiedPasswords(Duration.ofMinutes(5), clock);
        assertFalse(verified.recentlyVerified("demo", HASH));
        verified.remember("demo", HASH);
        assertTrue(verified.recentlyVerified("demo", HASH));
        assertFalse(verified.recentlyVerified("demo2", HASH), "another password");
        assertFalse(verified.recentlyVerified("demo", HASH + "x"), "the password was changed");
        clock.advance(Duration.ofMinutes(5));
        assertFalse(verified.recentlyVerified("demo", HASH), "expired");
    }
}
