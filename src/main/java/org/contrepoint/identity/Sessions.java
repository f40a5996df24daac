package org.contrepoint.identity;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.contrepoint.web.RecentValues;
import org.contrepoint.web.ReferenceChanges;

/** Opens, resolves and ends embedded-mode sessions. */
@ApplicationScoped
public class Sessions {

    public static final String COOKIE = "contrepoint-session";

    @Inject
    IdentityConfig config;

    @Inject
    Clock clock;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ReferenceChanges changes;

    /**
     * Sessions found, kept a few seconds: every request resolves one. Dropped whenever a session or a person is
     * written on this instance (sign-out, the once-a-minute refresh, a timed-out session removed, an account
     * disabled or its roles changed), once that change commits; a token not found is never kept, so a session just
     * opened at sign-in is read afresh.
     */
    private RecentValues<String, Found> found;

    @PostConstruct
    void keep() {
        found = changes.values(this::read, WebSession.class, Person.class);
    }

    /** @return the cookie value; only its hash is stored. */
    @Transactional
    public String open(Person person) {
        String token = Tokens.random();
        WebSession.open(Tokens.sha256(token), person.id, clock.instant(), config.sessionMaxLifetime()).persist();
        return token;
    }

    /**
     * Runs on every request: the session and its person come in one plain JDBC query, outside any transaction (a
     * commit would be one more round trip) and outside Hibernate (a persistence context and two managed entities
     * per request cost more than the query itself, profiled: bench/README.md); the rare writes (an expired session,
     * the once-a-minute refresh) get their own transaction once the read has given its connection back (holding one
     * while waiting for another would let a burst of requests take the whole pool and wait for each other).
     */
    public Optional<Person> resolve(String token) {
        Instant now = clock.instant();
        String hash = Tokens.sha256(token);
        Found known = found.get(hash);
        if (known == null) {
            return Optional.empty();
        }
        WebSession session = known.session();
        Person person = known.person();
        if (!session.isActive(now, config.sessionIdleTimeout())) {
            QuarkusTransaction.requiringNew().run(() -> WebSession.deleteById(hash));
            changes.written(WebSession.class);
            return Optional.empty();
        }
        if (!person.canSignIn()) {
            return Optional.empty();
        }
        if (session.needsTouch(now)) {
            QuarkusTransaction.requiringNew().run(() -> WebSession.update(
                    "lastSeenAt = ?1 where tokenHash = ?2 and lastSeenAt = ?3", now, hash, session.lastSeenAt));
            changes.written(WebSession.class);
        }
        return Optional.of(person);
    }

    /**
     * A session and its person as read, never managed by Hibernate (nothing to flush, nothing to lazy-load); shared
     * by the requests of a few seconds, so never changed once read.
     */
    private record Found(WebSession session, Person person) {
    }

    private static final String READ = "select s.last_seen_at, s.expires_at, p.id, p.username, p.display_name, "
            + "p.roles, p.enabled from web_session s join person p on p.id = s.person_id where s.token_hash = ?";

    /** The session and its person; the identity provider calls this outside the request's context. */
    private Found read(String hash) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(READ)) {
            select.setString(1, hash);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                WebSession session = new WebSession();
                session.tokenHash = hash;
                session.lastSeenAt = rs.getObject(1, OffsetDateTime.class).toInstant();
                session.expiresAt = rs.getObject(2, OffsetDateTime.class).toInstant();
                Person person = new Person();
                person.id = rs.getLong(3);
                session.personId = person.id;
                person.username = rs.getString(4);
                person.displayName = rs.getString(5);
                person.roles = rs.getString(6);
                person.enabled = rs.getBoolean(7);
                return new Found(session, person);
            }
        } catch (SQLException e) {
            throw new PersistenceException("reading the session", e);
        }
    }

    @Transactional
    public void end(String token) {
        WebSession.deleteById(Tokens.sha256(token));
        changes.written(WebSession.class);
    }

    /** Ends every session of a person, e.g. when an admin disables the account. */
    @Transactional
    public long endAll(Long personId) {
        changes.written(WebSession.class); // bulk deletes: no entity listener sees them
        return WebSession.delete("personId", personId);
    }

    /** Sessions that timed out are removed even if their cookie never comes back. */
    @Scheduled(every = "1h", delayed = "1m")
    @Transactional
    void purgeExpired() {
        Instant now = clock.instant();
        WebSession.delete("expiresAt < ?1 or lastSeenAt < ?2", now, now.minus(config.sessionIdleTimeout()));
        changes.written(WebSession.class);
    }
}
