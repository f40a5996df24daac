package org.contrepoint.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.contrepoint.identity.Tokens;

/**
 * One line of the audit log. Entries are never updated: each carries the hash of the previous one, and its own
 * hash covers every field, so that editing, deleting or reordering a row breaks the chain at that row.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends PanacheEntityBase {

    static final String GENESIS = "0".repeat(64);

    @Id
    public long seq;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(name = "actor_id")
    public Long actorId;

    @Column(name = "actor_name", nullable = false)
    public String actorName;

    @Column(name = "actor_roles", nullable = false)
    public String actorRoles;

    @Column(nullable = false)
    public String action;

    @Column(name = "object_type", nullable = false)
    public String objectType;

    @Column(name = "object_id")
    public String objectId;

    public String detail;

    @Column(name = "fingerprint_before")
    public String fingerprintBefore;

    @Column(name = "fingerprint_after")
    public String fingerprintAfter;

    @Column(name = "previous_hash", nullable = false)
    public String previousHash;

    @Column(nullable = false)
    public String hash;

    static AuditEntry chained(long seq, String previousHash, Instant now, Actor actor, AuditEvent event) {
        AuditEntry entry = new AuditEntry();
        entry.seq = seq;
        // Microseconds: what both H2 and PostgreSQL store, so the hash recomputed from the database matches.
        entry.occurredAt = now.truncatedTo(ChronoUnit.MICROS);
        entry.actorId = actor.personId();
        entry.actorName = clip(oneLine(actor.name()), 200);
        entry.actorRoles = clip(actor.roles(), 200);
        entry.action = event.action();
        entry.objectType = event.objectType();
        entry.objectId = clip(oneLine(event.objectId()), 100);
        entry.detail = clip(oneLine(event.detail()), 2000);
        entry.fingerprintBefore = event.fingerprintBefore();
        entry.fingerprintAfter = event.fingerprintAfter();
        entry.previousHash = previousHash;
        entry.hash = entry.computeHash();
        return entry;
    }

    /** The SHA-256 over every field and the previous hash, with a separator that cannot occur in a field. */
    public String computeHash() {
        String canonical = Stream.of(String.valueOf(seq), occurredAt.toString(), String.valueOf(actorId), actorName,
                actorRoles, action, objectType, objectId, detail, fingerprintBefore, fingerprintAfter, previousHash)
                .map(v -> v == null ? "" : v)
                .collect(Collectors.joining("\u001f"));
        return Tokens.sha256(canonical);
    }

    static String oneLine(String value) {
        return value == null ? null : value.replaceAll("[\\r\\n\\u001f\\u0000]+", " ");
    }

    static String clip(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
