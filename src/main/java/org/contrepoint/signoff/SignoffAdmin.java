package org.contrepoint.signoff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.contrepoint.audit.AuditEvent;
import org.contrepoint.audit.AuditLog;
import org.contrepoint.identity.CurrentUser;
import org.contrepoint.identity.Tokens;

/**
 * Admin changes to the sign-off policy and the reason codes. Rows are locked before their version is compared, so
 * two admins saving at once are serialised and the second one's stale form is refused rather than overwriting.
 */
@ApplicationScoped
public class SignoffAdmin {

    @Inject
    AuditLog audit;
    @Inject
    CurrentUser user;
    @Inject
    Clock clock;

    /** Saves a valid form; returns how many risk levels changed. All rows or none. */
    @Transactional
    public int savePolicies(PolicyForm form) {
        int changed = 0;
        for (PolicyForm.Row row : form.rows()) {
            SignoffPolicy policy = SignoffPolicy.findById(row.risk(), LockModeType.PESSIMISTIC_WRITE);
            if (policy == null) {
                throw new IllegalStateException("No sign-off policy for " + row.risk());
            }
            if (policy.version != row.versionValue()) {
                throw new SignoffConflict();
            }
            if (policy.approvals == row.approvalsValue() && policy.verbatimApprovals == row.verbatimValue()
                    && policy.verbatimMaxDeparture == row.departureValue()) {
                continue;
            }
            String before = policy.summary();
            policy.change(row.approvalsValue(), row.verbatimValue(), row.departureValue(), user.displayName(),
                    clock.instant());
            String after = policy.summary();
            audit.record(AuditEvent.of("signoff.policy", "signoff_policy", row.risk().code(),
                    "avant " + before + " ; après " + after).withFingerprints(Tokens.sha256(before),
                            Tokens.sha256(after)));
            changed++;
        }
        return changed;
    }

    /** Adds a code (already checked by the form), last in the list unless a position is given. */
    @Transactional
    public ReasonCode addReason(ReasonForm form) {
        ReasonCode reason = new ReasonCode();
        reason.code = form.code();
        reason.labelFr = form.labelFr();
        reason.labelEn = form.labelEn();
        reason.active = true;
        Integer position = form.positionValue();
        reason.position = position != null ? position : nextPosition();
        try {
            reason.persistAndFlush();
        } catch (PersistenceException e) {
            // Another admin added the same code between the check and this insert.
            throw new SignoffConflict();
        }
        audit.record(AuditEvent.of("signoff.reason", "signoff_reason", reason.code,
                "ajouté : " + describe(reason)).withFingerprints(null, Tokens.sha256(describe(reason))));
        return reason;
    }

    @Transactional
    public ReasonCode editReason(String code, ReasonForm form) {
        ReasonCode reason = locked(code, form.versionValue());
        String before = describe(reason);
        reason.labelFr = form.labelFr();
        reason.labelEn = form.labelEn();
        Integer position = form.positionValue();
        if (position != null) {
            reason.position = position;
        }
        String after = describe(reason);
        if (!before.equals(after)) {
            audit.record(AuditEvent.of("signoff.reason", "signoff_reason", code,
                    "modifié : avant " + before + " ; après " + after)
                    .withFingerprints(Tokens.sha256(before), Tokens.sha256(after)));
        }
        return reason;
    }

    /** Retires or reactivates a code; never deletes it, since replies keep referring to it. */
    @Transactional
    public ReasonCode setActive(String code, int formVersion, boolean active) {
        ReasonCode reason = locked(code, formVersion);
        if (reason.active == active) {
            return reason;
        }
        String before = describe(reason);
        reason.active = active;
        audit.record(AuditEvent.of("signoff.reason", "signoff_reason", code,
                (active ? "réactivé : " : "retiré : ") + describe(reason))
                .withFingerprints(Tokens.sha256(before), Tokens.sha256(describe(reason))));
        return reason;
    }

    private static ReasonCode locked(String code, int formVersion) {
        ReasonCode reason = ReasonCode.findById(code, LockModeType.PESSIMISTIC_WRITE);
        if (reason == null) {
            throw new jakarta.ws.rs.NotFoundException();
        }
        if (reason.version != formVersion) {
            throw new SignoffConflict();
        }
        return reason;
    }

    private static int nextPosition() {
        Integer max = ReasonCode.getEntityManager()
                .createQuery("select max(r.position) from ReasonCode r", Integer.class).getSingleResult();
        return max == null ? 1 : max + 1;
    }

    private static String describe(ReasonCode r) {
        return r.code + " « " + r.labelFr + " » / « " + r.labelEn + " », position " + r.position
                + (r.active ? ", actif" : ", retiré");
    }
}
