package org.contrepoint.identity;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import org.contrepoint.audit.Actor;
import org.contrepoint.audit.AuditLog;

/**
 * Checks a username and password against the embedded accounts, and audits every attempt. Used by the sign-in
 * form and by HTTP Basic on the API (demo mode only).
 */
@ApplicationScoped
public class EmbeddedSignIn {

    /** Compared against when the account does not exist, so that unknown and known names take the same time. */
    private static final String DUMMY_HASH = "$2a$10$yN2j0MwY37s7F2psW6tMseZwxsGJECO0xEf.euKD5RuNb5OoSpfDW";

    @Inject
    LoginThrottle throttle;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    private VerifiedPasswords verified;

    @PostConstruct
    void init() {
        verified = new VerifiedPasswords(Duration.ofMinutes(5), clock);
    }

    @Transactional
    public SignInResult verify(String username, String password, String clientAddress, String channel) {
        String name = username == null ? "" : username.trim();
        if (throttle.isBlocked(name, clientAddress)) {
            audit.recordAs(Actor.anonymous(name), "login.throttled", "person", null, "channel=" + channel);
            return SignInResult.failed(SignInResult.Failure.THROTTLED);
        }
        Person person = Person.findEmbedded(name).orElse(null);
        boolean passwordMatches = matches(password, person == null ? null : person.passwordHash);
        if (person == null || !passwordMatches || !person.canSignIn()) {
            throttle.recordFailure(name, clientAddress);
            String reason = person == null ? "unknown-account" : !passwordMatches ? "bad-password" : "disabled";
            audit.recordAs(Actor.anonymous(name), "login.failed", "person",
                    person == null ? null : String.valueOf(person.id), "channel=" + channel + " reason=" + reason);
            return SignInResult.failed(SignInResult.Failure.BAD_CREDENTIALS);
        }
        throttle.recordSuccess(name);
        if ("form".equals(channel)) {
            person.lastLoginAt = clock.instant();
            audit.recordAs(Actor.of(person), "login", "person", String.valueOf(person.id), "channel=form");
        }
        return SignInResult.success(person);
    }

    private boolean matches(String password, String hash) {
        String candidate = password == null ? "" : password;
        if (hash != null && verified.recentlyVerified(candidate, hash)) {
            return true;
        }
        boolean ok = BcryptUtil.matches(candidate, hash == null ? DUMMY_HASH : hash);
        if (hash != null && ok) {
            verified.remember(candidate, hash);
        }
        return hash != null && ok;
    }
}
