package org.contrepoint.queue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.contrepoint.audit.AuditEvent;
import org.contrepoint.audit.AuditLog;
import org.contrepoint.taxonomy.Platform;

/**
 * Saves the queue settings, refusing a form read at an older version; audited with before/after. New weights
 * and due hours apply to the open posts too ({@link PriorityRecompute}).
 */
@ApplicationScoped
public class QueueSettingsService {

    /** The settings form; platforms are codes, unknown ones ignored. */
    public record Values(int weightReach, int weightRisk, int weightRecency, int weightNarrative, int dueHoursLow,
            int dueHoursMedium, int dueHoursHigh, int dueHoursCritical, int retentionDays, long lowReachThreshold,
            List<String> platforms) {

        public boolean valid() {
            return in(weightReach, 0, 100) && in(weightRisk, 0, 100) && in(weightRecency, 0, 100)
                    && in(weightNarrative, 0, 100) && weightReach + weightRisk + weightRecency + weightNarrative > 0
                    && in(dueHoursLow, 1, 2160) && in(dueHoursMedium, 1, 2160) && in(dueHoursHigh, 1, 2160)
                    && in(dueHoursCritical, 1, 2160) && in(retentionDays, 30, 3650)
                    && lowReachThreshold >= 0 && lowReachThreshold <= 1_000_000_000L && !enabled().isEmpty();
        }

        Set<Platform> enabled() {
            Set<Platform> set = new LinkedHashSet<>();
            platforms.forEach(code -> Platform.fromCode(code).ifPresent(set::add));
            return set;
        }

        private static boolean in(long v, long min, long max) {
            return v >= min && v <= max;
        }
    }

    @Inject
    AuditLog audit;

    @Inject
    PriorityRecompute priorities;

    /** The settings before and after a save, as far as open posts depend on them. */
    private record Change(QueueSettings.Weights weightsBefore, QueueSettings.Weights weightsAfter,
            QueueSettings.DueHours dueBefore, QueueSettings.DueHours dueAfter) {
    }

    /**
     * Saves the settings; when the priority weights or the due hours changed, then brings the open posts in line,
     * after the settings are committed and in chunks of their own (a queue of a million posts is no single
     * transaction).
     */
    public void save(int version, Values v) {
        Change change = QuarkusTransaction.requiringNew().call(() -> store(version, v));
        if (!change.weightsBefore().equals(change.weightsAfter())) {
            priorities.recomputeOpen(change.weightsAfter());
        }
        if (!change.dueBefore().equals(change.dueAfter())) {
            priorities.rescheduleOpen(change.dueAfter());
        }
    }

    private Change store(int version, Values v) {
        QueueSettings s = QueueSettings.current();
        if (s.version != version) {
            throw QueueConflict.of(QueueConflict.Kind.STALE);
        }
        String before = describe(s);
        QueueSettings.Weights weightsBefore = s.weights();
        QueueSettings.DueHours dueBefore = s.dueHours();
        s.weightReach = v.weightReach();
        s.weightRisk = v.weightRisk();
        s.weightRecency = v.weightRecency();
        s.weightNarrative = v.weightNarrative();
        s.dueHoursLow = v.dueHoursLow();
        s.dueHoursMedium = v.dueHoursMedium();
        s.dueHoursHigh = v.dueHoursHigh();
        s.dueHoursCritical = v.dueHoursCritical();
        s.retentionDays = v.retentionDays();
        s.lowReachThreshold = v.lowReachThreshold();
        s.enablePlatforms(v.enabled());
        String after = describe(s);
        audit.record(AuditEvent.of("queue.settings", "queue_settings", "1", after)
                .withFingerprints(org.contrepoint.identity.Tokens.sha256(before),
                        org.contrepoint.identity.Tokens.sha256(after)));
        return new Change(weightsBefore, s.weights(), dueBefore, s.dueHours());
    }

    private static String describe(QueueSettings s) {
        return "poids " + s.weightReach + "/" + s.weightRisk + "/" + s.weightRecency + "/" + s.weightNarrative
                + ", échéances " + s.dueHoursLow + "/" + s.dueHoursMedium + "/" + s.dueHoursHigh + "/"
                + s.dueHoursCritical + " h, conservation " + s.retentionDays + " j, audience faible < "
                + s.lowReachThreshold + ", plateformes " + s.platforms;
    }
}
