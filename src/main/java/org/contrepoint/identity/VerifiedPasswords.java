package org.contrepoint.identity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Remembers, for a few minutes, which password matched which stored bcrypt hash. A monitoring tool on HTTP Basic
 * (demo mode) sends its password with every batch, and checking bcrypt each time was a seventh of intake's CPU.
 * Only a keyed digest of hash and password is kept (the key lives and dies with the process), the stored hash is
 * part of it so a changed password no longer matches, and the caller still checks that the account may sign in.
 */
final class VerifiedPasswords {

    private static final int MAX_ENTRIES = 1_000;

    private final ConcurrentHashMap<String, Instant> verified = new ConcurrentHashMap<>();
    private final SecretKeySpec key;
    private final Duration lifetime;
    private final Clock clock;

    VerifiedPasswords(Duration lifetime, Clock clock) {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
        this.lifetime = lifetime;
        this.clock = clock;
    }

    boolean recentlyVerified(String password, String hash) {
        Instant until = verified.get(digest(password, hash));
        return until != null && clock.instant().isBefore(until);
    }

    void remember(String password, String hash) {
        if (verified.size() >= MAX_ENTRIES) {
            Instant now = clock.instant();
            verified.values().removeIf(until -> !now.isBefore(until));
            if (verified.size() >= MAX_ENTRIES) {
                verified.clear();
            }
        }
        verified.put(digest(password, hash), clock.instant().plus(lifetime));
    }

    private String digest(String password, String hash) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(hash.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return Base64.getEncoder().encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
