package org.contrepoint.identity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * A signed-in browser in embedded mode. The cookie holds a random token; only its SHA-256 is stored, so that a
 * copy of the database does not hand out live sessions. Deleting the row ends the session everywhere, which
 * is what makes logout real across instances.
 */
@Entity
@Table(name = "web_session")
public class WebSession extends PanacheEntityBase {

    @Id
    @Column(name = "token_hash")
    public String tokenHash;

    @Column(name = "person_id", nullable = false)
    public Long personId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "last_seen_at", nullable = false)
    public Instant lastSeenAt;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    public static WebSession open(String tokenHash, Long personId, Instant now, Duration maxLifetime) {
        WebSession session = new WebSession();
        session.tokenHash = tokenHash;
        session.personId = personId;
        session.createdAt = now;
        session.lastSeenAt = now;
        session.expiresAt = now.plus(maxLifetime);
        return session;
    }

    public boolean isActive(Instant now, Duration idleTimeout) {
        return now.isBefore(expiresAt) && now.isBefore(lastSeenAt.plus(idleTimeout));
    }

    /** Only refreshed once a minute, to keep a write off most requests. */
    public boolean needsTouch(Instant now) {
        return Duration.between(lastSeenAt, now).toSeconds() >= 60;
    }
}
