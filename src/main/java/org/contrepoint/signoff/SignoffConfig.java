package org.contrepoint.signoff;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithName;
import java.time.Duration;

/** Timing of the sign-off reminders (docs/configuration.md). */
@ConfigMapping(prefix = "contrepoint.signoff")
public interface SignoffConfig {

    /** How long a submitted reply may wait for its approvals before the reviewers are reminded (once). */
    @WithName("approval-due")
    Duration approvalDue();

    /** How often the reminder job looks for overdue replies ("off" disables it, as in the tests). */
    @WithName("overdue-check-every")
    String overdueCheckEvery();
}
