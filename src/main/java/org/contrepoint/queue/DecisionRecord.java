package org.contrepoint.queue;

import java.time.LocalDate;

/** A decision as the entity stores it (already validated by {@link DecisionForm}). */
public record DecisionRecord(DecisionKind kind, String reason, ReferralTarget target, String reference,
        LocalDate followUp) {
}
