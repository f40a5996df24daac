package org.contrepoint.signoff;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.contrepoint.queue.RiskLevel;

/**
 * How many distinct reviewers must approve a reply to a post of one risk level. A vetted template used nearly
 * verbatim (departure at most {@link #verbatimMaxDeparture} percent) may need fewer.
 */
@Entity
@Table(name = "signoff_policy")
public class SignoffPolicy extends PanacheEntityBase {

    public static final int MAX_APPROVALS = 5;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "risk_level")
    public RiskLevel risk;
    public int approvals;
    @Column(name = "verbatim_approvals")
    public int verbatimApprovals;
    @Column(name = "verbatim_max_departure")
    public int verbatimMaxDeparture;
    @Column(name = "updated_by")
    public String updatedBy;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Version
    public int version;

    public static SignoffPolicy of(RiskLevel risk) {
        SignoffPolicy policy = findById(risk);
        if (policy == null) {
            throw new IllegalStateException("No sign-off policy for " + risk);
        }
        return policy;
    }

    /** Approvals needed for a reply: fewer only for a template used nearly verbatim. */
    public int approvalsFor(boolean fromTemplate, int departure) {
        return fromTemplate && departure <= verbatimMaxDeparture ? verbatimApprovals : approvals;
    }

    public void change(int newApprovals, int newVerbatimApprovals, int newMaxDeparture, String by, Instant now) {
        if (newApprovals < 1 || newApprovals > MAX_APPROVALS || newVerbatimApprovals < 1
                || newVerbatimApprovals > newApprovals || newMaxDeparture < 0 || newMaxDeparture > 100) {
            throw new IllegalArgumentException("invalid policy");
        }
        approvals = newApprovals;
        verbatimApprovals = newVerbatimApprovals;
        verbatimMaxDeparture = newMaxDeparture;
        updatedBy = by;
        updatedAt = now;
    }

    public String summary() {
        return risk.code() + ": " + approvals + " (" + verbatimApprovals + " si ≤ " + verbatimMaxDeparture + " %)";
    }
}
