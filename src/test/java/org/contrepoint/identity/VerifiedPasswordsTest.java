package org.contrepoint.identity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class VerifiedPasswordsTest {

    private static final String HASH = "$2a$10$storedhashstoredhashstoredhashstoredhashstoredhash12";

    @Test
    void aPasswordIsRememberedOnlyForTheHashItMatchedAndOnlyForAWhile() {
        LoginThrottleTest.MovableClock clock = new LoginThrottleTest.MovableClock();
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
