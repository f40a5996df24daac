package org.contrepoint.identity;

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

    /** Runs on every request: the session and its person come in one query. */
    @Transactional
    public Optional<Person> resolve(String token) {
        Instant now = clock.instant();
        List<Object[]> found = WebSession.getEntityManager().createQuery("select s, p from WebSession s, Person p "
                + "where s.tokenHash = ?1 and p.id = s.personId", Object[].class)
                .setParameter(1, Tokens.sha256(token)).getResultList();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        WebSession session = (WebSession) found.get(0)[0];
        Person person = (Person) found.get(0)[1];
        if (!session.isActive(now, config.sessionIdleTimeout())) {
            session.delete();
            return Optional.empty();
        }
        if (!person.canSignIn()) {
            return Optional.empty();
        }
        session.touch(now);
        return Optional.of(person);
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
