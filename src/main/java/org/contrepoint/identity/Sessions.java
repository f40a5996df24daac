package org.contrepoint.identity;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Opens, resolves and ends embedded-mode sessions. */
@ApplicationScoped
public class Sessions {

    public static final String COOKIE = "contrepoint-session";

    @Inject
    IdentityConfig config;

    @Inject
    Clock clock;

    /** @return the cookie value; only its hash is stored. */
    @Transactional
    public String open(Person person) {
        String token = Tokens.random();
        WebSession.open(Tokens.sha256(token), person.id, clock.instant(), config.sessionMaxLifetime()).persist();
        return token;
    }

    /**
     * Runs on every request: the session and its person come in one query, outside any transaction (a commit would
     * be one more round trip); the rare writes (an expired session, the once-a-minute refresh) get their own
     * transaction once the read has given its connection back (holding one while waiting for another would let a
     * burst of requests take the whole pool and wait for each other).
     */
    public Optional<Person> resolve(String token) {
        Instant now = clock.instant();
        String hash = Tokens.sha256(token);
        Object[] found = read(hash);
        if (found == null) {
            return Optional.empty();
        }
        WebSession session = (WebSession) found[0];
        Person person = (Person) found[1];
        if (!session.isActive(now, config.sessionIdleTimeout())) {
            QuarkusTransaction.requiringNew().run(() -> WebSession.deleteById(hash));
            return Optional.empty();
        }
        if (!person.canSignIn()) {
            return Optional.empty();
        }
        if (session.needsTouch(now)) {
            QuarkusTransaction.requiringNew().run(() -> WebSession.update(
                    "lastSeenAt = ?1 where tokenHash = ?2 and lastSeenAt = ?3", now, hash, session.lastSeenAt));
        }
        return Optional.of(person);
    }

    /** The session and its person, detached; the identity provider calls this outside the request's context. */
    private static Object[] read(String hash) {
        ManagedContext context = Arc.container().requestContext();
        boolean own = !context.isActive();
        if (own) {
            context.activate();
        }
        try {
            List<Object[]> found = WebSession.getEntityManager()
                    .createQuery("select s, p from WebSession s, Person p where s.tokenHash = ?1 and p.id = s.personId",
                            Object[].class)
                    .setParameter(1, hash).getResultList();
            return found.isEmpty() ? null : found.get(0);
        } finally {
            if (own) {
                context.terminate();
            }
        }
    }

    @Transactional
    public void end(String token) {
        WebSession.deleteById(Tokens.sha256(token));
    }

    /** Ends every session of a person, e.g. when an admin disables the account. */
    @Transactional
    public long endAll(Long personId) {
        return WebSession.delete("personId", personId);
    }

    /** Sessions that timed out are removed even if their cookie never comes back. */
    @Scheduled(every = "1h", delayed = "1m")
    @Transactional
    void purgeExpired() {
        Instant now = clock.instant();
        WebSession.delete("expiresAt < ?1 or lastSeenAt < ?2", now, now.minus(config.sessionIdleTimeout()));
    }
}
