package org.contrepoint.audit;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.contrepoint.identity.CurrentUser;

/**
 * Appends to the audit log. Runs inside the caller's transaction, so that a change and its entry are committed
 * together or not at all.
 */
@ApplicationScoped
public class AuditLog {

    @Inject
    Clock clock;

    @Inject
    CurrentUser currentUser;

    /** Records a change made by the person behind the current request. */
    @Transactional(Transactional.TxType.MANDATORY)
    public AuditEntry record(AuditEvent event) {
        return append(currentUser.actor(), event);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public AuditEntry record(String action, String objectType, String objectId, String detail) {
        return record(AuditEvent.of(action, objectType, objectId, detail));
    }

    /** Records something done by a given actor (sign-in attempts, scheduled jobs). */
    @Transactional(Transactional.TxType.REQUIRED)
    public AuditEntry recordAs(Actor actor, String action, String objectType, String objectId, String detail) {
        return append(actor, AuditEvent.of(action, objectType, objectId, detail));
    }

    /** An event with fingerprints, done by a given actor (imports run by the system at start). */
    @Transactional(Transactional.TxType.REQUIRED)
    public AuditEntry recordAs(Actor actor, AuditEvent event) {
        return append(actor, event);
    }

    private AuditEntry append(Actor actor, AuditEvent event) {
        AuditHead head = AuditHead.lockForAppend();
        AuditEntry entry = AuditEntry.chained(head.lastSeq + 1, head.lastHash, clock.instant(), actor, event);
        entry.persist();
        head.advanceTo(entry);
        return entry;
    }
}
